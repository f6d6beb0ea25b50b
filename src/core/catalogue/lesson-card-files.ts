/**
 * Build side of the lesson cards (src/core/catalogue/lesson-cards.ts): a language's lessons as card files, and
 * the source a page hands its script. Pure.
 */
import { urls } from '../urls.ts';
import type { Lang, Stage } from '../schemas/vocabulary.ts';
import { cardFileCount, cardFiles, type CardFile, type CardSource } from './lesson-cards.ts';

interface LessonLike {
	slug: string;
	lessonId: string;
	data: { title: string; durationMinutes: number; stage: Stage; selfCheck: { question: string }[] };
}

/** Where a language's card files are and how many there are (the same count the route builds). */
export const lessonCardSource = (lang: Lang, lessonCount: number): CardSource => ({ base: urls.lessonCards(lang), files: cardFileCount(lessonCount) });

/** A language's lessons, in catalogue order, as card files (index = file number). */
export function lessonCardFiles(lang: Lang, lessons: Iterable<LessonLike>, source: CardSource): CardFile[] {
	return cardFiles(
		[...lessons].map((l, o) => [l.lessonId, { t: l.data.title, u: urls.lesson(lang, l.slug), m: l.data.durationMinutes, s: l.data.stage, n: l.data.selfCheck.length, o }]),
		source.files,
	);
}
