/**
 * Messages between the pages and the service worker, apart from
 * src/features/offline/offline-cache.ts so that the script on every page
 * (OfflineNotice.astro) does not load the cache rules it does not need.
 */

/** From a page, after its first idle moment: keep the offline page of this language (`{ type, lang }`). */
export const KEEP_OFFLINE_PAGE = 'NK_KEEP_OFFLINE_PAGE';
