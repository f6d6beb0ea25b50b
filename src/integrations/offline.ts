/**
 * Offline use, after the build (before build-report, which measures and
 * hashes the final HTML): app manifests and icons, the measured "save this
 * path" manifests, and the Workbox service worker. See src/data/offline-build.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildServiceWorker, fillSaveManifests, writeAppManifests } from '../data/offline-build.ts';

export default function offline(): AstroIntegration {
	let root = '';
	return {
		name: 'naik-kelas:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const started = Date.now();
				const files = await writeAppManifests(dist, root);
				const filled = fillSaveManifests(dist);
				const sw = await buildServiceWorker(dist, root);
				logger.info(
					`${files.length} manifest/icon files, ${filled} "save this path" boxes measured, sw.js ${Math.round(sw.bytes / 1024)} KB (${sw.precached} offline pages precached, ${sw.warmed} shell files) in ${Date.now() - started} ms`,
				);
			},
		},
	};
}
