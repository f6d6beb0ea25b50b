import { describe, expect, it } from 'vitest';
import { entryOf, rewriteCss, rewriteHtml, zimLink } from './zim-links.ts';

const files = new Set(['index.html', 'belajar/hitung-hpp/index.html', 'en/index.html', '_astro/a.css', '_astro/f.woff2', 'og/x.png']);
const exists = (e: string) => files.has(e);
const SITE = 'https://x.example';

describe('links inside the ZIM', () => {
	it('names files, relative to the page, keeping the fragment', () => {
		expect(entryOf('/')).toBe('index.html');
		expect(entryOf('/belajar/hitung-hpp/')).toBe('belajar/hitung-hpp/index.html');
		expect(zimLink('/belajar/hitung-hpp/#practice', 'en/jalur/x/index.html', exists, SITE)).toBe('../../../belajar/hitung-hpp/index.html#practice');
		expect(zimLink('/', 'belajar/hitung-hpp/index.html', exists, SITE)).toBe('../../index.html');
		expect(zimLink('/en/', 'index.html', exists, SITE)).toBe('en/index.html');
		expect(zimLink('/belajar/hitung-hpp/', 'belajar/hitung-hpp/index.html', exists, SITE)).toBe('index.html');
	});

	it('sends links to files left out to the public site, and leaves other links alone', () => {
		expect(zimLink('/unduh/kit.zip', 'index.html', exists, SITE)).toBe('https://x.example/unduh/kit.zip');
		expect(zimLink('https://wa.me/?text=a', 'index.html', exists, SITE)).toBe('https://wa.me/?text=a');
		expect(zimLink('#top', 'index.html', exists, SITE)).toBe('#top');
	});

	it('rewrites href, src, srcset, the refresh of a forwarding page and url() in styles', () => {
		const html = '<link rel="stylesheet" href="/_astro/a.css"><a href="/belajar/hitung-hpp/">x</a><img src="/og/x.png" srcset="/og/x.png 1x, /og/x.png 2x"><meta http-equiv="refresh" content="0;url=/belajar/hitung-hpp/"><div style="background:url(/og/x.png)"></div>';
		expect(rewriteHtml(html, 'en/index.html', exists, SITE)).toBe('<link rel="stylesheet" href="../_astro/a.css"><a href="../belajar/hitung-hpp/index.html">x</a><img src="../og/x.png" srcset="../og/x.png 1x, ../og/x.png 2x"><meta http-equiv="refresh" content="0;url=../belajar/hitung-hpp/index.html"><div style="background:url(../og/x.png)"></div>');
		expect(rewriteCss('@font-face{src:url(/_astro/f.woff2)}', '_astro/a.css', exists, SITE)).toBe('@font-face{src:url(f.woff2)}');
	});
});
