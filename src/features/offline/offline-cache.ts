/**
 * The offline contract shared by the service worker (src/features/offline/sw.ts), the page
 * scripts (save a path, list saved pages, update notice) and the build
 * (src/features/offline/offline-step.ts). Pure: no DOM, no Cache API, no Node.
 *
 * Caching rules, by URL:
 * - pages (HTML): stale-while-revalidate, so a page opens at once from the
 *   phone and is refreshed in the background when there is signal;
 * - `/_astro/*` (CSS, JS, images: file names carry a content hash): cache first;
 * - Pagefind's hashed index, fragment and meta files: cache first; its
 *   unhashed entry files (pagefind.js, pagefind-entry.json, wasm): network
 *   first with a short timeout, so a new release's index is picked up online.
 */
import { LANGS, langOf, langOfPath, langPrefix } from '../../core/locales.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';

/** Cache names carry a version: bump it when the shape of what we store changes. */
export const CACHES = {
	pages: 'nk-pages-v1',
	assets: 'nk-assets-v1',
	search: 'nk-search-v1',
} as const;

/**
 * Written by <SavePathOffline> into its HTML; after the build, the offline
 * integration replaces it with the path's SaveManifest (sizes are only known then).
 */
export const SAVE_MANIFEST_MARKER = '__NK_SAVE_MANIFEST__';

/**
 * Written where saving for offline is offered (the saved pages list, "save this
 * path"); after the build, the offline step writes what offline set-up downloads
 * once in that page's language (the worker, the offline page and its files) over it.
 */
export const OFFLINE_SETUP_MARKER = '__NK_OFFLINE_SETUP__';

/**
 * Set by "save this path" on its downloads: the service worker lets these go
 * to the network untouched, so "update what is saved" really fetches this
 * release's pages instead of getting the stored copy back.
 */
export const SAVE_HEADER = 'x-nk-save';

export type RouteKind = 'page' | 'asset' | 'search-hashed' | 'search-fresh' | 'none';

/** Pagefind files whose names change with their content. */
const PAGEFIND_HASHED = /^\/pagefind\/(?:index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter|fragment\/[^/]+\.pf_fragment|pagefind\.[^/]+\.pf_meta)$/;

/** The search dialog's word list (src/pages/[...lang]/search-words.json.ts), one per language. */
const SEARCH_WORDS_FILE = /^(?:\/[a-z]{2})?\/search-words\.json$/;
/**
 * Belajarku's data files: one lesson's review questions (src/pages/[...lang]/belajarku/ulang/[lessonId].json.ts),
 * the lesson cards (belajarku/pelajaran/<n>.json) and long paths' lesson lists (belajarku/jalur/<pathId>.json)
 * that Belajarku, Kelas saya and the other pages that show a device's lessons load instead of carrying them.
 */
const REVIEW_FILE = /^(?:\/[a-z]{2})?\/belajarku\/(?:ulang\/[a-z0-9-]+|pelajaran\/\d+|jalur\/[a-z0-9-]+)\.json$/;

/** How the service worker treats a same-origin GET request for `pathname`. */
export function routeKind(pathname: string, mode?: string): RouteKind {
	if (pathname.startsWith('/_astro/')) return 'asset';
	// Kept like Pagefind's own entry files, so offline search still understands chat words and slang.
	if (SEARCH_WORDS_FILE.test(pathname)) return 'search-fresh';
	if (pathname.startsWith('/pagefind/')) return PAGEFIND_HASHED.test(pathname) ? 'search-hashed' : 'search-fresh';
	// Belajarku's data files: kept like a page (stale-while-revalidate) so review and her lesson lists work offline.
	if (REVIEW_FILE.test(pathname)) return 'page';
	// The JSON API, sitemaps, social preview images, headers files: never needed offline.
	if (/^\/(?:api|og)\//.test(pathname) || /\.(?:xml|json|txt|webmanifest|png|svg|ico|conf)$/.test(pathname) || pathname.startsWith('/_')) return 'none';
	if (mode === 'navigate' || pathname.endsWith('/') || pathname.endsWith('.html')) return 'page';
	return 'none';
}

/**
 * The key a response is stored under: without query and fragment, so that a
 * lesson opened from a path (`?jalur=…`) and Pagefind's cache-busting
 * `pagefind-entry.json?ts=…` find the one stored copy.
 */
export function cacheKey(url: string): string {
	const u = new URL(url);
	u.search = '';
	u.hash = '';
	if (u.pathname.endsWith('/index.html')) u.pathname = u.pathname.slice(0, -'index.html'.length);
	return u.href;
}

/**
 * The CSS and JS a page needs to show as it should: same-origin `/_astro/` files
 * of its `<link rel="stylesheet">`, `<link rel="modulepreload">` and `<script src>`.
 * The service worker stores a page only together with these (see sw.ts): after a
 * release, a page refreshed in the background would otherwise be stored without
 * its new stylesheet and show unstyled offline. A worker has no DOM and parse5
 * would add more to sw.js than the whole worker, so this reads start tags with a
 * pattern; our own build writes these tags, in one well-known shape.
 */
export function pageAssets(html: string, pageUrl: string): string[] {
	const origin = new URL(pageUrl).origin;
	const found = new Set<string>();
	const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
	// Script bodies and comments are not tags, whatever they contain.
	const tags = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1');
	for (const [tag, name] of tags.matchAll(/<(link|script)\b[^>]*>/gi)) {
		let ref: string | undefined;
		if (name!.toLowerCase() === 'link') {
			const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
			if (rel.includes('stylesheet') || rel.includes('modulepreload')) ref = attr(tag, 'href');
		} else ref = attr(tag, 'src');
		if (!ref) continue;
		const url = new URL(ref.replaceAll('&amp;', '&'), pageUrl);
		if (url.origin === origin && routeKind(url.pathname) === 'asset') found.add(url.href);
	}
	return [...found];
}

/** The offline page in the language of the page that could not be opened. */
export function offlinePageFor(pathname: string): string {
	return `${langPrefix(langOfPath(pathname))}/offline/`;
}

/**
 * The offline pages the worker keeps live in a cache of their own, named after
 * their release (`nk-offline-<hash of both pages>`): a release that changes them
 * fills a new cache while the old worker still serves from the old one, and
 * the old one is deleted once the new worker takes over. Saved pages, files and
 * search (CACHES) are never touched by a release.
 */
export const OFFLINE_CACHE_PREFIX = 'nk-offline-';
/** Caches of the workers before offline pages were kept per language (Workbox's precache): their languages carry over. */
export const OLD_PRECACHE_PREFIX = 'workbox-precache';

/**
 * The languages whose offline page the worker keeps: every language the phone
 * had one for (from the URLs stored in earlier offline caches), and the
 * language of each open page. Only the language the learner reads is
 * downloaded; a language she switches to is added when she opens a page in it.
 */
export function offlineLangs(storedUrls: Iterable<string>, clientUrls: Iterable<string>): Lang[] {
	const found = new Set<Lang>();
	for (const url of storedUrls) {
		const path = new URL(url).pathname;
		if (path === offlinePageFor(path)) found.add(langOfPath(path));
	}
	for (const url of clientUrls) found.add(langOfPath(new URL(url).pathname));
	return LANGS.filter((lang) => found.has(lang));
}


import type { Candidate } from '../../core/html/page-files.ts';

export type { Candidate };

/**
 * The candidate a phone downloads: the first supported type (sources come in
 * preference order), then the smallest width that covers the screen at its
 * pixel density (content is at most 720 CSS px wide), else the largest.
 */
export function pickCandidate(group: Candidate[], opts: { cssWidth: number; dpr: number; supports: (type: string) => boolean }): Candidate | undefined {
	const types = [...new Set(group.map((c) => c.type))];
	const type = types.find((t) => t === '' || opts.supports(t)) ?? types.at(-1);
	const ofType = group.filter((c) => c.type === type);
	const need = Math.min(opts.cssWidth, 720) * opts.dpr;
	const sized = ofType.filter((c) => c.w > 0).sort((a, b) => a.w - b.w);
	if (!sized.length) return ofType[0];
	return sized.find((c) => c.w >= need) ?? sized.at(-1);
}

/** Sizes of files, from the build: [transfer bytes (brotli for text), bytes stored in the cache]. */
export type SizeTable = Record<string, [transfer: number, stored: number]>;

/** What "save this path" downloads: pages, the files they use, and optionally the search index. */
export interface SaveManifest {
	pages: string[];
	/** Files every device fetches (page HTML, CSS, JS, plain images). */
	files: string[];
	/** Responsive images: one candidate per group, chosen on the device. */
	choices: Candidate[][];
	/** Search for offline use: Pagefind's files for this language and the pages' fragments. */
	search: string[];
	sizes: SizeTable;
}

export interface DownloadPlan {
	urls: string[];
	/** Bytes over the network. */
	transfer: number;
	/** Bytes the phone stores. */
	stored: number;
}

/** The files still to download, given what is cached already; each file counted once. */
export function planDownload(
	manifest: SaveManifest,
	opts: { withSearch: boolean; cached: ReadonlySet<string>; pick: (group: Candidate[]) => Candidate | undefined },
): DownloadPlan {
	const wanted = new Set<string>([...manifest.files]);
	for (const group of manifest.choices) {
		const c = opts.pick(group);
		if (c) wanted.add(c.url);
	}
	if (opts.withSearch) for (const url of manifest.search) wanted.add(url);
	const urls = [...wanted].filter((u) => !opts.cached.has(u));
	let transfer = 0;
	let stored = 0;
	for (const u of urls) {
		const [t, s] = manifest.sizes[u] ?? [0, 0];
		transfer += t;
		stored += s;
	}
	return { urls, transfer, stored };
}

/** Which cache a saved file goes to (the same the service worker reads from). */
export function cacheFor(pathname: string): string {
	const kind = routeKind(pathname);
	if (kind === 'asset') return CACHES.assets;
	if (kind === 'search-hashed' || kind === 'search-fresh') return CACHES.search;
	return CACHES.pages;
}

export type QuotaVerdict = { ok: true } | { ok: false; free: number };

/**
 * Is there room for `needed` more bytes? Browsers report an estimate; keep a
 * margin (the estimate is rough, and other sites share the phone). Unknown
 * quota (older browsers): try, and handle a QuotaExceededError instead.
 */
export function quotaCheck(estimate: { usage?: number; quota?: number } | undefined, needed: number): QuotaVerdict {
	if (!estimate?.quota) return { ok: true };
	const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
	return free >= needed * 1.5 + 1024 * 1024 ? { ok: true } : { ok: false, free };
}

/** The `<title>` of a cached page, without the site name, for the list of saved pages. */
export function titleOf(html: string): string {
	const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	return raw
		.replace(/\s*\|\s*Naik Kelas\s*$/, '')
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.trim();
}

/** Text of the search result that stands in for a page that is not saved (from src/core/i18n/ui.ts, set at build time). */
export type NotSavedText = Record<Lang, { title: string; text: string }>;

/**
 * Offline search over saved pages: Pagefind finds every matching page in the
 * saved index, but only saved pages have their result text (fragment) on the
 * phone. For the others the service worker answers with this stand-in, so the
 * result list still shows (saved pages as usual, the others as "not saved",
 * linking to the list of saved pages) instead of failing as a whole.
 * Pagefind reads a fragment as "pagefind_dcd" + JSON, gzipped or not.
 */
export function notSavedFragment(pathname: string, text: NotSavedText): string | undefined {
	const m = /^\/pagefind\/fragment\/(?:([a-z]{2,3})(?:-[A-Za-z]+)?_)?[^/]+\.pf_fragment$/.exec(pathname);
	if (!m) return undefined;
	const lang: Lang = langOf(m[1]);
	const t = text[lang];
	const fragment = {
		url: offlinePageFor(`${langPrefix(lang)}/`),
		content: t.text,
		word_count: t.text.split(/\s+/).length,
		filters: {},
		meta: { title: t.title },
		anchors: [],
	};
	return `pagefind_dcd${JSON.stringify(fragment)}`;
}

