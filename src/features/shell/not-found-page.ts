/**
 * The root language's not-found page at a real address. Starlight builds it as `/404.html` (hosts serve that at
 * any missing URL) and names `/404/` as its address: its canonical link, and the target of the language switch on
 * the English not-found page (`/en/404/`, a content page). Astro cannot build both from one route, so after the
 * build `/404/index.html` is a copy of `/404.html`: switching language from `/en/404/` lands on a page, not on
 * another 404. It is `noindex` and out of the sitemap like `/en/404/`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Copy `404.html` to `404/index.html` in `dist` (once; a page already there is left alone). Returns whether it copied. */
export function mirrorNotFoundPage(dist: string): boolean {
	const from = join(dist, '404.html');
	const to = join(dist, '404', 'index.html');
	if (!existsSync(from) || existsSync(to)) return false;
	mkdirSync(join(dist, '404'), { recursive: true });
	copyFileSync(from, to);
	return true;
}
