/**
 * Where "Continue" leads, in the browser: the home page's box (Continue.astro) and `/lanjut/` (ContinuePage.astro)
 * read the same data and must land on the same lesson. The rule is continue.ts; this adds her own paths kept on the
 * device and the address: a catalogue path's lesson opens with `?jalur=<id>`, a lesson of a path she built with
 * `?jalur=susun`, after that path is made the one the lesson's path bar shows.
 */
import { CUSTOM_PATH_ID } from '../paths/custom-path.ts';
import type { KeptState } from '../paths/kept-paths.ts';
import { customRows, rememberKept } from '../paths/kept-paths-view.ts';
import { recallLastPath } from '../paths/custom-path-memory.ts';
import { continueTarget, type ContinuePath } from './continue.ts';
import type { ProgressState } from './progress.ts';

/** What the page carries: the catalogue's paths, the title and address of each lesson in a path (every lesson is in its stage path). */
export interface ContinueData {
	paths: (ContinuePath & { title: string })[];
	lessons: Record<string, [title: string, url: string]>;
	/** The custom path page, and the title of a custom path that has none. */
	customPathUrl: string;
	customDefault: string;
}

export interface ContinueLink {
	href: string;
	lessonTitle: string;
	pathTitle: string;
	/** Call just before following the link (points the path bar at her own path). */
	beforeOpen(): void;
}

/** The next lesson of the path she last worked in, or null when there is nothing to continue. */
export function continueLink(data: ContinueData, state: ProgressState, kept: KeptState): ContinueLink | null {
	const lessons = Object.fromEntries(Object.entries(data.lessons).map(([id, [title, url]]) => [id, { title, url }]));
	const paths = [...data.paths.map((p) => ({ ...p, url: '' })), ...customRows(kept, lessons, data.customPathUrl, data.customDefault)];
	const target = continueTarget(state, paths, recallLastPath());
	if (!target || !Object.hasOwn(lessons, target.lessonId)) return null;
	const path = paths.find((p) => p.id === target.pathId)!;
	const custom = path.kind === 'custom';
	return {
		href: `${lessons[target.lessonId]!.url}?jalur=${encodeURIComponent(custom ? CUSTOM_PATH_ID : path.id)}`,
		lessonTitle: lessons[target.lessonId]!.title,
		pathTitle: path.title,
		beforeOpen: () => custom && rememberKept(path, lessons),
	};
}
