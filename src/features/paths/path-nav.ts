/**
 * Where a lesson sits in the learning paths: which paths contain it, and the
 * previous/next lesson in each. One lesson can be in several paths.
 */
export interface PathLike {
	id: string;
	lessons: string[];
}
export interface PathPosition<P extends PathLike> {
	path: P;
	index: number;
	total: number;
	previous?: string;
	next?: string;
}

/** lessonId → its place in each path, built once per paths array: every lesson page asks, so no scan per page. */
const positionIndex = new WeakMap<object, Map<string, { path: PathLike; index: number }[]>>();

export function positionsOf<P extends PathLike>(paths: P[], lessonId: string): PathPosition<P>[] {
	let index = positionIndex.get(paths);
	if (!index) {
		index = new Map();
		for (const path of paths) {
			path.lessons.forEach((id, i) => {
				const list = index!.get(id) ?? [];
				// The first occurrence in a path counts (as indexOf would).
				if (!list.some((p) => p.path === path)) list.push({ path, index: i });
				index!.set(id, list);
			});
		}
		positionIndex.set(paths, index);
	}
	return (index.get(lessonId) ?? []).map(({ path, index: i }) => ({
		path: path as P,
		index: i,
		total: path.lessons.length,
		previous: path.lessons[i - 1],
		next: path.lessons[i + 1],
	}));
}

/** Total minutes of a list of lessons; unknown ids count as zero. */
export function totalMinutes(lessonIds: string[], minutesById: Map<string, number>): number {
	return lessonIds.reduce((sum, id) => sum + (minutesById.get(id) ?? 0), 0);
}

export interface ProgramLike {
	id: string;
	lessons: string[];
	topics: string[];
	platforms: string[];
}
/**
 * Programs that teach a lesson: those that list it first, then those covering
 * the same topic and platform family. At most `limit`.
 */
export function programsForLesson<P extends ProgramLike>(programs: P[], lesson: { lessonId: string; topics: string[]; platforms: string[] }, limit = 4): P[] {
	const direct = programs.filter((p) => p.lessons.includes(lesson.lessonId));
	const related = programs.filter(
		(p) =>
			!direct.includes(p) &&
			p.topics.some((t) => lesson.topics.includes(t)) &&
			(lesson.platforms.length === 0 || p.platforms.some((pl) => lesson.platforms.includes(pl))),
	);
	return [...direct, ...related].slice(0, limit);
}

export interface PathProgress {
	/** Lessons of the path marked done. */
	done: number;
	total: number;
	/** Index of the lesson to open next: the first one not done (or -1 when all are done). */
	nextIndex: number;
	/** Minutes of the lessons not done yet. */
	remainingMinutes: number;
	complete: boolean;
}

/** How far a learner is along a path; `isDone` reads their progress. */
export function pathProgress(lessonIds: readonly string[], isDone: (id: string) => boolean, minutesById: ReadonlyMap<string, number>): PathProgress {
	const done = lessonIds.filter(isDone).length;
	const nextIndex = lessonIds.findIndex((id) => !isDone(id));
	const remainingMinutes = lessonIds.filter((id) => !isDone(id)).reduce((sum, id) => sum + (minutesById.get(id) ?? 0), 0);
	return { done, total: lessonIds.length, nextIndex, remainingMinutes, complete: lessonIds.length > 0 && done === lessonIds.length };
}

export interface ProgramWithStages extends ProgramLike {
	stages: string[];
	status?: string;
}
/**
 * Programs that could take a learner further after a path: those that list the
 * path's lessons (most shared lessons first), then those covering the path's
 * stage (for a persona path: the stages of its lessons). Ended programs are left out.
 */
export function programsForPath<P extends ProgramWithStages>(programs: readonly P[], path: { lessons: readonly string[]; stage?: string }, stageOf: ReadonlyMap<string, string>, limit = 5): P[] {
	const stages = path.stage ? [path.stage] : [...new Set(path.lessons.map((id) => stageOf.get(id)).filter((s): s is string => Boolean(s)))];
	return programs
		.filter((p) => p.status !== 'ended')
		.map((p, i) => ({
			p,
			i,
			overlap: p.lessons.filter((id) => path.lessons.includes(id)).length,
			stageHits: p.stages.filter((s) => stages.includes(s)).length,
		}))
		.filter((x) => x.overlap > 0 || x.stageHits > 0)
		.sort((a, b) => b.overlap - a.overlap || b.stageHits - a.stageHits || a.i - b.i)
		.slice(0, limit)
		.map((x) => x.p);
}
