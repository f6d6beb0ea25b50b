/**
 * After the build: measure what each page costs a learner on first visit
 * (HTML + the CSS and JS it loads, brotli as a CDN serves it) and write that
 * number into the lesson header in place of the marker.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { measureDist } from '../data/measure-dist.ts';

export default function buildReport(): AstroIntegration {
	return {
		name: 'naik-kelas:build-report',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const report = measureDist(fileURLToPath(dir), { fillMarkers: true });
				logger.info(`${report.pages} pages measured; largest first visit ${Math.round(report.maxBytes / 1024)} KB (${report.maxPage})`);
			},
		},
	};
}
