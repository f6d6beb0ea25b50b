/**
 * The not-found pages at the addresses both kinds of host look for.
 * - Starlight builds the root language's page as `/404.html` (hosts serve that at any missing URL) and names
 *   `/404/` as its address: its canonical link, and the target of the language switch on the English not-found
 *   page (`/en/404/`, a content page). Astro cannot build both from one route, so after the build
 *   `/404/index.html` is a copy of `/404.html`: switching language from `/en/404/` lands on a page, not on
 *   another 404.
 * - The English page is built as `/en/404/index.html`; static hosts that serve the nearest `404.html` up the
 *   missing path (Cloudflare Pages) look for `/en/404.html`, so it is copied there too. nginx picks it by
 *   address itself (deploy/nginx/naik-kelas.conf).
 * Both copies are `noindex` and out of the sitemap like their originals.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Each copy: from a built page to the address hosts also look for. */
const COPIES: readonly (readonly [from: string, to: string])[] = [
	['404.html', '404/index.html'],
	['en/404/index.html', 'en/404.html'],
];

/** Make the copies in `dist` (once; a page already there is left alone). Returns the addresses it wrote. */
export function mirrorNotFoundPage(dist: string): string[] {
	const wrote: string[] = [];
	for (const [from, to] of COPIES) {
		if (!existsSync(join(dist, from)) || existsSync(join(dist, to))) continue;
		mkdirSync(dirname(join(dist, to)), { recursive: true });
		copyFileSync(join(dist, from), join(dist, to));
		wrote.push(`/${to}`);
	}
	return wrote;
}
