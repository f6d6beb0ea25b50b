/**
 * The lessons the custom-path picker (`/jalur/susun/`, CustomPath.astro) offers,
 * grouped by stage in each stage path's order. Up to PICKER_INLINE_MAX lessons
 * in a language the page lists them all; above that the page would grow with
 * every lesson (about 60 bytes brotli each, 2 MB of raw HTML at 5,000 lessons),
 * so each stage shows its count, a link to its stage path (which works without
 * JavaScript) and a button that loads the stage's list from
 * `/jalur/susun/<stage>.json` (pickerStageUrl). The JSON files are built at
 * every size, so the page and its tests use the same data either way. Pure.
 */
import { STAGES, type Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';

/**
 * Lessons in a language up to which the picker lists them in the page: about
 * 9 KB brotli of list on top of a 12 KB page, so the page stays within 20 KB.
 */
export const PICKER_INLINE_MAX = 150;

/** One lesson as the picker shows it (and as the stage JSON files carry it). */
export interface PickerLesson {
	id: string;
	title: string;
	minutes: number;
	href: string;
}

export interface PickerStage {
	stage: (typeof STAGES)[number];
	/** The stage's path page, when there is one: every lesson of the stage, reachable without JavaScript. */
	pathHref?: string;
	lessons: PickerLesson[];
}

interface LessonLike {
	slug: string;
	lessonId: string;
	data: { stage: string; title: string; durationMinutes: number };
}

interface PathLike {
	id: string;
	kind: 'stage' | 'persona';
	stage?: string;
	lessons: string[];
}

/** Every lesson of a language by stage (stages in curriculum order, empty ones left out), each in its stage path's order. */
export function pickerStages(lang: Lang, lessons: Iterable<LessonLike>, paths: readonly PathLike[]): PickerStage[] {
	const all = [...lessons];
	return STAGES.map((stage) => {
		const path = paths.find((p) => p.kind === 'stage' && p.stage === stage);
		const rank = new Map((path?.lessons ?? []).map((id, i) => [id, i]));
		const last = rank.size;
		const items = all
			.filter((l) => l.data.stage === stage)
			.sort((a, b) => (rank.get(a.lessonId) ?? last) - (rank.get(b.lessonId) ?? last))
			.map((l) => ({ id: l.lessonId, title: l.data.title, minutes: l.data.durationMinutes, href: urls.lesson(lang, l.slug) }));
		return { stage, ...(path ? { pathHref: urls.path(lang, path.id) } : {}), lessons: items };
	}).filter((g) => g.lessons.length > 0);
}

/** Whether the picker lists a language's lessons in the page (true) or loads each stage's on demand. */
export const pickerInline = (lessonCount: number) => lessonCount <= PICKER_INLINE_MAX;

/** The JSON list of one stage's lessons for the picker: `/jalur/susun/<stage>.json`, `/en/jalur/susun/<stage>.json`. */
export const pickerStageUrl = (lang: Lang, stage: string) => `${urls.customPath(lang)}${stage}.json`;
