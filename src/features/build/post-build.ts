/**
 * Everything that runs over the built site, in one pass: the HTML files are
 * listed and read once (src/features/build/dist-site.ts) and each step gets them in
 * turn, in this order:
 * 1. search index: Pagefind (Starlight's, listed before this integration) made
 *    an index for each site language and no other;
 * 2. trainer kits: the workshop zips in /unduh/ and their sizes on the plan pages;
 * 3. LMS packages: a SCORM 1.2 zip per lesson and per path in /unduh/scorm/,
 *    their sizes into the API files and the pages that link to them;
 * 4. offline: the "save this path" manifests and the service worker;
 * 5. build report, because it measures and hashes the final HTML: page
 *    sizes into the lesson headers, CSP hashes into _headers;
 * 6. quality gates, on the pages as shipped: a broken internal link or anchor, a
 *    missing file or an image without alt text fails the build (site-gates.ts);
 *    they check each page as the report's pass tokenizes it, and report at the end.
 * Before them, /404.html is copied to /404/ and /en/404/ to /en/404.html (src/features/shell/not-found-page.ts).
 * Social preview images, web manifests and icons are routes (src/pages/og,
 * src/pages/[...lang]/manifest.webmanifest.ts, src/pages/icons).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readDist } from './dist-site.ts';
import { checkSearchIndex, setSearchChunkSize } from '../search/search-index.ts';
import { writeTrainerKits } from '../trainer/trainer-kit.ts';
import { writeLmsPackages } from '../lms/scorm.ts';
import { writeOffline } from '../offline/offline-step.ts';
import { writeBuildReport } from './build-report.ts';
import { enforceSiteGates, siteGateChecker } from './site-gates.ts';
import { SITE_URL } from '../../core/site.ts';
import { mirrorNotFoundPage } from '../shell/not-found-page.ts';

export default function postBuild(): AstroIntegration {
	let root = '';
	return {
		name: 'naik-kelas:post-build',
		hooks: {
			'astro:config:setup': () => setSearchChunkSize(),
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const times: string[] = [];
				// Peak memory so far (maxRSS, KB): before the pass it is what rendering the pages took; after each step, whether that step raised it.
				const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
				const peakBefore = peakMb();
				const timed = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
					const t = Date.now();
					const result = await step();
					times.push(`${name} ${Date.now() - t} ms`);
					return result;
				};
				const dist = fileURLToPath(dir);
				checkSearchIndex(dist, logger);
				// Before the site is read, so every later step (sizes, hashes, link checks) sees it.
				const notFound = mirrorNotFoundPage(dist);
				if (notFound.length) logger.info(`not-found pages also at ${notFound.join(', ')} (the language switch of /en/404/; hosts that serve the nearest 404.html)`);
				const site = await timed('read', () => readDist(dist));
				const kits = await timed('kits', () => writeTrainerKits(site, root));
				logger.info(`${kits} offline kits in /unduh/`);
				const lms = await timed('scorm', () => writeLmsPackages(site, root));
				const bytes = [...lms.sizes.values()];
				logger.info(`${bytes.length} SCORM packages in /unduh/scorm/ (${Math.round(bytes.reduce((a, b) => a + b, 0) / 1024)} KB; inlining ${lms.inlineMs} ms, zipping ${lms.zipMs} ms)`);
				logger.info(await timed('offline', () => writeOffline(site, root)));
				// The report's pass over the final pages feeds the gates too: each page is read and tokenized once.
				const gates = siteGateChecker(site, SITE_URL);
				for (const line of await timed('report+gates', () => writeBuildReport(site, gates.page))) logger.info(line);
				logger.info(await timed('gates', () => enforceSiteGates(site, SITE_URL, gates)));
				logger.info(`post-build pass over ${site.pages.length} pages in ${Date.now() - started} ms (${times.join(', ')}); peak memory ${peakBefore} MB before the pass, ${peakMb()} MB after`);
			},
		},
	};
}
