/**
 * Cache Storage access for the page scripts (save a path, list saved pages).
 * Writes to the same caches, under the same keys, as the service worker
 * (rules in src/features/offline/offline-cache.ts), so a saved page opens offline whether
 * or not the worker was running when it was saved.
 */
import { CACHES, SAVE_HEADER, cacheFor, cacheKey, titleOf, type Candidate } from './offline-cache.ts';

export const offlineSupported = () => 'caches' in window && 'serviceWorker' in navigator && window.isSecureContext;

const abs = (url: string) => new URL(url, location.origin).href;

/** The URLs among `urls` that are stored already. */
export async function cachedSet(urls: Iterable<string>): Promise<Set<string>> {
	const out = new Set<string>();
	await Promise.all(
		[...new Set(urls)].map(async (url) => {
			const cache = await caches.open(cacheFor(new URL(abs(url)).pathname));
			if (await cache.match(cacheKey(abs(url)))) out.add(url);
		}),
	);
	return out;
}

export type SaveResult = { saved: number; failed: string[]; full: boolean };

const isQuotaError = (e: unknown) => e instanceof DOMException && e.name === 'QuotaExceededError';

/**
 * Download and store `urls`, a few at a time (a phone on 3G does better with
 * a small queue than with 50 parallel requests). Stops at the first full-storage error.
 */
export async function saveFiles(urls: string[], onProgress: (done: number) => void, concurrency = 3): Promise<SaveResult> {
	const queue = [...urls];
	const result: SaveResult = { saved: 0, failed: [], full: false };
	let done = 0;
	const worker = async () => {
		while (queue.length && !result.full) {
			const url = queue.shift()!;
			try {
				// Straight from the network (the worker lets these through), so an update gets this release's files.
				const response = await fetch(url, { credentials: 'same-origin', headers: { [SAVE_HEADER]: '1' } });
				if (!response.ok) throw new Error(`${response.status}`);
				const cache = await caches.open(cacheFor(new URL(abs(url)).pathname));
				await cache.put(cacheKey(abs(url)), response);
				result.saved++;
			} catch (e) {
				if (isQuotaError(e)) result.full = true;
				else result.failed.push(url);
			}
			onProgress(++done);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return result;
}

export interface SavedPage {
	url: string;
	path: string;
	title: string;
}

/** Every page stored in the pages cache, with its title read from the stored HTML. */
export async function listSavedPages(): Promise<SavedPage[]> {
	const cache = await caches.open(CACHES.pages);
	const pages: SavedPage[] = [];
	for (const request of await cache.keys()) {
		const url = new URL(request.url);
		if (url.origin !== location.origin || !url.pathname.endsWith('/')) continue;
		const response = await cache.match(request);
		const title = response ? titleOf(await response.text()) : '';
		pages.push({ url: request.url, path: url.pathname, title: title || url.pathname });
	}
	return pages.sort((a, b) => a.title.localeCompare(b.title));
}

export async function removeSavedPage(url: string): Promise<void> {
	await (await caches.open(CACHES.pages)).delete(url);
}

/** The browser's own pick between image types: a tiny AVIF either decodes or not. */
const AVIF_1PX =
	'data:image/avif;base64,AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAAA+gABAAAAAAAAAB0AAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABhdjAxAAAAAA5waXRtAAAAAAABAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAEAAAABAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAlbWRhdBIACgc4AAaQENBpMhAZQmMEwAA0AACQQMkcYIpq';

export async function imageSupport(): Promise<(type: string) => boolean> {
	const avif = await new Promise<boolean>((resolve) => {
		const img = new Image();
		img.onload = () => resolve(img.width > 0);
		img.onerror = () => resolve(false);
		img.src = AVIF_1PX;
	});
	return (type: string) => type === '' || type === 'image/webp' || type === 'image/jpeg' || type === 'image/png' || (type === 'image/avif' && avif);
}

/** Screen facts for choosing responsive image candidates like the browser would. */
export const screenFacts = (supports: (type: string) => boolean) => ({
	cssWidth: document.documentElement.clientWidth || innerWidth,
	dpr: devicePixelRatio || 1,
	supports,
});

export type { Candidate };
