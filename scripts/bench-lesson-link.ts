/**
 * `npm run bench` section: lessons on the learner's slow link (tests/support/slow-link.ts: 400 ms round trips,
 * 400 kbit/s, a TCP + TLS handshake before the first request of a first visit).
 *
 * One phone browser visits a lesson for the first time (empty cache), then goes on to other lessons in the same
 * browser (cache warm, as when she follows "next lesson"). For each page it reports:
 * - time to readable text: the Largest Contentful Paint (PerformanceObserver `largest-contentful-paint`, from the
 *   page's navigation start), which on a lesson is its title or first paragraph (the element is printed), and the
 *   First Contentful Paint;
 * - round trips before text: the handshake (first visit) plus the request waves on the critical path: the HTML,
 *   then each level of render-blocking files (Resource Timing `renderBlockingStatus`) that could only start after
 *   an earlier response had arrived;
 * - request waves until the page is idle (all requests, e.g. module chunks found one import level at a time) and
 *   when the last script arrived;
 * - bytes transferred (Resource Timing `transferSize`: brotli body plus headers; 0 for files from the cache).
 * It also measures the lessons' HTML in dist/: raw and brotli bytes per page, and how much of it is inline
 * `<style>`, the chrome a page repeats instead of caching.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { HANDSHAKE_ROUND_TRIPS, LEARNER_LINK, slowLink } from '../tests/support/slow-link.ts';
import { PHONE } from '../tests/support/browser.ts';

export interface PageOnLink {
	path: string;
	/** Largest Contentful Paint, ms from navigation start. */
	lcpMs: number;
	/** The LCP element, e.g. `h1#_top` or `p`. */
	lcpElement: string;
	fcpMs: number;
	/** Handshake round trips (first visit) + request waves of the HTML and render-blocking files. */
	roundTripsBeforeText: number;
	/** Request waves over the network until the page was idle. */
	waves: number;
	requests: number;
	/** Requests answered from the browser's cache. */
	cached: number;
	/** When the last script arrived, ms from navigation start (0 without scripts). */
	scriptsDoneMs: number;
	bytes: number;
	htmlBytes: number;
}

interface Entry {
	name: string;
	start: number;
	end: number;
	transfer: number;
	encoded: number;
	type: string;
	blocking: boolean;
}

/** Records paint timings from the very start of every document. */
const OBSERVE = `(() => {
	const nk = (window.__nkPerf = { fcp: 0, lcp: 0, lcpElement: '' });
	new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') nk.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			nk.lcp = e.startTime;
			const el = e.element;
			nk.lcpElement = el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') : '?';
		}
	}).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

async function measure(page: Page, path: string, handshake: boolean): Promise<PageOnLink> {
	// LCP stops at the first input; reading it after idle is fine since nothing is typed or clicked.
	await page.waitForLoadState('networkidle');
	const { perf, entries } = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const pick = (e: PerformanceResourceTiming, type: string) => ({
			name: e.name,
			start: e.startTime,
			end: e.responseEnd,
			transfer: e.transferSize,
			encoded: e.encodedBodySize,
			type,
			blocking: (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking',
		});
		return { perf: (window as unknown as { __nkPerf: { fcp: number; lcp: number; lcpElement: string } }).__nkPerf, entries: [pick(nav, 'navigation'), ...res.filter((e) => !e.name.startsWith('data:')).map((e) => pick(e, e.initiatorType))] };
	});
	const network = (entries as Entry[]).filter((e) => e.transfer > 0);
	// A request's wave: one more than the latest wave whose response had fully arrived before it started.
	const wave = new Map<Entry, number>();
	for (const e of [...network].sort((a, b) => a.start - b.start)) {
		const before = network.filter((q) => q !== e && wave.has(q) && q.end <= e.start + 1);
		wave.set(e, 1 + Math.max(0, ...before.map((q) => wave.get(q)!)));
	}
	const critical = network.filter((e) => e.type === 'navigation' || e.blocking);
	const scripts = (entries as Entry[]).filter((e) => e.type === 'script' || /\.m?js(?:\?|$)/.test(e.name));
	return {
		path,
		lcpMs: Math.round(perf.lcp),
		lcpElement: perf.lcpElement,
		fcpMs: Math.round(perf.fcp),
		roundTripsBeforeText: (handshake ? HANDSHAKE_ROUND_TRIPS : 0) + Math.max(0, ...critical.map((e) => wave.get(e)!)),
		waves: Math.max(0, ...network.map((e) => wave.get(e)!)),
		requests: network.length,
		cached: entries.length - network.length,
		scriptsDoneMs: Math.round(Math.max(0, ...scripts.map((e) => e.end))),
		bytes: network.reduce((n, e) => n + e.transfer, 0),
		htmlBytes: (entries as Entry[])[0]!.transfer,
	};
}

/** A first visit to `first`, then each of `next` in the same browser (warm cache), on the slow link. */
export async function lessonsOnSlowLink(browser: Browser, base: string, first: string, next: string[]): Promise<PageOnLink[]> {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	try {
		await context.addInitScript(OBSERVE);
		const page = await context.newPage();
		const link = await slowLink(page, { handshake: true });
		await page.goto(base + first, { waitUntil: 'load' });
		const out = [await measure(page, first, true)];
		await link.settled();
		for (const path of next) {
			await page.goto(base + path, { waitUntil: 'load' });
			out.push(await measure(page, path, false));
		}
		return out;
	} finally {
		await context.close();
	}
}

/** Lesson pages in dist/ (Indonesian), sorted; leaves out the redirect pages of renamed lessons. */
export function lessonPaths(dist: string, prefix = ''): string[] {
	const dir = join(dist, prefix, 'belajar');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
		.map((d) => d.name)
		.sort()
		.filter((slug) => !/http-equiv="refresh"/i.test(readFileSync(join(dir, slug, 'index.html'), 'utf8').slice(0, 2000)))
		.map((slug) => `${prefix}/belajar/${slug}/`);
}

/** `count` lessons spread evenly over the list, without `except`. */
export function spread(paths: string[], count: number, except: string[]): string[] {
	const rest = paths.filter((p) => !except.includes(p));
	if (rest.length <= count) return rest;
	return Array.from({ length: count }, (_, i) => rest[Math.floor(((i + 0.5) * rest.length) / count)]!);
}

export interface HtmlSizes {
	pages: number;
	raw: { median: number; min: number; max: number };
	brotli: { median: number; min: number; max: number };
	/** Inline `<style>` bytes per page (raw). */
	inlineStyle: { median: number; max: number };
}

const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return { median: s[Math.floor(s.length / 2)] ?? 0, min: s[0] ?? 0, max: s.at(-1) ?? 0 };
};

/** The lessons' HTML as built: what every lesson page costs before any cached file. */
export function lessonHtmlSizes(dist: string, paths: string[]): HtmlSizes {
	const raw: number[] = [];
	const br: number[] = [];
	const style: number[] = [];
	for (const p of paths) {
		const html = readFileSync(join(dist, p, 'index.html'));
		raw.push(html.length);
		br.push(brotliCompressSync(html).length);
		style.push([...html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0));
	}
	const st = stats(style);
	return { pages: paths.length, raw: stats(raw), brotli: stats(br), inlineStyle: { median: st.median, max: st.max } };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const LINK_LABEL = `${LEARNER_LINK.rttMs} ms round trips, ${LEARNER_LINK.kbps} kbit/s, TCP+TLS handshake on the first visit`;
