/**
 * Long paths in parts: a path page lists at most PATH_STEPS_PER_PAGE steps, so
 * the page stays the same size however large the curriculum grows (a stage
 * path lists every lesson of its stage: about 1,000 at 5,000 lessons, 70 KB
 * brotli in one page). Part 1 is the path's own address (`/jalur/<id>/`), part
 * n is `/jalur/<id>/<n>/`; every part links to every other, so each lesson is
 * reachable with plain links. A path within the limit is one page, as before. Pure.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';

/** Steps per path page: about 5 KB brotli of steps, and more than any path of today's curriculum has. */
export const PATH_STEPS_PER_PAGE = 50;

export interface PathPart {
	/** 1-based. */
	n: number;
	/** Index of the part's first step in the path (0-based). */
	from: number;
	/** Index after the part's last step. */
	to: number;
	href: string;
}

/** The address of part `n` of a path. */
export const pathPartUrl = (lang: Lang, pathId: string, n: number) => (n === 1 ? urls.path(lang, pathId) : `${urls.path(lang, pathId)}${n}/`);

/** The parts of a path of `steps` steps (one part, the path's own page, when it fits). */
export function pathParts(lang: Lang, pathId: string, steps: number, perPage = PATH_STEPS_PER_PAGE): PathPart[] {
	const count = Math.max(1, Math.ceil(steps / perPage));
	return Array.from({ length: count }, (_, i) => ({ n: i + 1, from: i * perPage, to: Math.min(steps, (i + 1) * perPage), href: pathPartUrl(lang, pathId, i + 1) }));
}
