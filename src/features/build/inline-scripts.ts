/** CSP hashes ('sha256-…') of the inline scripts in an HTML page. */
import { createHash } from 'node:crypto';
import { allElements, attrOf, parsePage, type Root } from '../../core/html/html.ts';

/** JSON data islands are not executed and need no hash. */
const DATA = new Set(['application/json', 'application/ld+json']);

export function inlineScriptHashes(page: string | Root): string[] {
	const hashes = new Set<string>();
	for (const script of allElements(typeof page === 'string' ? parsePage(page) : page)) {
		if (script.tagName !== 'script' || script.properties.src !== undefined) continue;
		if (DATA.has(attrOf(script, 'type') ?? '')) continue;
		const code = script.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
		if (!code) continue;
		hashes.add(`sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`);
	}
	return [...hashes];
}
