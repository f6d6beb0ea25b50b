import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readDist } from './dist-site.ts';
import { enforceSiteGates, siteGateChecker, siteGateProblems } from './site-gates.ts';
import { measureDist } from './measure-dist.ts';

const SITE = 'https://naik-kelas.pages.dev';
const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>x</title><link rel="stylesheet" href="/_astro/s.css"></head><body>${body}</body></html>`;
function dist(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'nk-gates-'));
	for (const [path, text] of Object.entries({ '_astro/s.css': 'p{}', ...files })) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return readDist(dir);
}
const good = {
	'index.html': page('id', '<h1 id="_top">Beranda</h1><a href="/belajar/a/#langkah">A</a><img src="/_astro/a.svg" alt="Bu Sari memotret kue di meja dekat jendela">'),
	'belajar/a/index.html': page('id', '<h2 id="langkah">Langkah</h2><a href="#langkah">ke atas</a>'),
	'en/index.html': page('en', '<img src="/_astro/a.svg" alt="Bu Sari takes a photo of the cake by the window">'),
	'_astro/a.svg': '<svg/>',
	'404.html': page('id', '<link rel="canonical" href="https://naik-kelas.pages.dev/404/">'),
};

describe('the build-time quality gates', () => {
	it('pass a site whose links, anchors, files and alt text are all good', () => {
		expect(siteGateProblems(dist(good), SITE)).toEqual([]);
		expect(enforceSiteGates(dist(good), SITE)).toContain('checked on 4 pages');
	});
	it('fail the build on a broken link, a missing anchor, a missing file and an image without alt', () => {
		const site = dist({ ...good, 'belajar/b/index.html': page('id', '<a href="/belajar/hilang/">x</a><a href="/belajar/a/#tidak-ada">y</a><img src="/_astro/none.png" alt="Gambar toko kecil di pinggir jalan"><img src="/_astro/a.svg">') });
		expect(siteGateProblems(site, SITE)).toEqual([
			'/belajar/b/ <img src="/_astro/a.svg">: no alt attribute',
			'/belajar/b/ → /belajar/hilang/: no such page in the build',
			'/belajar/b/ → /belajar/a/#tidak-ada: no element with id="tidak-ada" on /belajar/a/',
			'/belajar/b/ → /_astro/none.png: no such file in the build',
		]);
		expect(() => enforceSiteGates(site, SITE)).toThrow(/4 broken link\(s\), anchor\(s\) or image\(s\) without alt text; nothing was shipped/);
	});
	it('check a link to an anchor on a page read later, and keep each page\'s problems in the order of its links', () => {
		const site = dist({ ...good, 'belajar/0/index.html': page('id', '<a href="/belajar/z/#tidak-ada">x</a><a href="/belajar/hilang/">y</a><a href="/belajar/z/#ada">z</a>'), 'belajar/z/index.html': page('id', '<p id="ada">Ada</p>') });
		expect(siteGateProblems(site, SITE)).toEqual(['/belajar/0/ → /belajar/z/#tidak-ada: no element with id="tidak-ada" on /belajar/z/', '/belajar/0/ → /belajar/hilang/: no such page in the build']);
	});
	it('find the same problems when the build report\'s pass feeds them the pages it scanned', () => {
		const files = { ...good, 'belajar/b/index.html': page('id', '<a href="/belajar/hilang/">x</a><a href="/belajar/a/#tidak-ada">y</a><img src="/_astro/a.svg">') };
		const site = dist(files);
		const checker = siteGateChecker(site, SITE);
		measureDist(site, { onPage: checker.page });
		expect(checker.problems()).toEqual(siteGateProblems(dist(files), SITE));
		expect(checker.problems()).toHaveLength(3);
		expect(() => enforceSiteGates(site, SITE, checker)).toThrow(/3 broken link/);
	});
	it("fail an English page that kept the Indonesian alt text", () => {
		const site = dist({ ...good, 'en/index.html': page('en', '<img src="/_astro/a.svg" alt="Bu Sari memotret kue di meja dekat jendela yang terang">') });
		expect(siteGateProblems(site, SITE)).toEqual([expect.stringContaining('alt text reads as Indonesian on a en page')]);
	});
});
