/**
 * After the build: write the security headers with the inline-script hashes, and measure what each page costs a learner on first visit
 * (HTML + the CSS and JS it loads, brotli as a CDN serves it) and write that
 * number into the lesson header in place of the marker.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureDist, listHtml } from '../data/measure-dist.ts';
import { inlineScriptHashes } from '../lib/inline-scripts.ts';
import { headersFile, nginxHeaders } from '../config/security-headers.ts';

export default function buildReport(): AstroIntegration {
	return {
		name: 'naik-kelas:build-report',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const report = measureDist(dist, { fillMarkers: true });
				// Hash after the size numbers are filled in: nothing edits the HTML later.
				const hashes = new Set<string>();
				for (const file of listHtml(dist)) for (const h of inlineScriptHashes(readFileSync(file, 'utf8'))) hashes.add(h);
				writeFileSync(join(dist, '_headers'), headersFile([...hashes].sort()));
				writeFileSync(join(dist, '_nginx-headers.conf'), nginxHeaders([...hashes].sort()));
				logger.info(`security headers written (${hashes.size} inline script hashes)`);
				logger.info(`${report.pages} pages measured; largest first visit ${Math.round(report.maxBytes / 1024)} KB (${report.maxPage})`);
			},
		},
	};
}
