/**
 * What goes into a learner's receipt, from what her phone keeps: finished lessons (progress), first tries
 * (first attempts), the business-book entries she ticked and, when she ticks it, her first and latest kept placement
 * result (then / now). Pure, so the choice is tested apart from the page.
 */
import type { Book } from '../business-book/book.ts';
import type { AttemptsState } from '../progress/first-attempts.ts';
import { isDone, type ProgressState } from '../progress/progress.ts';
import type { PlacementState } from '../placement/placement-record.ts';
import type { LessonResult, Receipt } from './receipt.ts';

export interface ReceiptChoice {
	name?: string;
	program?: string;
	/** Lessons and first tries (on by default). */
	lessons: boolean;
	/** Ids of the business-book entries she ticked (none by default). */
	doNow: string[];
	made: string;
	/** Her first and latest placement results (off by default). */
	placement?: boolean;
}

export function receiptFrom(progress: ProgressState, attempts: AttemptsState, book: Book, choice: ReceiptChoice, placement?: PlacementState): Omit<Receipt, 'format'> {
	const lessons: LessonResult[] = [];
	if (choice.lessons) {
		const ids = [...new Set([...Object.keys(progress.lessons), ...Object.keys(attempts.lessons)])].sort();
		for (const lesson of ids) {
			const first = Object.hasOwn(attempts.lessons, lesson) ? attempts.lessons[lesson]!.first : {};
			const firstTry = Object.fromEntries(Object.entries(first).map(([q, a]) => [q, a.ok]));
			const finished = isDone(progress, lesson);
			if (finished || Object.keys(firstTry).length) lessons.push({ lesson, finished, firstTry });
		}
	}
	const chosen = new Set(choice.doNow);
	const doNow = book.entries.filter((e) => chosen.has(e.id) && e.lesson).map((e) => ({ lesson: e.lesson!, key: e.key, text: e.text }));
	const out: Omit<Receipt, 'format'> = { made: choice.made, lessons, doNow };
	if (choice.name?.trim()) out.name = choice.name.trim();
	if (choice.program) out.program = choice.program;
	const first = placement?.results[0];
	const latest = placement?.results[placement.results.length - 1];
	if (choice.placement && first && latest) out.placement = { first: { stage: first.stage, at: first.at }, latest: { stage: latest.stage, at: latest.at } };
	return out;
}
