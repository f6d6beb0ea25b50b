/**
 * "Lanjut belajar" / "Continue": the next unfinished lesson of the path in
 * progress, the same rule Belajarku's "next lesson" box uses: paths the learner
 * started (newest first) and stage paths with a lesson done, unfinished ones
 * first, then the furthest along.
 */
import { isDone, pathStarted, type ProgressState } from './progress.ts';

export interface ContinuePath {
	id: string;
	kind: string;
	lessons: readonly string[];
}

export interface ContinueTarget {
	pathId: string;
	lessonId: string;
}

/** Has the learner any progress on this device (a lesson done, ticked or answered, or a path started)? */
export const hasProgress = (state: ProgressState): boolean => Object.keys(state.lessons).length > 0 || Object.keys(state.paths).length > 0;

/** The path worked on most recently and its next lesson; null when there is none (nothing started, or all finished). */
export function continueTarget(state: ProgressState, paths: readonly ContinuePath[]): ContinueTarget | null {
	const rows = paths
		.map((p) => {
			const done = p.lessons.filter((id) => isDone(state, id)).length;
			return { p, done, started: pathStarted(state, p.id), complete: done === p.lessons.length };
		})
		.filter((x) => x.p.lessons.length > 0 && (x.started || (x.p.kind === 'stage' && x.done > 0)))
		.sort((a, b) => Number(a.complete) - Number(b.complete) || (b.started ?? '').localeCompare(a.started ?? '') || b.done / b.p.lessons.length - a.done / a.p.lessons.length);
	const current = rows.find((r) => !r.complete);
	if (!current) return null;
	const lessonId = current.p.lessons.find((id) => !isDone(state, id))!;
	return { pathId: current.p.id, lessonId };
}
