/**
 * Offline use, after the build (before the build report, which measures and
 * hashes the final HTML): the measured "save this path" manifests and the
 * service worker. See src/features/offline/offline-build.ts. Runs in src/features/build/post-build.ts.
 */
import { buildServiceWorker, fillSaveManifests, fillSetupCost, setupCost } from './offline-build.ts';
import { OFFLINE_SETUP_MARKER, SAVE_MANIFEST_MARKER } from './offline-cache.ts';
import type { DistSite } from '../build/dist-site.ts';

export async function writeOffline(site: DistSite, root: string): Promise<string> {
	// One read of every page finds the few that carry a marker; only those are read again and edited.
	const marked = site.pagesWith([SAVE_MANIFEST_MARKER, OFFLINE_SETUP_MARKER]);
	const filled = fillSaveManifests(site, marked.get(SAVE_MANIFEST_MARKER));
	// Measured with a first worker; the set-up cost written into the offline pages changes them, so the worker
	// is built again to name the offline cache after the pages as shipped (same size: the name is a fixed-length hash).
	const cost = setupCost(site, (await buildServiceWorker(site, root)).shell);
	const shown = fillSetupCost(site, cost, marked.get(OFFLINE_SETUP_MARKER));
	const sw = await buildServiceWorker(site, root);
	const perLang = Object.entries(cost).map(([lang, bytes]) => `${lang} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
	return `${filled} "save this path" boxes measured, sw.js ${Math.round(sw.bytes / 1024)} KB, offline set-up ${perLang} (shown on ${shown} pages), cache ${sw.cache}`;
}
