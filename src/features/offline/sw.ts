/**
 * The service worker, bundled with esbuild by src/features/offline/offline-build.ts into
 * dist/sw.js (the offline pages' names, release and files are set at build time).
 * The rules (which URL goes to which cache, how) live in src/features/offline/offline-cache.ts
 * so the page scripts that save a path use exactly the same caches and keys.
 *
 * It never updates itself behind the learner's back: a new release waits until
 * the learner taps "reload" in the notice (src/features/offline/OfflineNotice.astro).
 * It is registered after the page's first idle moment, and on install keeps only
 * the offline page of the language the learner reads (see offlineLangs).
 */
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import {
	CACHES,
	OFFLINE_CACHE_PREFIX,
	OLD_PRECACHE_PREFIX,
	SAVE_HEADER,
	cacheKey,
	notSavedFragment,
	offlineLangs,
	offlinePageFor,
	pageAssets,
	routeKind,
	type NotSavedText,
	type RouteKind,
} from './offline-cache.ts';
import { KEEP_OFFLINE_PAGE } from './offline-messages.ts';
import { LANGS, langOf, type Lang } from '../../core/locales.ts';

/** The parts of ServiceWorkerGlobalScope used here (the project's TypeScript uses the DOM library, not the worker one). */
interface ExtendableEvent extends Event {
	waitUntil(p: Promise<unknown>): void;
}
declare const self: {
	location: Location;
	clients: { matchAll(o: { includeUncontrolled: boolean; type: 'window' }): Promise<Array<{ url: string }>> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent & ExtendableEvent) => void): void;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
};
/**
 * Per language, set at build time: the offline page and the CSS and JS it loads.
 * The cache they go to is named after this release's offline pages (__NK_OFFLINE_CACHE__).
 */
declare const __NK_OFFLINE__: Record<Lang, { page: string; files: string[] }>;
declare const __NK_OFFLINE_CACHE__: string;
/** The "not saved" search result text in both languages, set at build time from src/core/i18n/ui.ts. */
declare const __NK_NOT_SAVED__: NotSavedText;

// The first visit's worker takes the open page at once so images that load later are cached too.
// Later releases wait for the learner (see the message listener).
clientsClaim();

/** One stored copy per page, whatever its query (e.g. `?jalur=…`) or fragment. */
const oneKey: WorkboxPlugin = { cacheKeyWillBeUsed: async ({ request }) => cacheKey(request.url) };
/** Store only complete, successful responses (no 404 page under a lesson's URL). */
const onlyOk: WorkboxPlugin = { cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) };

const is = (kind: RouteKind) => ({ url, request }: { url: URL; request: Request }) =>
	url.origin === self.location.origin && request.method === 'GET' && !request.headers.has(SAVE_HEADER) && routeKind(url.pathname, request.mode) === kind;

// Hashed files never change: cache first. Old releases' files age out by count, least recently used first.
const assets = new CacheFirst({ cacheName: CACHES.assets, plugins: [onlyOk, new ExpirationPlugin({ maxEntries: 600 })] });

/** Fetch `url` into the assets cache (through the same strategy, so it expires like the rest); true once it is stored. */
async function keepAsset(url: string, event: ExtendableEvent): Promise<boolean> {
	const [res, stored] = assets.handleAll({ event: event as never, request: new Request(url) });
	const r = await res;
	await stored;
	return r.status === 200 && (await caches.match(url, { cacheName: CACHES.assets })) !== undefined;
}

/**
 * A page is stored only together with the CSS and JS it links, or not at all
 * (the copy already stored stays). After a release, the background refresh
 * brings HTML that names new hashed files the phone has never fetched: stored
 * alone, that page would open unstyled offline.
 */
const withItsFiles: WorkboxPlugin = {
	cacheWillUpdate: async ({ request, response, event }) => {
		if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
		const files = pageAssets(await response.clone().text(), request.url);
		try {
			const got = await Promise.all(files.map((url) => keepAsset(url, event as ExtendableEvent)));
			return got.every(Boolean) ? response : null;
		} catch {
			return null;
		}
	},
};

// Pages: open from the phone at once; refresh in the background when there is signal.
registerRoute(is('page'), new StaleWhileRevalidate({ cacheName: CACHES.pages, plugins: [oneKey, onlyOk, withItsFiles] }));
registerRoute(is('asset'), assets);
registerRoute(is('search-hashed'), new CacheFirst({ cacheName: CACHES.search, plugins: [onlyOk, new ExpirationPlugin({ maxEntries: 2000 })] }));
// Pagefind's entry files change with each release: network first, the stored copy when offline or slow.
registerRoute(is('search-fresh'), new NetworkFirst({ cacheName: CACHES.search, networkTimeoutSeconds: 4, plugins: [oneKey, onlyOk] }));

/** Keep one language's offline page (and first its files) in this release's offline cache; nothing to do if it is there. */
async function keepOfflinePage(lang: Lang, event: ExtendableEvent): Promise<void> {
	const { page, files } = __NK_OFFLINE__[lang];
	const cache = await caches.open(__NK_OFFLINE_CACHE__);
	if (await cache.match(page)) return;
	const got = await Promise.all(files.map((url) => keepAsset(url, event)));
	if (!got.every(Boolean)) throw new Error(`offline page ${page}: its files could not be stored`);
	const response = await fetch(page, { cache: 'no-cache' });
	if (response.status !== 200) throw new Error(`offline page ${page}: ${response.status}`);
	await cache.put(page, response);
}

/** Names of earlier releases' offline caches, and the offline-page URLs stored in them. */
async function earlierOfflineCaches(): Promise<{ names: string[]; urls: string[] }> {
	const names = (await caches.keys()).filter((n) => n !== __NK_OFFLINE_CACHE__ && (n.startsWith(OFFLINE_CACHE_PREFIX) || n.startsWith(OLD_PRECACHE_PREFIX)));
	const urls: string[] = [];
	for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
	return { names, urls };
}

/** The languages to keep: those kept before (a release keeps them), and those of the open pages. */
async function wantedLangs(): Promise<Lang[]> {
	const { urls } = await earlierOfflineCaches();
	const clients = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
	return offlineLangs(urls, clients.map((c) => c.url));
}

self.addEventListener('install', (event) => {
	event.waitUntil(wantedLangs().then((langs) => Promise.all(langs.map((lang) => keepOfflinePage(lang, event)))));
});

self.addEventListener('activate', (event) => {
	// Earlier releases' offline caches go once this release has every language they had (a language added
	// while this worker waited included); saved pages, files and search stay.
	event.waitUntil(
		(async () => {
			const { names } = await earlierOfflineCaches();
			const kept = await Promise.allSettled((await wantedLangs()).map((lang) => keepOfflinePage(lang, event)));
			if (kept.every((k) => k.status === 'fulfilled')) await Promise.all(names.map((name) => caches.delete(name)));
		})(),
	);
});

// Offline and not stored: the stored copy under any key variant, else the offline page in the page's language
// (or, if the phone has only the other language's, that one); for search, a "not saved" stand-in result.
setCatchHandler(async ({ request, url }) => {
	if (request.mode === 'navigate' || request.destination === 'document') {
		const stored = await caches.match(cacheKey(request.url), { ignoreSearch: true });
		if (stored) return stored;
		// This release's cache first; an earlier release's copy (kept while this one could not be fetched) after it.
		for (const page of [offlinePageFor(url.pathname), ...LANGS.map((lang) => __NK_OFFLINE__[lang].page)]) {
			const fallback = (await caches.match(page, { cacheName: __NK_OFFLINE_CACHE__ })) ?? (await caches.match(page, { ignoreSearch: true }));
			if (fallback) return fallback;
		}
	}
	const standIn = url.origin === self.location.origin ? notSavedFragment(url.pathname, __NK_NOT_SAVED__) : undefined;
	if (standIn) return new Response(standIn, { headers: { 'content-type': 'application/octet-stream' } });
	return Response.error();
});

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
	// A page in a language whose offline page the phone does not have yet (the learner switched language).
	if (event.data?.type === KEEP_OFFLINE_PAGE) event.waitUntil(keepOfflinePage(langOf(event.data.lang), event).catch(() => undefined));
});
