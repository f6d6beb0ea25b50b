/**
 * The before/after check of a workshop plan: a few of its lessons' own self-check questions, the same for the
 * start and the end of the session, so the class view can compare them question by question. Pure.
 */
export interface CheckQuestion {
	lesson: string;
	/** Index of the question in the lesson's self-check (what a receipt records). */
	index: number;
}

/** Up to `max` questions: each lesson's first question in the plan's order, then each one's second, and so on. */
export function checkQuestions(lessons: { lessonId: string; questions: number }[], max = 8): CheckQuestion[] {
	const out: CheckQuestion[] = [];
	const most = Math.max(0, ...lessons.map((l) => l.questions));
	for (let index = 0; index < most && out.length < max; index++) {
		for (const l of lessons) {
			if (out.length >= max) break;
			if (index < l.questions) out.push({ lesson: l.lessonId, index });
		}
	}
	return out;
}
