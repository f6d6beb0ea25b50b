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

export function positionsOf<P extends PathLike>(paths: P[], lessonId: string): PathPosition<P>[] {
	return paths
		.map((path) => ({ path, index: path.lessons.indexOf(lessonId) }))
		.filter((p) => p.index !== -1)
		.map(({ path, index }) => ({
			path,
			index,
			total: path.lessons.length,
			previous: path.lessons[index - 1],
			next: path.lessons[index + 1],
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
