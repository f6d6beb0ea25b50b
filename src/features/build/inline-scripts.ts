/** CSP hashes ('sha256-…') of the inline scripts in an HTML page. */
import { createHash } from 'node:crypto';
import { scanElements, type ScannedElement } from '../../core/html/scan.ts';

/** JSON data islands are not executed and need no hash. */
const DATA = new Set(['application/json', 'application/ld+json']);

/** Takes the page's HTML, or its elements when they were scanned already. */
export function inlineScriptHashes(page: string | ScannedElement[]): string[] {
	const hashes = new Set<string>();
	for (const script of typeof page === 'string' ? scanElements(page) : page) {
		if (script.tagName !== 'script' || script.attrs.src !== undefined) continue;
		if (DATA.has(script.attrs.type ?? '')) continue;
		if (!script.text) continue;
		hashes.add(`sha256-${createHash('sha256').update(script.text, 'utf8').digest('base64')}`);
	}
	return [...hashes];
}
