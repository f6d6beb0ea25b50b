/**
 * Offline, the search dialog marks each result that is saved on this phone
 * ("tersimpan"), so the learner sees which pages will open without signal.
 * Hooked into src/features/search/search-ui.ts with one call on its result
 * list; it watches the list for results, so it does not depend on how the
 * search renders them. The label comes from the offline notice on the page
 * (OfflineNotice.astro, `data-saved-badge`), in the page's language.
 */

const BADGE = 'nk-saved-badge';

/**
 * Is this result's page stored on the phone (the cache the service worker opens pages from)?
 * The cache rules load only offline: online, the search downloads nothing more for this. Offline they come
 * from the phone (the worker keeps them on install: the offline page's script uses them too).
 */
async function isSaved(href: string): Promise<boolean> {
	const { CACHES, cacheKey, offlinePageFor } = await import('./offline-cache.ts');
	const url = new URL(href, location.href);
	// The offline page stands in for results that are not saved: never marked as saved.
	if (url.origin !== location.origin || url.pathname === offlinePageFor(url.pathname)) return false;
	return (await caches.match(cacheKey(url.href), { cacheName: CACHES.pages })) !== undefined;
}

export function markSavedResults(list: HTMLElement): void {
	const label = document.querySelector<HTMLElement>('nk-offline-notice')?.dataset.savedBadge;
	if (!label || !('caches' in window)) return;
	const mark = async (link: HTMLAnchorElement) => {
		if (navigator.onLine || !(await isSaved(link.href).catch(() => false)) || link.querySelector(`.${BADGE}`)) return;
		const badge = Object.assign(document.createElement('span'), { className: BADGE, textContent: label });
		link.append(' ', badge);
	};
	new MutationObserver((records) => {
		for (const record of records)
			for (const node of record.addedNodes)
				if (node instanceof Element) for (const link of node.matches('a[href]') ? [node] : node.querySelectorAll('a[href]')) void mark(link as HTMLAnchorElement);
	}).observe(list, { childList: true, subtree: true });
}
