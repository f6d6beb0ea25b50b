/**
 * Kept custom paths as rows beside the catalogue's paths (Belajarku, "Continue"), and pointing a lesson's path
 * bar at one of them before it opens. Browser-side; the rules are in kept-paths.ts.
 */
import { rememberCustomPath } from './custom-path-memory.ts';
import { customPathQuery } from './custom-path.ts';
import type { KeptState } from './kept-paths.ts';

export interface CustomRow {
	id: string;
	kind: 'custom';
	title: string;
	url: string;
	lessons: string[];
	started: string;
}

/** Her custom paths, with only the lessons this release (and language) has; `base` is the custom path page. */
export function customRows(kept: KeptState, lessons: Record<string, unknown>, base: string, defaultTitle: string): CustomRow[] {
	return kept.custom
		.map((p) => {
			const known = p.lessons.filter((id) => Object.hasOwn(lessons, id));
			return { id: p.id, kind: 'custom' as const, title: p.title || defaultTitle, url: `${base}${customPathQuery(p.lessons, p.title)}`, lessons: known, started: p.started };
		})
		.filter((p) => p.lessons.length > 0);
}

/** Before a lesson of a custom path opens (`?jalur=susun`), make it the path its bar shows. */
export function rememberKept(path: { id: string; title: string; url: string; lessons: readonly string[] }, lessons: Record<string, { title: string; url: string }>): void {
	rememberCustomPath({ id: path.id, href: path.url, title: path.title, lessons: path.lessons.filter((id) => Object.hasOwn(lessons, id)).map((id) => ({ id, title: lessons[id]!.title, href: lessons[id]!.url })) });
}
