import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const LESSON_HTML = `<html><head>
<link rel="stylesheet" href="/_astro/common.A.css"><link rel="stylesheet" href="/_astro/print.B.css" media="print">
<link rel="canonical" href="https://naik-kelas.pages.dev/belajar/a/">
<link rel="modulepreload" href="/_astro/chunk.C.js">
<script type="module" src="/_astro/page.D.js"></script><script src="https://cdn.example/x.js"></script>
</head><body>
<img src="/_astro/diagram.E.svg" alt="Diagram">
<img src="data:image/png;base64,AAAA" alt="x">
<picture><source srcset="/_astro/foto.F_1.avif 360w, /_astro/foto.F_2.avif 720w" type="image/avif"><source srcset="/_astro/foto.F_1.webp 360w, /_astro/foto.F_2.webp 720w" type="image/webp"><img src="/_astro/foto.F.jpg?a=1&amp;b=2" alt="Foto"></picture>
<img src="/_astro/x.G.png" srcset="/_astro/x.G_1.png 300w, /_astro/x.G_2.png 600w" alt="X">
</body></html>`;

describe('pageFiles', () => {
	const files = pageFiles(LESSON_HTML);
	it('finds our own stylesheets and scripts (print CSS too: it is needed to print offline), never other origins', () => {
		expect(files.assets).toEqual(['/_astro/common.A.css', '/_astro/print.B.css', '/_astro/chunk.C.js', '/_astro/page.D.js']);
	});
	it('lists plain images, skipping data: URLs', () => {
		expect(files.images).toEqual(['/_astro/diagram.E.svg']);
	});
	it('groups the candidates of each responsive image', () => {
		expect(files.choices).toHaveLength(2);
		expect(files.choices[0]!.map((c) => `${c.type}:${c.w}`)).toEqual(['image/avif:360', 'image/avif:720', 'image/webp:360', 'image/webp:720', ':0']);
		expect(files.choices[0]!.at(-1)!.url).toBe('/_astro/foto.F.jpg?a=1&b=2');
		expect(files.choices[1]!.map((c) => c.url)).toEqual(['/_astro/x.G_1.png', '/_astro/x.G_2.png', '/_astro/x.G.png']);
	});
});
