import { describe, expect, it } from 'vitest';
import { inlineModule, inlinePage, relativeLink } from './offline-kit.ts';
import { pageFiles } from '../../core/html/page-files.ts';

const FILES: Record<string, string> = {
	'/_astro/deck.css': '.a{background:url(/_astro/dot.svg)}.b{color:red}',
	'/_astro/print.css': '.p{color:#000}',
	'/_astro/dot.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'/_astro/Tool.js': 'import{p as q}from"./pricing.js";import"./side.js";q();',
	'/_astro/pricing.js': 'export const p=()=>1;',
	'/_astro/side.js': 'console.log(1)',
	'/_astro/page.js': 'function o(e){r??=e?.prefetchAll??!1,i??=e?.defaultStrategy??`hover`}o();',
	'/_astro/photo.webp': 'WEBP',
};
const read = (p: string) => (p in FILES ? Buffer.from(FILES[p]!) : undefined);
const decode = (dataUrl: string) => Buffer.from(dataUrl.split(',')[1]!, 'base64').toString('utf8');

const PAGE = `<!doctype html><html><head>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/_astro/deck.css">
<link rel="stylesheet" href="/_astro/print.css" media="print">
<script type="module" src="/_astro/page.js"></script>
</head><body>
<a href="/cetak/hitung-hpp/#top">Handout</a> <a href="/belajar/hitung-hpp/">Lesson</a> <a href="#s2">next</a>
<picture><source srcset="/_astro/photo.avif 360w" type="image/avif"><img src="/_astro/photo.webp" srcset="/_astro/photo.webp 360w" sizes="100vw" alt="Foto"></picture>
<script type="module" src="/_astro/Tool.js"></script>
<script type="module">import{p}from"/_astro/pricing.js";p();</script>
</body></html>`;

describe('offline kit pages', () => {
	const out = inlinePage(PAGE, {
		read,
		link: (path) => (path === '/cetak/hitung-hpp/' ? '../cetak/hitung-hpp.html' : `https://naik-kelas.pages.dev${path}`),
	});

	it('inlines stylesheets (with their images) and keeps print-only sheets print-only', () => {
		expect(out).not.toMatch(/<link/);
		expect(out).toContain('<style>.a{background:url("data:image/svg+xml;base64,');
		expect(out).toContain('<style media="print">.p{color:#000}</style>');
	});

	it('inlines module scripts with their imports as data: URLs, and drops the link prefetcher', () => {
		expect(out).not.toMatch(/src="\//);
		expect(out).not.toContain('prefetchAll');
		const tool = /<script type="module">(import\{p as q\}from"data:[^"]+";import"data:[^"]+";q\(\);)<\/script>/.exec(out);
		expect(tool).not.toBeNull();
		const [pricing, side] = [...tool![1]!.matchAll(/"(data:[^"]+)"/g)].map((m) => decode(m[1]!));
		expect(pricing).toBe('export const p=()=>1;');
		expect(side).toBe('console.log(1)');
		expect(out).toMatch(/<script type="module">import\{p\}from"data:text\/javascript;base64,[^"]+";p\(\);<\/script>/);
	});

	it('keeps one fallback image, as a data: URL', () => {
		expect(out).not.toMatch(/<source|srcset|sizes=/);
		expect(out).toContain(`<img src="data:image/webp;base64,${Buffer.from('WEBP').toString('base64')}" alt="Foto">`);
	});

	it('points kit links at kit files and every other site link at the public site', () => {
		expect(out).toContain('<a href="../cetak/hitung-hpp.html#top">');
		expect(out).toContain('<a href="https://naik-kelas.pages.dev/belajar/hitung-hpp/">');
		expect(out).toContain('<a href="#s2">');
	});

	it('fails loudly when a referenced file is missing from the build', () => {
		expect(() => inlinePage('<img src="/_astro/gone.png">', { read, link: (p) => p })).toThrow(/gone\.png is not in the build output/);
		expect(() => inlineModule('import"./gone.js"', '/_astro/a.js', read)).toThrow(/gone\.js/);
	});
});

describe('kit helpers', () => {
	it('computes relative links between kit files', () => {
		expect(relativeLink('slide/a.html', 'cetak/a.html')).toBe('../cetak/a.html');
		expect(relativeLink('en/slide/a.html', 'en/index.html')).toBe('../index.html');
		expect(relativeLink('index.html', 'en/index.html')).toBe('en/index.html');
		expect(relativeLink('index.html', 'index.html')).toBe('index.html');
	});

	it('finds screen stylesheets', () => {
		expect(pageFiles(PAGE).stylesheets.filter((s) => s.media !== 'print').map((s) => s.href)).toEqual(['/_astro/deck.css']);
	});
});
