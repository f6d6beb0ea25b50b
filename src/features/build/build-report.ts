/**
 * Last step after the build: measure what a page that shows its size costs a
 * learner on first visit (HTML + the CSS and JS it loads, brotli as a CDN
 * serves it), write that number into the lesson header in place of the marker, then write the security
 * headers with the hashes of the inline scripts. Each page's scanned elements go on to `onPage` (the quality gates),
 * so the pass tokenizes a page once. Runs in src/features/build/post-build.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureDist } from './measure-dist.ts';
import type { DistSite } from './dist-site.ts';
import type { ScannedElement } from '../../core/html/scan.ts';
import { headersFile, nginxHeaders } from './security-headers.ts';

export function writeBuildReport(site: DistSite, onPage?: (file: string, elements: ScannedElement[]) => void): string[] {
	// Hashes are taken from the final HTML: nothing edits a page after its size is filled in.
	const report = measureDist(site, { fillMarkers: true, onPage });
	const hashes = [...report.inlineScriptHashes].sort();
	writeFileSync(join(site.dir, '_headers'), headersFile(hashes));
	writeFileSync(join(site.dir, '_nginx-headers.conf'), nginxHeaders(hashes));
	writeFileSync(join(site.dir, '_nginx-headers-embed.conf'), nginxHeaders(hashes, { embed: true }));
	return [`security headers written (${hashes.length} inline script hashes)`, `${report.measured} of ${report.pages} pages show their size, measured; largest first visit among them ${Math.round(report.maxBytes / 1024)} KB (${report.maxPage})`];
}
