import { describe, expect, it } from 'vitest';
import { CACHE_RULES, headersFile, nginxHeaders } from './security-headers.ts';

/**
 * `_headers` as Netlify and Cloudflare Pages read it: a path line, then indented `Name: value` lines.
 * `! Name` detaches the value an earlier matching rule set (Cloudflare Pages): the rule then sets it alone.
 */
function rules(file: string): { path: string; headers: Map<string, string>; detached: Set<string> }[] {
	const out: { path: string; headers: Map<string, string>; detached: Set<string> }[] = [];
	for (const line of file.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) out.push({ path: line.trim(), headers: new Map(), detached: new Set() });
		else if (line.trim().startsWith('!')) out.at(-1)!.detached.add(line.trim().slice(1).trim().toLowerCase());
		else {
			const [name, ...value] = line.trim().split(':');
			out.at(-1)!.headers.set(name!.toLowerCase(), value.join(':').trim());
		}
	}
	return out;
}
/** Can one URL match both patterns? (`*` at the end matches any rest, as the hosts' splats do.) */
const overlap = (a: string, b: string) => {
	const pa = a.replace(/\*$/, '');
	const pb = b.replace(/\*$/, '');
	return pa.startsWith(pb) || pb.startsWith(pa);
};

describe('_headers', () => {
	it('never sets one header twice for a URL (hosts join the values of every matching rule)', () => {
		const list = rules(headersFile(['sha256-abc']));
		expect(list.length).toBeGreaterThan(1);
		for (const [i, a] of list.entries()) {
			for (const b of list.slice(i + 1)) {
				if (!overlap(a.path, b.path)) continue;
				const both = [...a.headers.keys()].filter((k) => b.headers.has(k) && !b.detached.has(k));
				expect(both, `${a.path} and ${b.path}`).toEqual([]);
			}
		}
		// The check itself: a catch-all Cache-Control rule would be caught.
		expect(overlap('/*', '/_astro/*')).toBe(true);
		expect(overlap('/api/*', '/_astro/*')).toBe(false);
	});

	it('gives hashed assets exactly one Cache-Control, and HSTS everywhere', () => {
		const list = rules(headersFile([]));
		const matching = list.filter((r) => overlap(r.path, '/_astro/app.abc123.css') || r.path === '/*');
		expect(matching.flatMap((r) => (r.headers.has('cache-control') ? [r.headers.get('cache-control')] : []))).toEqual(['public, max-age=31536000, immutable']);
		expect(list.find((r) => r.path === '/*')!.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
		expect(CACHE_RULES.map((r) => r.path)).not.toContain('/*');
	});
});

describe('nginx include', () => {
	it('takes HSTS from the server block so a plain-HTTP intranet can turn it off', () => {
		expect(nginxHeaders([])).toContain('add_header Strict-Transport-Security $nk_hsts always;');
	});
});
