import { describe, expect, it } from 'vitest';
import { LESSON_HTML } from '../../core/html/page-files.fixture.ts';
import { langOfPath } from '../../core/locales.ts';
import {
	CACHES,
	cacheFor,
	cacheKey,
	notSavedFragment,
	offlineLangs,
	offlinePageFor,
	pickCandidate,
	planDownload,
	quotaCheck,
	routeKind,
	titleOf,
	type SaveManifest, pageAssets } from './offline-cache.ts';
import { pageFiles } from '../../core/html/page-files.ts';

describe('routeKind', () => {
	it.each([
		['/', undefined, 'page'],
		['/belajar/hitung-hpp/', undefined, 'page'],
		['/en/jalur/growth/', 'navigate', 'page'],
		['/404.html', undefined, 'page'],
		['/_astro/common.BWRyvhzR.css', undefined, 'asset'],
		['/_astro/foto.Bf9r7GRG.svg', undefined, 'asset'],
		['/pagefind/index/id_0541ddc.pf_index', undefined, 'search-hashed'],
		['/pagefind/fragment/en_0145c5f.pf_fragment', undefined, 'search-hashed'],
		['/pagefind/filter/id_9a8b7c6.pf_filter', undefined, 'search-hashed'],
		['/pagefind/pagefind.id_e886d64188.pf_meta', undefined, 'search-hashed'],
		['/pagefind/pagefind.js', undefined, 'search-fresh'],
		['/pagefind/pagefind-entry.json', undefined, 'search-fresh'],
		['/pagefind/wasm.id.pagefind', undefined, 'search-fresh'],
		['/search-words.json', undefined, 'search-fresh'],
		['/en/search-words.json', undefined, 'search-fresh'],
		['/api/v1/search-words.json', undefined, 'none'],
		['/belajarku/ulang/cost-of-goods.json', undefined, 'page'],
		['/en/belajarku/ulang/cost-of-goods.json', undefined, 'page'],
		['/belajarku/ulang.json', undefined, 'none'],
		['/belajarku/pelajaran/3.json', undefined, 'page'],
		['/en/belajarku/jalur/finance-basics.json', undefined, 'page'],
		['/belajarku/pelajaran/x.json', undefined, 'none'],
		['/belajarku/lain/x.json', undefined, 'none'],
		['/api/v1/lessons.json', undefined, 'none'],
		['/og/belajar/hitung-hpp.png', undefined, 'none'],
		['/sitemap-index.xml', undefined, 'none'],
		['/manifest.webmanifest', undefined, 'none'],
		['/_headers', undefined, 'none'],
		['/sw.js', undefined, 'none'],
	])('%s (%s) → %s', (path, mode, kind) => {
		expect(routeKind(path, mode)).toBe(kind);
	});
});

describe('cacheKey', () => {
	it('drops the query and fragment so one stored copy serves every variant', () => {
		expect(cacheKey('https://x.test/belajar/a/?jalur=growth#langkah')).toBe('https://x.test/belajar/a/');
		expect(cacheKey('https://x.test/pagefind/pagefind-entry.json?ts=1712')).toBe('https://x.test/pagefind/pagefind-entry.json');
	});
	it('stores /index.html under its folder URL', () => {
		expect(cacheKey('https://x.test/en/offline/index.html')).toBe('https://x.test/en/offline/');
	});
});

describe('language of a path', () => {
	it('picks the offline page in the language of the page that failed', () => {
		expect(offlinePageFor('/belajar/a/')).toBe('/offline/');
		expect(offlinePageFor('/en/belajar/a/')).toBe('/en/offline/');
		expect(offlinePageFor('/en')).toBe('/en/offline/');
		expect(offlinePageFor('/entah/')).toBe('/offline/');
		expect(langOfPath('/en/x/')).toBe('en');
		expect(langOfPath('/x/')).toBe('id');
	});
});

describe('pickCandidate', () => {
	const group = pageFiles(LESSON_HTML).choices[0]!;
	const phone = { cssWidth: 360, dpr: 2, supports: (t: string) => t === 'image/avif' || t === 'image/webp' };
	it('takes the first supported type at the width a 2× phone needs', () => {
		expect(pickCandidate(group, phone)?.url).toBe('/_astro/foto.F_2.avif');
	});
	it('takes the small file on a 1× screen', () => {
		expect(pickCandidate(group, { ...phone, dpr: 1 })?.url).toBe('/_astro/foto.F_1.avif');
	});
	it('falls back to the next type, then to the largest when none is wide enough', () => {
		expect(pickCandidate(group, { ...phone, dpr: 3, supports: (t) => t === 'image/webp' })?.url).toBe('/_astro/foto.F_2.webp');
		expect(pickCandidate(group, { ...phone, supports: () => false })?.url).toBe('/_astro/foto.F.jpg?a=1&b=2');
	});
});

describe('planDownload', () => {
	const manifest: SaveManifest = {
		pages: ['/belajar/a/', '/belajar/b/'],
		files: ['/belajar/a/', '/belajar/b/', '/_astro/common.A.css', '/_astro/diagram.E.svg'],
		choices: [[{ url: '/_astro/f1.avif', w: 360, type: 'image/avif' }, { url: '/_astro/f2.avif', w: 720, type: 'image/avif' }]],
		search: ['/pagefind/pagefind.js', '/pagefind/index/id_1.pf_index'],
		sizes: {
			'/belajar/a/': [10_000, 40_000],
			'/belajar/b/': [12_000, 45_000],
			'/_astro/common.A.css': [15_000, 60_000],
			'/_astro/diagram.E.svg': [3_000, 3_000],
			'/_astro/f1.avif': [20_000, 20_000],
			'/_astro/f2.avif': [50_000, 50_000],
			'/pagefind/pagefind.js': [16_000, 50_000],
			'/pagefind/index/id_1.pf_index': [30_000, 30_000],
		},
	};
	const pick = (g: { url: string }[]) => g[1] as never;
	it('adds up each file once, leaving out what the phone already has', () => {
		const plan = planDownload(manifest, { withSearch: false, cached: new Set(['/_astro/common.A.css']), pick });
		expect(plan.urls).toEqual(['/belajar/a/', '/belajar/b/', '/_astro/diagram.E.svg', '/_astro/f2.avif']);
		expect(plan.transfer).toBe(10_000 + 12_000 + 3_000 + 50_000);
		expect(plan.stored).toBe(40_000 + 45_000 + 3_000 + 50_000);
	});
	it('adds the search files only when asked', () => {
		const plan = planDownload(manifest, { withSearch: true, cached: new Set(), pick });
		expect(plan.urls).toContain('/pagefind/index/id_1.pf_index');
		expect(plan.transfer).toBe(10_000 + 12_000 + 15_000 + 3_000 + 50_000 + 16_000 + 30_000);
	});
	it('is empty when everything is saved already', () => {
		const all = new Set([...manifest.files, '/_astro/f2.avif']);
		expect(planDownload(manifest, { withSearch: false, cached: all, pick })).toEqual({ urls: [], transfer: 0, stored: 0 });
	});
});

describe('cacheFor', () => {
	it('puts each file where the service worker looks for it', () => {
		expect(cacheFor('/belajar/a/')).toBe(CACHES.pages);
		expect(cacheFor('/_astro/a.css')).toBe(CACHES.assets);
		expect(cacheFor('/pagefind/pagefind.js')).toBe(CACHES.search);
		expect(cacheFor('/pagefind/fragment/id_1.pf_fragment')).toBe(CACHES.search);
	});
});

describe('quotaCheck', () => {
	it('allows a download with room to spare', () => {
		expect(quotaCheck({ usage: 10e6, quota: 100e6 }, 500_000)).toEqual({ ok: true });
	});
	it('refuses when the phone is (nearly) full and says how much is free', () => {
		expect(quotaCheck({ usage: 99.5e6, quota: 100e6 }, 500_000)).toEqual({ ok: false, free: 500_000 });
		expect(quotaCheck({ usage: 100e6, quota: 100e6 }, 1)).toEqual({ ok: false, free: 0 });
	});
	it('lets the download try when the browser gives no estimate', () => {
		expect(quotaCheck(undefined, 1e9)).toEqual({ ok: true });
		expect(quotaCheck({}, 1e9)).toEqual({ ok: true });
	});
});

describe('titleOf', () => {
	it('reads a page title without the site name', () => {
		expect(titleOf('<head><title>Harga &amp; untung | Naik Kelas</title></head>')).toBe('Harga & untung');
		expect(titleOf('<p>no title</p>')).toBe('');
	});
});

describe('notSavedFragment', () => {
	const text = { id: { title: 'Belum tersimpan', text: 'Halaman ini belum tersimpan.' }, en: { title: 'Not saved', text: 'This page is not saved.' } };
	it('stands in for a fragment in its language, pointing at the saved pages', () => {
		const body = notSavedFragment('/pagefind/fragment/en_0145c5f.pf_fragment', text)!;
		expect(body.startsWith('pagefind_dcd{')).toBe(true);
		const json = JSON.parse(body.slice('pagefind_dcd'.length));
		expect(json).toMatchObject({ url: '/en/offline/', meta: { title: 'Not saved' }, content: 'This page is not saved.', word_count: 5 });
		expect(JSON.parse(notSavedFragment('/pagefind/fragment/id_9a.pf_fragment', text)!.slice(12)).url).toBe('/offline/');
	});
	it('is only for fragments', () => {
		expect(notSavedFragment('/pagefind/index/id_1.pf_index', text)).toBeUndefined();
		expect(notSavedFragment('/belajar/a/', text)).toBeUndefined();
	});
});


describe('pageAssets', () => {
	it('lists the CSS and JS a page links from its own /_astro/, nothing else', () => {
		const html = `<!doctype html><html><head>
			<link rel="canonical" href="https://example.org/belajar/x/"/>
			<link rel="manifest" href="/manifest.webmanifest"/>
			<link rel="stylesheet" href="/_astro/print.ehPL0gv-.css" media="print">
			<link rel=stylesheet href=/_astro/middleware.Bh_StUON.css>
			<link rel="modulepreload" href="../../_astro/chunk.AbC.js">
			<link rel="stylesheet" href="https://cdn.example.org/_astro/x.css">
			<script type="module" src="/_astro/page.cNngjUgL.js"></script>
			<script>var a = '<link rel="stylesheet" href="/_astro/in-text.css">'</script>
			<link rel="preload" as="image" href="/_astro/photo.webp">
			<img src="/_astro/photo.webp" alt="">
			<!-- <link rel="stylesheet" href="/_astro/commented.css"> -->
			<script type="module" src='/_astro/Search.astro_astro_type_script_index_0_lang.JftLAEl-.js?x=1&amp;y=2'></script>
		</head></html>`;
		expect(pageAssets(html, 'http://127.0.0.1:4321/belajar/x/')).toEqual([
			'http://127.0.0.1:4321/_astro/print.ehPL0gv-.css',
			'http://127.0.0.1:4321/_astro/middleware.Bh_StUON.css',
			'http://127.0.0.1:4321/_astro/chunk.AbC.js',
			'http://127.0.0.1:4321/_astro/page.cNngjUgL.js',
			'http://127.0.0.1:4321/_astro/Search.astro_astro_type_script_index_0_lang.JftLAEl-.js?x=1&y=2',
		]);
	});
});

describe('offlineLangs', () => {
	it('keeps the offline page of the language of each open page, and no other', () => {
		expect(offlineLangs([], ['https://x.test/belajar/hitung-hpp/'])).toEqual(['id']);
		expect(offlineLangs([], ['https://x.test/en/belajar/hitung-hpp/?jalur=growth'])).toEqual(['en']);
	});
	it('carries over every language an earlier release kept, whatever its cache key', () => {
		expect(offlineLangs(['https://x.test/en/offline/', 'https://x.test/offline/?__WB_REVISION__=abc'], ['https://x.test/en/'])).toEqual(['id', 'en']);
		// Other stored URLs say nothing about languages.
		expect(offlineLangs(['https://x.test/en/belajar/a/', 'https://x.test/_astro/x.css'], ['https://x.test/'])).toEqual(['id']);
	});
	it('keeps nothing when there is no page and nothing kept before', () => {
		expect(offlineLangs([], [])).toEqual([]);
	});
});
