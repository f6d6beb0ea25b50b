/**
 * Offline use, after the build (before the build report, which measures and
 * hashes the final HTML): the measured "save this path" manifests and the
 * Workbox service worker. See src/features/offline/offline-build.ts. Runs in src/features/build/post-build.ts.
 */
import { buildServiceWorker, fillSaveManifests } from './offline-build.ts';
import type { DistSite } from '../build/dist-site.ts';

export async function writeOffline(site: DistSite, root: string): Promise<string> {
	const filled = fillSaveManifests(site);
	const sw = await buildServiceWorker(site, root);
	return `${filled} "save this path" boxes measured, sw.js ${Math.round(sw.bytes / 1024)} KB (${sw.precached} offline pages precached, ${sw.warmed} shell files)`;
}
