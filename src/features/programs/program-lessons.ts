/**
 * Which lessons a program page links to, so links run both ways: the lessons
 * the program's data names, plus every lesson whose "programs that teach this"
 * box (`programsForLesson`) lists the program. They are split along the stage
 * ladder: lessons from stages before the program's first stage prepare for it,
 * the rest go with it and follow it up.
 */
import { programsForLesson, type ProgramLike } from '../paths/path-nav.ts';

export interface LessonRef {
	lessonId: string;
	stage: string;
	topics: string[];
	platforms: string[];
}

export interface ProgramLessons {
	/** Lessons from earlier stages than any the program covers. */
	prepare: string[];
	/** Lessons at or after the program's first stage; all of them when its stages are not known. */
	follow: string[];
}

export function programLessons<P extends ProgramLike & { stages: readonly string[] }>(
	program: P,
	allPrograms: readonly P[],
	lessons: readonly LessonRef[],
	stageOrder: readonly string[],
): ProgramLessons {
	const byId = new Map(lessons.map((l) => [l.lessonId, l]));
	const linked = new Set(program.lessons.filter((id) => byId.has(id)));
	for (const l of lessons) if (programsForLesson(allPrograms as P[], l).includes(program)) linked.add(l.lessonId);
	const rank = (id: string) => stageOrder.indexOf(byId.get(id)!.stage);
	// Stage order first; within a stage, the program's own list order, then the rest as the lessons come.
	const position = (id: string) => {
		const i = program.lessons.indexOf(id);
		return i === -1 ? program.lessons.length + lessons.findIndex((l) => l.lessonId === id) : i;
	};
	const ordered = [...linked].sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
	const starts = program.stages.length ? Math.min(...program.stages.map((s) => stageOrder.indexOf(s))) : -1;
	return {
		prepare: starts === -1 ? [] : ordered.filter((id) => rank(id) < starts),
		follow: starts === -1 ? ordered : ordered.filter((id) => rank(id) >= starts),
	};
}

/**
 * Lessons a program page lists in one group at most. The lessons whose "programs that teach this" box names a
 * program grow with the curriculum (75 on one page at 300 lessons); the page lists these many, the program's own
 * lessons first, and says how many more there are on the stage paths its stage ladder links to.
 */
export const PROGRAM_LESSONS_MAX = 20;

/** At most `max` of `ids` (the program's own lessons first, then the others as ordered), in their order; `more`: how many were left out. */
export function cappedLessons(ids: readonly string[], own: readonly string[], max = PROGRAM_LESSONS_MAX): { shown: string[]; more: number } {
	if (ids.length <= max) return { shown: [...ids], more: 0 };
	const mine = new Set(own);
	const keep = new Set([...ids.filter((id) => mine.has(id)), ...ids.filter((id) => !mine.has(id))].slice(0, max));
	return { shown: ids.filter((id) => keep.has(id)), more: ids.length - keep.size };
}
