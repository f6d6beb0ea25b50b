/**
 * "Lanjut belajar" / "Continue": the next unfinished lesson of the path she
 * last worked in. The same order lists her paths in Belajarku and picks its
 * "next lesson" box, the home page's box and `/lanjut/`, so all three agree.
 * Her own paths (custom paths kept on the device, paths/kept-paths.ts) take part
 * like the catalogue's: a row with `started` set is one of them.
 */
import { isDone, lessonOf, pathStarted, type ProgressState } from './progress.ts';
import type { KeptState } from '../paths/kept-paths.ts';
import type { LastPath } from '../paths/custom-path-memory.ts';

export interface ContinuePath {
	id: string;
	kind: string;
	lessons: readonly string[];
	/** Set for her own (custom) paths: the day she first opened it. Catalogue paths are started in progress.paths. */
	started?: string;
}

export interface ContinueTarget {
	pathId: string;
	lessonId: string;
}

export interface PathActivity<P extends ContinuePath> {
	p: P;
	done: number;
	complete: boolean;
	started?: string;
	/** The last day she worked in it (started it, finished or answered one of its lessons); the time, for the path she last opened a lesson from. */
	last: string;
}

/** Has the learner any progress on this device (a lesson done, ticked or answered, a path started, or a path of her own kept)? */
export const hasProgress = (state: ProgressState, kept?: KeptState): boolean => Object.keys(state.lessons).length > 0 || Object.keys(state.paths).length > 0 || (kept?.custom.length ?? 0) > 0;

/** The day of a lesson's last recorded activity (done, or its self-check answered), '' when none. */
function lessonDay(state: ProgressState, id: string): string {
	const l = lessonOf(state, id);
	const days = [l?.done, l?.quiz?.at].filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 10));
	return days.sort().at(-1) ?? '';
}

/**
 * Her paths in the order she should see them: unfinished first, then the one she last worked in.
 *
 * Why "last worked in" and not "started most recently" (the rule before her own paths took part): she follows more
 * than one path at a time (a stage path, a persona path, a path she built), and the one she opened last is not
 * always the one she is busy with; the lesson she finished yesterday says where she is. Progress keeps days, so two
 * paths worked in on the same day tie (a lesson in two paths counts for both): there the path she last opened a
 * lesson from (`lastPath`, kept with its time, paths/custom-path-memory.ts) wins, as its time sorts after the bare day. Left
 * tied (no such record, e.g. after an import on a new phone): a path she chose (opened from a path page, or built)
 * before a stage path merely touched, then the one chosen most recently (her own path, built after she started the
 * stage path, is the more specific choice), then the one furthest along.
 */
export function pathsByActivity<P extends ContinuePath>(state: ProgressState, paths: readonly P[], lastPath?: LastPath): PathActivity<P>[] {
	return paths
		.map((p) => {
			const done = p.lessons.filter((id) => isDone(state, id)).length;
			const started = p.started ?? pathStarted(state, p.id);
			const days = [started ?? '', ...p.lessons.map((id) => lessonDay(state, id))].map((d) => d.slice(0, 10));
			if (lastPath?.path === p.id) days.push(lastPath.at);
			return { p, done, started, last: days.sort().at(-1)!, complete: done === p.lessons.length };
		})
		.filter((x) => x.p.lessons.length > 0 && (x.started || (x.p.kind === 'stage' && x.done > 0)))
		.sort(
			(a, b) =>
				Number(a.complete) - Number(b.complete) ||
				b.last.localeCompare(a.last) ||
				Number(Boolean(b.started)) - Number(Boolean(a.started)) ||
				(b.started ?? '').localeCompare(a.started ?? '') ||
				b.done / b.p.lessons.length - a.done / a.p.lessons.length,
		);
}

/** The path she last worked in and its next lesson; null when there is none (nothing started, or all finished). */
export function continueTarget(state: ProgressState, paths: readonly ContinuePath[], lastPath?: LastPath): ContinueTarget | null {
	const current = pathsByActivity(state, paths, lastPath).find((r) => !r.complete);
	if (!current) return null;
	const lessonId = current.p.lessons.find((id) => !isDone(state, id))!;
	return { pathId: current.p.id, lessonId };
}
