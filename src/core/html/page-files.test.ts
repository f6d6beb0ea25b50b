import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';
import { LESSON_HTML } from './page-files.fixture.ts';

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
