/**
 * How long a lesson takes a learner on her own: reading the learner's text at a slow reader's pace, plus the
 * do-now step. The content rule `lesson-duration-adds-up` holds `durationMinutes` to it.
 */
import type { LessonFrontmatter } from '../../core/schemas/lesson.ts';

/** Words a minute of a slow, careful reader on a phone (adult silent reading is about 200; we plan for less). */
export const READING_WORDS_PER_MINUTE = 150;
/** How far `durationMinutes` may exceed reading + do-now (pauses, looking things up, the self-check feedback). */
export const DURATION_SLACK_MINUTES = 4;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The text a learner reads in the MDX body: trainer notes, imports, tags and attribute values left out. */
export function learnerBodyText(body: string): string {
	return body
		.replace(/<TrainerNote\b[\s\S]*?<\/TrainerNote>/g, ' ')
		.replace(/^import .*$/gm, ' ')
		.replace(/<[^>]*>/g, ' ');
}

/** Words the learner reads: the body plus objectives, practice and self-check questions with their options. */
export function learnerWords(data: Pick<LessonFrontmatter, 'objectives' | 'practice' | 'selfCheck'>, body: string): number {
	const { practice } = data;
	const questionWords = data.selfCheck.reduce((n, q) => n + words(q.question) + q.options.reduce((m, o) => m + words(o.text), 0), 0);
	return (
		words(learnerBodyText(body)) +
		data.objectives.reduce((n, o) => n + words(o), 0) +
		words(practice.task) +
		(practice.doNow ? words(practice.doNow.task) + words(practice.doNow.result) : 0) +
		practice.checklist.reduce((n, c) => n + words(c), 0) +
		questionWords
	);
}

export const readingMinutes = (wordCount: number) => Math.ceil(wordCount / READING_WORDS_PER_MINUTE);

/** Minutes of every `<TrainerNote minutes={N}>` in a lesson body: the lesson's time in a workshop. */
export function trainerNoteMinutes(body: string): number {
	return [...body.matchAll(/<TrainerNote\b[^>]*\bminutes=\{(\d+)\}/g)].reduce((n, m) => n + Number(m[1]), 0);
}
