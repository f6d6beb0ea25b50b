/** CSP hashes ('sha256-…') of the inline scripts in an HTML page. */
import { createHash } from 'node:crypto';

export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = m[1] ?? '';
		// JSON data islands are not executed and need no hash.
		if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
		if (!m[2]) continue;
		hashes.add(`sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}`);
	}
	return [...hashes];
}
