/**
 * The service worker, built with Workbox by src/features/offline/offline-step.ts into
 * dist/sw.js (bundled with esbuild, precache list injected by workbox-build).
 * The rules (which URL goes to which cache, how) live in src/features/offline/offline-cache.ts
 * so the page scripts that save a path use exactly the same caches and keys.
 *
 * It never updates itself behind the learner's back: a new release waits until
 * the learner taps "reload" in the notice (src/features/offline/OfflineNotice.astro).
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { CACHES, SAVE_HEADER, cacheKey, notSavedFragment, offlinePageFor, pageAssets, routeKind, type NotSavedText, type RouteKind } from './offline-cache.ts';

/** The parts of ServiceWorkerGlobalScope used here (the project's TypeScript uses the DOM library, not the worker one). */
interface ExtendableEvent extends Event {
	waitUntil(p: Promise<unknown>): void;
}
declare const self: {
	__WB_MANIFEST: Array<{ url: string; revision: string | null }>;
	location: Location;
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
};
/** CSS and JS of the offline page, set at build time: warmed into the assets cache on install. */
declare const __NK_SHELL_ASSETS__: string[];
/** The "not saved" search result text in both languages, set at build time from src/core/i18n/ui.ts. */
declare const __NK_NOT_SAVED__: NotSavedText;

// The offline pages (one per language), revisioned: each release replaces them.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
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
			const got = await Promise.all(
				files.map(async (url) => {
					// Wait for the file to be in the cache too, not only for its response.
					const [res, stored] = assets.handleAll({ event: event as never, request: new Request(url) });
					const r = await res;
					await stored;
					return r.status === 200 && (await caches.match(url, { cacheName: CACHES.assets })) !== undefined;
				}),
			);
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

// Offline and not stored: the stored copy under any key variant, else the offline page in the page's language;
// for search, a "not saved" stand-in result (see notSavedFragment).
setCatchHandler(async ({ request, url }) => {
	if (request.mode === 'navigate' || request.destination === 'document') {
		const stored = await caches.match(cacheKey(request.url), { ignoreSearch: true });
		if (stored) return stored;
		const fallback = await matchPrecache(offlinePageFor(url.pathname));
		if (fallback) return fallback;
	}
	const standIn = url.origin === self.location.origin ? notSavedFragment(url.pathname, __NK_NOT_SAVED__) : undefined;
	if (standIn) return new Response(standIn, { headers: { 'content-type': 'application/octet-stream' } });
	return Response.error();
});

self.addEventListener('install', (event) => {
	// Warm the CSS and JS the offline page needs, through the same strategy (so they expire like the rest).
	event.waitUntil(Promise.all(__NK_SHELL_ASSETS__.map((url) => assets.handleAll({ event: event as never, request: new Request(url) })[1])));
});

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
