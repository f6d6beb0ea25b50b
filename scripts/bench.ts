#!/usr/bin/env node
/**
 * `npm run bench`: what the site costs a learner and the build, against the
 * budgets in src/features/build/budgets.ts.
 *
 *   npm run bench                      build dist/, then measure everything
 *   npm run bench -- --no-build        measure the existing dist/
 *   npm run bench -- --no-lighthouse   skip Lighthouse (about 15 s per page type)
 *   npm run bench -- --no-corpus       skip the synthetic-corpus build
 *   npm run bench -- --lessons 2000 --small 500   corpus sizes (lessons, each in both languages)
 *   npm run bench -- --only-corpus     only the corpus builds
 *   npm run bench -- --keep-corpus .cache/corpus   keep each corpus's dist/ as .cache/corpus/<lessons>/
 *   npm run bench -- --runs 3          Lighthouse runs per page type (median reported; default 5)
 *   npm run bench -- --only-slow-link  only the lessons on the learner's slow link (first visit, next lessons)
 *   npm run bench -- --pages "slide view,my learning"   only these page types (names as printed)
 *   npm run bench -- --only-search     only the search: first-query bytes, last keystroke → first result on
 *                                      the slow link (tests/support/slow-link.ts), and the quality suite
 *
 * 1. Serves dist/ with brotli on 127.0.0.1 and loads one page of each type in
 *    headless Chromium at 360×740 (first visit, empty cache): bytes by type,
 *    requests, each image; the first search query; the service worker's
 *    one-time install download. On the emulated slow link (tests/support/slow-link.ts): the time from the
 *    last keystroke to the first result of the whole query, typed at a phone pace and pasted. The search quality suite
 *    (src/features/search/search-suite.ts) typed into the real dialog: top-1,
 *    top-3 and MRR@5 per language and kind of query, honesty on absent topics.
 * 2. Lighthouse (mobile: Moto G-class screen, simulated slow 4G) per page type.
 * 2b. Lessons on the learner's slow link (scripts/bench-lesson-link.ts, tests/support/slow-link.ts: 400 ms
 *    round trips, 400 kbit/s, a TCP+TLS handshake on the first visit; no TCP slow start, no HTTP/2
 *    priorities): a first visit to a lesson, then six other lessons in the same browser (warm cache, one
 *    of them the first with a tool): time to readable text (LCP; FCP), round trips before text, request
 *    waves, bytes; median of 3 runs; and the lessons' HTML as built (raw, brotli, inline <style>).
 * 3. Builds a temporary copy of the project with generated lessons (real
 *    template, valid frontmatter) at two sizes: ms per page, peak memory, and
 *    whether time per page stays flat (linear build).
 * Prints every budget with its measured value and PASS/FAIL, writes
 * .cache/bench/report.json, and exits 1 if a budget fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS } from '../src/features/build/budgets.ts';
import { listHtml } from '../src/features/build/measure-dist.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { LEARNER_LINK, slowLink } from '../tests/support/slow-link.ts';
import { CHROMIUM, CHROMIUM_ARGS, launch, PHONE } from '../tests/support/browser.ts';
import { pageTypes } from '../tests/support/page-types.ts';
import { readCatalogue } from '../src/core/catalogue/read-content.ts';
import { urls } from '../src/core/urls.ts';
import { SEARCH_TARGETS } from '../src/features/search/search-config.ts';
import { SUITE } from '../src/features/search/search-suite.ts';
import { formatReport, report as qualityReport, runSuite, type CaseResult } from '../src/features/search/search-quality.ts';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { makeCorpus } from './bench-corpus.ts';
import { BUILD_ENV } from '../src/features/build/build-heap.ts';
import { lessonHtmlSizes, lessonPaths, lessonsOnSlowLink, LINK_LABEL, median, spread, type PageOnLink } from './bench-lesson-link.ts';

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		'no-lighthouse': { type: 'boolean', default: false },
		'no-corpus': { type: 'boolean', default: false },
		'only-corpus': { type: 'boolean', default: false },
		lessons: { type: 'string', default: '2000' },
		small: { type: 'string', default: '500' },
		'keep-corpus': { type: 'string' },
		dist: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '5' },
		pages: { type: 'string' },
		'only-search': { type: 'boolean', default: false },
		'only-slow-link': { type: 'boolean', default: false },
	},
});
const ROOT = process.cwd();
const DIST = resolve(args.dist!);
const BIN = join(ROOT, 'node_modules/.bin');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const log = (s = '') => console.log(s);

interface Check {
	budget: string;
	measured: string;
	pass: boolean | 'missing';
}
const checks: Check[] = [];
const check = (budget: string, measured: string, pass: boolean | 'missing') => checks.push({ budget, measured, pass });
const report: Record<string, unknown> = {};

// ── 1. build ────────────────────────────────────────────────────────────────
function build(cwd: string, logFile: string, env: Record<string, string> = {}): { ms: number; maxRssKb?: number; ok: boolean; log: string } {
	const started = Date.now();
	const time = existsSync('/usr/bin/time');
	const cmd = time ? '/usr/bin/time' : join(BIN, 'astro');
	const cmdArgs = time ? ['-v', join(BIN, 'astro'), 'build'] : ['build'];
	const res = spawnSync(cmd, cmdArgs, { cwd, encoding: 'utf8', env: { ...process.env, ...BUILD_ENV, ...env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 512 * 1024 * 1024 });
	const out = `${res.stdout}\n${res.stderr}`;
	writeFileSync(logFile, out);
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(out)?.[1];
	return { ms: Date.now() - started, maxRssKb: rss ? Number(rss) : undefined, ok: res.status === 0, log: out };
}

mkdirSync(join(ROOT, '.cache/bench'), { recursive: true });
if (!args['no-build'] && !args['only-corpus']) {
	log('Building dist/ …');
	const b = build(ROOT, join(ROOT, '.cache/bench/build.log'));
	if (!b.ok) {
		console.error(b.log.slice(-4000));
		process.exit(1);
	}
	log(`built in ${(b.ms / 1000).toFixed(1)} s`);
}

// ── 2. pages in the browser ─────────────────────────────────────────────────
interface Weight {
	bytes: number;
	requests: number;
	byType: Record<string, number>;
	images: { url: string; bytes: number }[];
}

/** Counts finished requests of a page, or of a whole context (which includes its service worker's own fetches). */
function meter(page: Page | BrowserContext, since = () => true) {
	const w: Weight = { bytes: 0, requests: 0, byType: {}, images: [] };
	const pending: Promise<void>[] = [];
	const onFinished = (req: Request) => {
		if (!since()) return;
		pending.push(
			req.sizes().then(
				(s) => {
					const bytes = s.responseBodySize + s.responseHeadersSize;
					const type = req.resourceType();
					w.bytes += bytes;
					w.requests++;
					w.byType[type] = (w.byType[type] ?? 0) + bytes;
					if (type === 'image') w.images.push({ url: new URL(req.url()).pathname, bytes: s.responseBodySize });
				},
				() => undefined,
			),
		);
	};
	const target = page as Page;
	target.on('requestfinished', onFinished);
	return { w, done: async () => (await Promise.all(pending), target.off('requestfinished', onFinished), w) };
}

async function firstVisit(browser: Browser, url: string, { scroll = false } = {}): Promise<Weight> {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	const page = await context.newPage();
	const m = meter(page);
	await page.goto(url, { waitUntil: 'load' });
	if (scroll) {
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
				scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 50));
			}
		});
	}
	await page.waitForLoadState('networkidle');
	const w = await m.done();
	await context.close();
	return w;
}

async function searchFirstQuery(browser: Browser, url: string): Promise<Weight | undefined> {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	const open = page.locator('nk-search button[data-open], site-search button[data-open-modal]').first();
	if (!(await open.count())) return undefined;
	let counting = false;
	const m = meter(page, () => counting);
	counting = true;
	await open.click();
	const input = page.locator('nk-search dialog input[type=search], site-search dialog input').first();
	await input.fill('harga jual');
	await page.waitForFunction(() => document.querySelectorAll('nk-search [data-results] li a[href], site-search dialog .pagefind-ui__result').length > 0, undefined, { timeout: 15_000 });
	await page.waitForLoadState('networkidle');
	const w = await m.done();
	await context.close();
	return w;
}

/** A phone typist's pace: about 3 keys a second (the keyboard's suggestions and a look at the screen in between). */
const KEY_DELAY_MS = 300;
const SLOW_QUERY = 'harga jual';
const SLOW_RUNS = 3;

interface SlowSearch {
	/** Last keystroke (its input event) to the first result of the whole query in the list, ms. */
	ms: number;
	/** Requests started after the last keystroke, and all requests since the dialog opened. */
	requestsAfterKey: number;
	requests: number;
}

/**
 * Opens the search of a loaded page on the slow link and enters the query: `typed` key by key at a phone pace
 * (the engine can load meanwhile), or `pasted` into the field right after opening (everything after the last keystroke).
 * The first result is the first list item added after the search for the whole query began (the list says
 * aria-busy from the start of each search): results of a shorter query typed on the way do not count.
 */
async function slowSearch(browser: Browser, url: string, how: 'typed' | 'pasted'): Promise<SlowSearch | undefined> {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	const page = await context.newPage();
	try {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		const open = page.locator('nk-search button[data-open]:not([disabled])').first();
		if (!(await open.count())) return undefined;
		// The page is loaded (its connection open); from here on every request pays the slow link.
		await slowLink(page);
		await page.evaluate(() => {
			const w = window as unknown as { nkBench: { openAt: number; lastKey: number; busy: number[]; added: number[] } };
			w.nkBench = { openAt: performance.now(), lastKey: 0, busy: [], added: [] };
			new MutationObserver((records) => {
				for (const r of records) {
					const t = performance.now();
					const target = r.target as Element;
					if (r.type === 'attributes' && target.matches('nk-search [data-results]') && target.getAttribute('aria-busy') === 'true') w.nkBench.busy.push(t);
					if (r.type === 'childList' && target.matches('nk-search [data-results]') && [...r.addedNodes].some((n) => n.nodeName === 'LI')) w.nkBench.added.push(t);
				}
			}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
			document.addEventListener('input', (e) => {
				if ((e.target as Element).matches('nk-search input[type=search]')) w.nkBench.lastKey = performance.now();
			}, true);
		});
		await open.tap();
		const input = page.locator('nk-search dialog input[type=search]');
		if (how === 'typed') await input.pressSequentially(SLOW_QUERY, { delay: KEY_DELAY_MS });
		else await input.fill(SLOW_QUERY);
		const handle = await page.waitForFunction(
			() => {
				const { lastKey, busy, added } = (window as unknown as { nkBench: { lastKey: number; busy: number[]; added: number[] } }).nkBench;
				const list = document.querySelector('nk-search [data-results]')!;
				const searchStart = busy.filter((t) => t >= lastKey).at(-1);
				if (searchStart === undefined || list.hasAttribute('aria-busy') || !list.querySelector('li a[href]')) return undefined;
				const first = added.find((t) => t >= searchStart);
				return first === undefined ? undefined : first - lastKey;
			},
			undefined,
			{ timeout: 30_000, polling: 50 },
		);
		const ms = (await handle.jsonValue()) as number;
		await page.waitForLoadState('networkidle');
		const counts = await page.evaluate(() => {
			const { openAt, lastKey } = (window as unknown as { nkBench: { openAt: number; lastKey: number } }).nkBench;
			const starts = performance.getEntriesByType('resource').map((e) => e.startTime);
			return { requestsAfterKey: starts.filter((t) => t >= lastKey).length, requests: starts.filter((t) => t >= openAt).length };
		});
		return { ms, ...counts };
	} finally {
		await context.close();
	}
}

async function serviceWorkerInstall(browser: Browser, url: string): Promise<Weight> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	let loaded = false;
	const m = meter(context, () => loaded);
	// Chromium reports no body size for the worker script's own download: its Content-Length says it.
	let script = Promise.resolve(0);
	context.on('requestfinished', (req) => {
		if (new URL(req.url()).pathname !== '/sw.js') return;
		script = Promise.all([req.sizes(), req.response()]).then(([s, r]) => (s.responseBodySize === 0 ? Number(r?.headers()['content-length'] ?? 0) : 0));
	});
	await page.goto(url, { waitUntil: 'load' });
	loaded = true;
	await page.evaluate(() => navigator.serviceWorker?.ready);
	// Installed and activated: its precache and warm-up downloads are done.
	await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 20_000 });
	await page.waitForLoadState('networkidle');
	const w = await m.done();
	const unreported = await script;
	w.bytes += unreported;
	w.byType.script = (w.byType.script ?? 0) + unreported;
	await context.close();
	return w;
}

const fmtTypes = (w: Weight) =>
	Object.entries(w.byType)
		.sort((a, b) => b[1] - a[1])
		.map(([t, b]) => `${t} ${kb(b)}`)
		.join(', ');

const onlySearch = args['only-search'];
const onlySlowLink = args['only-slow-link'];
if (!args['only-corpus'] && !onlySlowLink) {
	if (!existsSync(join(DIST, 'index.html'))) {
		console.error(`${DIST}/index.html is missing: build first (npm run build) or drop --no-build.`);
		process.exit(1);
	}
	const { server, url: base } = await startStaticServer(DIST, { brotli: true });
	const browser = await launch();
	// --pages narrows the run to some page types, for working on one of them.
	const only = args.pages?.split(',').map((s) => s.trim());
	const types = pageTypes(DIST).filter((t) => !onlySearch && (!only || only.includes(t.name)));
	if (only && types.length < only.length) {
		console.error(`--pages: unknown page type in "${args.pages}"; known: ${pageTypes(DIST).map((t) => t.name).join(', ')}`);
		process.exit(1);
	}
	const pages: Record<string, unknown> = {};
	log('\nFirst visit at 360×740, brotli, empty cache (transfer incl. headers):');
	for (const t of types) {
		if (t.missing) {
			log(`  ${t.name.padEnd(20)} missing (${t.missing})`);
			pages[t.name] = { missing: t.missing };
			continue;
		}
		for (const lang of ['id', 'en'] as const) {
			const path = t.paths[lang];
			if (!path) continue;
			const images = t.name === 'lesson with images';
			const w = await firstVisit(browser, base + path, { scroll: images });
			const noImages = w.bytes - (w.byType.image ?? 0);
			pages[`${t.name} (${lang})`] = { path, ...w };
			log(`  ${`${t.name} (${lang})`.padEnd(25)} ${kb(w.bytes).padStart(9)} in ${String(w.requests).padStart(2)} requests: ${fmtTypes(w)}   ${path}`);
			const isLesson = t.name.startsWith('lesson');
			if (isLesson) check(`lesson page without images ≤ ${kb(BUDGETS.lessonPageBytes)} [${path}]`, kb(noImages), noImages <= BUDGETS.lessonPageBytes);
			check(`any page, first visit ≤ ${kb(BUDGETS.anyPageBytes)} [${path}]`, kb(noImages), noImages <= BUDGETS.anyPageBytes);
			for (const img of w.images) check(`image ≤ ${kb(BUDGETS.imageBytes)} at phone width [${img.url}]`, kb(img.bytes), img.bytes <= BUDGETS.imageBytes);
		}
	}
	const lesson = types.find((t) => t.name === 'lesson')?.paths.id ?? '/';
	const search = await searchFirstQuery(browser, base + lesson);
	if (search) {
		log(`  ${'search first query'.padEnd(25)} ${kb(search.bytes).padStart(9)} in ${String(search.requests).padStart(2)} requests: ${fmtTypes(search)}`);
		check(`search first query ≤ ${kb(BUDGETS.searchFirstQueryBytes)}`, kb(search.bytes), search.bytes <= BUDGETS.searchFirstQueryBytes);
	} else check(`search first query ≤ ${kb(BUDGETS.searchFirstQueryBytes)}`, 'missing (no search button)', 'missing');
	pages['search first query'] = search ?? { missing: 'no search button' };
	log(`\nSearch on the slow link (${LEARNER_LINK.rttMs} ms round trips, ${LEARNER_LINK.kbps} kbit/s), "${SLOW_QUERY}" on ${lesson}, median of ${SLOW_RUNS}:`);
	const slow: Record<string, unknown> = {};
	for (const how of ['typed', 'pasted'] as const) {
		const runs: SlowSearch[] = [];
		for (let i = 0; i < SLOW_RUNS; i++) {
			const r = await slowSearch(browser, base + lesson, how);
			if (r) runs.push(r);
		}
		if (!runs.length) {
			check(`search: last keystroke → first result ≤ ${BUDGETS.searchFirstResultMs} ms on the slow link (${how})`, 'missing (no search button)', 'missing');
			continue;
		}
		const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
		const label = how === 'typed' ? `typed, ${KEY_DELAY_MS} ms a key` : 'pasted right after opening';
		log(`  ${label.padEnd(27)} ${`${Math.round(median.ms)} ms`.padStart(8)} last keystroke → first result [${runs.map((r) => Math.round(r.ms)).join(', ')}]; ${median.requestsAfterKey} requests after the last keystroke, ${median.requests} since opening`);
		slow[how] = { median, runs };
		// The budget is for the usual case: she types while the engine loads. Pasting is reported, not budgeted.
		if (how === 'typed') check(`search: last keystroke → first result ≤ ${BUDGETS.searchFirstResultMs} ms on the slow link (typed)`, `${Math.round(median.ms)} ms`, median.ms <= BUDGETS.searchFirstResultMs);
	}
	report.searchSlowLink = { link: LEARNER_LINK, query: SLOW_QUERY, keyDelayMs: KEY_DELAY_MS, ...slow };
	if (!onlySearch) {
		const sw = await serviceWorkerInstall(browser, base + lesson);
		log(`  ${'service worker install'.padEnd(25)} ${kb(sw.bytes).padStart(9)} in ${String(sw.requests).padStart(2)} requests, once, after the page has loaded and is idle (the worker, the offline page of the page's language and its files)`);
		pages['service worker install'] = sw;
		check(`service worker install ≤ ${kb(BUDGETS.serviceWorkerInstallBytes)}`, kb(sw.bytes), sw.bytes <= BUDGETS.serviceWorkerInstallBytes);
	}
	report.pages = pages;

	// The quality suite, typed into the real dialog of each language's home page.
	log('\nSearch quality (src/features/search/search-suite.ts, typed into the dialog):');
	const catalogue = readCatalogue(ROOT);
	const lessonPaths = new Map([...catalogue.lessons.id.values()].map((l) => [l.lessonId, `/belajar/${l.slug}/`]));
	const quality: Record<string, unknown> = {};
	const all: CaseResult[] = [];
	for (const lang of ['id', 'en'] as const) {
		const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(base + urls.home(lang));
		const results = await runSuite(page, lang, SUITE[lang], lessonPaths);
		await context.close();
		all.push(...results);
		log(formatReport(lang, results));
		quality[lang] = { ...qualityReport(results), cases: results.map((r) => ({ q: r.q, kind: r.kind, rank: r.rank, match: r.answer.match, notHere: r.answer.notHere, got: r.answer.results.map((h) => h.url) })) };
	}
	const both = qualityReport(all);
	log(formatReport('both', all));
	report.searchQuality = { ...quality, both };
	check(`search quality top-3 ≥ ${SEARCH_TARGETS.top3 * 100} % (answerable queries)`, `${(both.answerable.top3 * 100).toFixed(1)} %`, both.answerable.top3 >= SEARCH_TARGETS.top3);
	check(`search quality top-1 ≥ ${SEARCH_TARGETS.top1 * 100} % (answerable queries)`, `${(both.answerable.top1 * 100).toFixed(1)} %`, both.answerable.top1 >= SEARCH_TARGETS.top1);
	check('search: absent topics never presented as a match', `${(both.absentHonest.top1 * 100).toFixed(1)} % honest`, both.absentHonest.top1 === 1);
	await browser.close();

	// ── 3. Lighthouse ─────────────────────────────────────────────────────────
	if (!args['no-lighthouse'] && !onlySearch) {
		const lighthouse = (await import('lighthouse')).default;
		const chromeLauncher = await import('chrome-launcher');
		const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'] });
		const lh: Record<string, unknown> = {};
		log(`\nLighthouse (mobile, simulated slow 4G), Indonesian pages, median of ${args.runs} runs (LCP range in brackets):`);
		log(`  ${'page type'.padEnd(20)}  perf  a11y  best   seo    LCP      CLS     TBT`);
		try {
			// A cold browser's first run is slower than any later one (its CPU time is then multiplied by
			// Lighthouse's simulated slow phone): one warm-up run, not counted.
			const warmUp = types.find((t) => t.paths.id)?.paths.id;
			if (warmUp) await lighthouse(base + warmUp, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
			for (const t of types) {
				const path = t.paths.id;
				if (!path) {
					check(`Lighthouse 100/100/100/100, LCP ≤ ${BUDGETS.lcpMs} ms, CLS ${BUDGETS.cls} [${t.name}]`, 'missing', 'missing');
					continue;
				}
				// Lighthouse varies from run to run: report the median of several (as its own docs advise).
				const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
				for (let i = 0; i < Math.max(1, Number(args.runs)); i++) {
					const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
					runs.push(result!.lhr);
				}
				const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
				const score = (id: string) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
				const metric = (id: string) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
				const r = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcp: metric('largest-contentful-paint'), cls: metric('cumulative-layout-shift'), tbt: metric('total-blocking-time') };
				const lcps = runs.map((lhr) => Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN));
				const lcpRange = runs.length > 1 ? ` [${Math.min(...lcps)}–${Math.max(...lcps)}]` : '';
				const failing = [
					...new Set(
						// Audits that count towards a score and were not perfect in some run.
						runs.flatMap((lhr) => {
							const weighted = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)));
							return Object.values(lhr.audits)
								.filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
								.map((a) => a.id);
						}),
					),
				];
				lh[t.name] = { path, ...r, lcpRuns: lcps, failing };
				log(`  ${t.name.padEnd(20)}  ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(4)}  ${`${Math.round(r.lcp)} ms`.padStart(7)}  ${r.cls.toFixed(3).padStart(6)}  ${`${Math.round(r.tbt)} ms`.padStart(6)}${lcpRange}${failing.length ? `   below 100: ${failing.join(', ')}` : ''}`);
				const b = BUDGETS.lighthouse;
				check(`Lighthouse performance ≥ ${b.performance} [${t.name}]`, String(r.performance), r.performance >= b.performance);
				check(`Lighthouse accessibility ≥ ${b.accessibility} [${t.name}]`, String(r.accessibility), r.accessibility >= b.accessibility);
				check(`Lighthouse best practices ≥ ${b.bestPractices} [${t.name}]`, String(r.bestPractices), r.bestPractices >= b.bestPractices);
				check(`Lighthouse SEO ≥ ${b.seo} [${t.name}]`, String(r.seo), r.seo >= b.seo);
				check(`LCP ≤ ${BUDGETS.lcpMs} ms [${t.name}]`, `${Math.round(r.lcp)} ms`, r.lcp <= BUDGETS.lcpMs);
				check(`CLS ≤ ${BUDGETS.cls} [${t.name}]`, r.cls.toFixed(3), r.cls <= BUDGETS.cls);
			}
		} finally {
			chrome.kill();
		}
		report.lighthouse = lh;
	}
	server.close();
}

// ── 3b. lessons on the learner's slow link (scripts/bench-lesson-link.ts) ────
if (!args['only-corpus'] && !onlySearch && (onlySlowLink || !args.pages || args.pages.includes('lesson'))) {
	const all = lessonPaths(DIST);
	const first = pageTypes(DIST).find((t) => t.name === 'lesson')?.paths.id;
	if (first) {
		const calculator = pageTypes(DIST).find((t) => t.name === 'lesson with calculator')?.paths.id;
		// The next lessons: spread over the curriculum, and one that first shows a tool (its chunks are new to the cache).
		const next = [...spread(all, 5, [first, calculator ?? '']), ...(calculator ? [calculator] : [])];
		const { server, url: base } = await startStaticServer(DIST, { brotli: true });
		const browser = await launch();
		const runs: PageOnLink[][] = [];
		try {
			for (let i = 0; i < 3; i++) runs.push(await lessonsOnSlowLink(browser, base, first, next));
		} finally {
			await browser.close();
			server.close();
		}
		const at = (i: number) => runs.map((r) => r[i]!);
		const med = (i: number, k: keyof PageOnLink) => median(at(i).map((p) => p[k] as number));
		log(`\nLessons on the learner's slow link (${LINK_LABEL}), median of ${runs.length} runs:`);
		log(`  ${'page'.padEnd(42)} ${'text (LCP)'.padStart(10)} ${'FCP'.padStart(7)}  trips  waves  req  cached  scripts  ${'bytes'.padStart(8)}  ${'HTML'.padStart(8)}  LCP element`);
		const rows = runs[0]!.map((p, i) => {
			const row = { path: p.path, lcpMs: med(i, 'lcpMs'), fcpMs: med(i, 'fcpMs'), roundTripsBeforeText: med(i, 'roundTripsBeforeText'), waves: med(i, 'waves'), requests: med(i, 'requests'), cached: med(i, 'cached'), scriptsDoneMs: med(i, 'scriptsDoneMs'), bytes: med(i, 'bytes'), htmlBytes: med(i, 'htmlBytes'), lcpElement: p.lcpElement };
			const label = `${i === 0 ? 'first visit' : 'then'} ${p.path}`;
			log(`  ${label.padEnd(42)} ${`${row.lcpMs} ms`.padStart(10)} ${`${row.fcpMs} ms`.padStart(7)}  ${String(row.roundTripsBeforeText).padStart(5)}  ${String(row.waves).padStart(5)}  ${String(row.requests).padStart(3)}  ${String(row.cached).padStart(6)}  ${`${row.scriptsDoneMs} ms`.padStart(7)}  ${kb(row.bytes).padStart(8)}  ${kb(row.htmlBytes).padStart(8)}  ${row.lcpElement}`);
			return row;
		});
		const after = rows.slice(1);
		const medianNext = after.length ? median(after.map((r) => r.bytes)) : 0;
		log(`  median lesson after the first: ${kb(medianNext)}, text at ${after.length ? median(after.map((r) => r.lcpMs)) : 0} ms`);
		const html = lessonHtmlSizes(DIST, all);
		log(`  lesson HTML (${html.pages} Indonesian lessons): median ${kb(html.raw.median)} raw (${kb(html.raw.min)}–${kb(html.raw.max)}), ${kb(html.brotli.median)} brotli (${kb(html.brotli.min)}–${kb(html.brotli.max)}); inline <style> median ${html.inlineStyle.median} B, max ${html.inlineStyle.max} B`);
		report.slowLink = { link: LINK_LABEL, runs: runs.length, pages: rows, medianNextLessonBytes: medianNext, lessonHtml: html };
		check(`median lesson after the first ≤ ${kb(BUDGETS.nextLessonBytes)} on the slow link`, kb(medianNext), medianNext <= BUDGETS.nextLessonBytes);
	}
}

// ── 4. build time at scale ──────────────────────────────────────────────────
interface CorpusRun {
	lessons: number;
	pages: number;
	ms: number;
	msPerPage: number;
	maxRssMb?: number;
	/** The machine's 1-minute load average before → after the build. */
	load?: string;
	/** Peak memory when the pages are rendered, before the post-build pass (its own log line). */
	peakBeforePassMb?: number;
	/**
	 * Pagefind indexes in a process of its own, which `maxRssMb` (the build's largest process) leaves out: its peak,
	 * and the peak of the build and its child processes together (scripts/memory-probe.ts, sampled every 500 ms).
	 */
	childrenPeakMb?: number;
	withChildrenPeakMb?: number;
	pagefindMs?: number;
	steps: string[];
	/** Build phases from the log: Astro's page rendering (split by route), Pagefind, the project's post-build pass. */
	phases: Record<string, number>;
	/** The largest page of each page type (first path segment, language prefix dropped), brotli bytes. */
	indexPages: { type: string; path: string; rawBytes: number; brotliBytes: number }[];
}

/** Sums Astro's per-route timings ("  └─ /path/index.html (+12ms)") by route family, and the named phases. */
function buildPhases(logText: string, pagefindMs: number | undefined): Record<string, number> {
	const phases: Record<string, number> = {};
	const add = (k: string, ms: number) => (phases[k] = (phases[k] ?? 0) + ms);
	for (const m of logText.matchAll(/[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(m?s)\)/g)) {
		const path = m[1]!.replace(/^\/en\//, '/');
		const family = path.startsWith('/og/') ? 'render: social preview images' : /^\/belajar\/[^/]+\/index\.html$/.test(path) ? 'render: lessons' : path.startsWith('/api/') ? 'render: API' : 'render: other pages';
		add(family, Number(m[2]) * (m[3] === 's' ? 1000 : 1));
	}
	const generated = /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(logText);
	if (generated) phases['astro: static routes (wall)'] = Number(generated[1]) * (generated[2] === 's' ? 1000 : 1);
	if (pagefindMs) phases['pagefind'] = pagefindMs;
	const post = /post-build pass over \d+ pages in (\d+) ms/.exec(logText);
	if (post) phases['post-build pass'] = Number(post[1]);
	const total = /\[build\] (\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(logText);
	if (total) phases['astro build (reported)'] = Number(total[2]) * (total[3] === 's' ? 1000 : 1);
	return Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
}

function indexPageSizes(dist: string): CorpusRun['indexPages'] {
	const largest = new Map<string, { path: string; rawBytes: number }>();
	for (const file of listHtml(dist)) {
		const path = file.slice(dist.length).replace(/^\/en(?=\/)/, '');
		const segs = path.split('/').filter((s) => s && s !== 'index.html');
		const type = segs.length === 0 ? '/' : segs.length === 1 ? `/${segs[0]}/` : `/${segs[0]}/…`;
		const rawBytes = statSync(file).size;
		if ((largest.get(type)?.rawBytes ?? -1) < rawBytes) largest.set(type, { path: file.slice(dist.length), rawBytes });
	}
	return [...largest].map(([type, p]) => ({ type, ...p, brotliBytes: brotliCompressSync(readFileSync(join(dist, p.path)), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length })).sort((a, b) => b.brotliBytes - a.brotliBytes);
}

function corpusBuild(lessons: number): CorpusRun {
	const dir = mkdtempSync(join(tmpdir(), 'nk-bench-'));
	try {
		// With the memory probe, for the memory of Pagefind's process beside the build's (a log line every 500 ms).
		makeCorpus(ROOT, dir, lessons, true);
		const memoryLog = join(dir, 'memory.tsv');
		const b = build(dir, join(ROOT, `.cache/bench/corpus-${lessons}.log`), { NK_MEMORY_LOG: memoryLog });
		const samples = existsSync(memoryLog) ? readFileSync(memoryLog, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t').map(Number)) : [];
		if (!b.ok) throw new Error(`the ${lessons}-lesson build failed; see .cache/bench/corpus-${lessons}.log\n${b.log.slice(-3000)}`);
		const pages = listHtml(join(dir, 'dist')).length;
		const pf = /Finished building search index in ([\d.]+)(m?s)/.exec(b.log);
		const steps = [...b.log.matchAll(/\[(naik-kelas:[\w-]+)\][^\n]*? in ([\d.]+ ?m?s)\b/g)].map((m) => `${m[1]} ${m[2]}`);
		const pagefindMs = pf ? Number(pf[1]) * (pf[2] === 's' ? 1000 : 1) : undefined;
		const beforePass = /peak memory (\d+) MB before the pass/.exec(b.log);
		return { lessons, pages, ms: b.ms, msPerPage: b.ms / pages, maxRssMb: b.maxRssKb ? Math.round(b.maxRssKb / 1024) : undefined, peakBeforePassMb: beforePass ? Number(beforePass[1]) : undefined, childrenPeakMb: samples.length ? Math.max(...samples.map((c) => c[6] ?? 0)) : undefined, withChildrenPeakMb: samples.length ? Math.max(...samples.map((c) => (c[1] ?? 0) + (c[6] ?? 0))) : undefined, pagefindMs, steps, phases: buildPhases(b.log, pagefindMs), indexPages: indexPageSizes(join(dir, 'dist')) };
	} finally {
		// --keep-corpus <dir>: keep each corpus's dist/ as <dir>/<lessons>/ (to compare pages between sizes).
		if (args['keep-corpus'] && existsSync(join(dir, 'dist'))) {
			const kept = resolve(args['keep-corpus'], String(lessons));
			rmSync(kept, { recursive: true, force: true });
			mkdirSync(dirname(kept), { recursive: true });
			try {
				renameSync(join(dir, 'dist'), kept);
			} catch {
				cpSync(join(dir, 'dist'), kept, { recursive: true });
			}
		}
		rmSync(dir, { recursive: true, force: true });
	}
}

if (!args['no-corpus'] && !onlySearch && !onlySlowLink) {
	const sizes = [Number(args.small), Number(args.lessons)].filter((n, i, all) => n > 0 && all.indexOf(n) === i).sort((a, b) => a - b);
	log(`\nBuild at scale: a temporary copy of the project plus ${sizes.join(' and ')} generated lessons (each in both languages):`);
	const runs = sizes.map((n) => {
		// Times mean little on a shared machine without its load: the 1-minute load average before and after.
		const loadBefore = loadavg()[0]!.toFixed(1);
		const r = corpusBuild(n);
		r.load = `${loadBefore}→${loadavg()[0]!.toFixed(1)}`;
		log(`  ${String(n).padStart(5)} lessons: ${r.pages} pages in ${(r.ms / 1000).toFixed(1)} s = ${r.msPerPage.toFixed(1)} ms/page (load ${r.load}); peak memory ${r.maxRssMb ?? '?'} MB (${r.peakBeforePassMb ?? '?'} MB before the post-build pass; its child processes (Pagefind's indexer) up to ${r.childrenPeakMb ?? '?'} MB, all together up to ${r.withChildrenPeakMb ?? '?'} MB); Pagefind ${r.pagefindMs ? `${(r.pagefindMs / 1000).toFixed(1)} s` : '?'}`);
		if (r.steps.length) log(`         post-build steps: ${r.steps.join(', ')}`);
		log(`         phases: ${Object.entries(r.phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join('; ')}`);
		log(`         largest page of each type (brotli): ${r.indexPages.map((p) => `${p.type} ${kb(p.brotliBytes)}`).join(', ')}`);
		return r;
	});
	report.corpus = runs;
	const big = runs.at(-1)!;
	check(`build ≤ ${BUDGETS.buildMsPerPage} ms per page at ${big.lessons} lessons`, `${big.msPerPage.toFixed(1)} ms/page (${big.pages} pages)`, big.msPerPage <= BUDGETS.buildMsPerPage);
	for (const r of runs) {
		if (r.maxRssMb !== undefined) check(`peak build memory ≤ ${BUDGETS.buildPeakMemoryMb} MB at ${r.lessons} lessons`, `${r.maxRssMb} MB`, r.maxRssMb <= BUDGETS.buildPeakMemoryMb);
		const largest = r.indexPages[0];
		if (largest) check(`every page type ≤ ${kb(BUDGETS.pageTypeHtmlBytes)} brotli HTML at ${r.lessons} lessons`, `largest ${largest.type} ${kb(largest.brotliBytes)} (${largest.path})`, r.indexPages.every((p) => p.brotliBytes <= BUDGETS.pageTypeHtmlBytes));
	}
	if (runs.length > 1) {
		const small = runs[0]!;
		// Linear: time per page must not grow with the site (quadratic work would roughly multiply it by the size ratio).
		const growth = big.msPerPage / small.msPerPage;
		check(`build stays linear (ms/page at ${big.lessons} ÷ at ${small.lessons} lessons ≤ 1.5)`, `×${growth.toFixed(2)}`, growth <= 1.5);
	}
}

// ── 5. the budgets ──────────────────────────────────────────────────────────
log('\nBudgets (src/features/build/budgets.ts):');
const width = Math.max(...checks.map((c) => c.budget.length));
for (const c of checks) log(`  ${c.pass === 'missing' ? 'MISSING' : c.pass ? 'PASS   ' : 'FAIL   '} ${c.budget.padEnd(width)}  ${c.measured}`);
const failed = checks.filter((c) => c.pass === false).length;
const missing = checks.filter((c) => c.pass === 'missing').length;
log(`\n${checks.length - failed - missing} within budget, ${failed} over budget${missing ? `, ${missing} missing` : ''}`);
writeFileSync(join(ROOT, '.cache/bench/report.json'), `${JSON.stringify({ ...report, checks }, null, '\t')}\n`);
process.exit(failed ? 1 : 0);
