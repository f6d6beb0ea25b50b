/**
 * The trainer's "slides and handouts of every lesson", one stage at a time and in parts of MATERIALS_PER_PAGE
 * lessons (`/pelatih/bahan/<stage>/`, `/pelatih/bahan/<stage>/<n>/`), so neither the trainer page, which links to
 * each stage's first part, nor any part grows with the curriculum (the trainer page listed every lesson with five
 * links each: 17.4 KB brotli at 378 lessons). Every part links to every other: all lessons are reachable with
 * plain links. Pure.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';

/** Lessons per part: the 50 of a path page's part (src/features/paths/path-parts.ts). */
export const MATERIALS_PER_PAGE = 50;

export interface MaterialsPart {
	/** 1-based. */
	n: number;
	/** Index of the part's first lesson in the stage (0-based). */
	from: number;
	/** Index after its last lesson. */
	to: number;
	href: string;
}

/** The parts of a stage's materials, for a stage with `lessons` lessons (at least one part). */
export function materialsParts(lang: Lang, stage: string, lessons: number, perPage = MATERIALS_PER_PAGE): MaterialsPart[] {
	const count = Math.max(1, Math.ceil(lessons / perPage));
	return Array.from({ length: count }, (_, i) => ({ n: i + 1, from: i * perPage, to: Math.min(lessons, (i + 1) * perPage), href: urls.stageMaterials(lang, stage, i + 1) }));
}
