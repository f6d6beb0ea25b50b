/**
 * The parts of the progress export added by the self-check and the business
 * book: `firstAttempts` (first-attempts.ts) and `businessBook`
 * (../business-book/book.ts), and the kept placement results: `placement`
 * (../placement/placement-record.ts). Each is versioned and checked on import like
 * progress (known ids only, real dates not in the future, size caps), then
 * merged into what is on the device: nothing saved is lost. Pure.
 */
import { importBook, mergeBook, type Book } from '../business-book/book.ts';
import { importAttempts, mergeAttempts, type AttemptsState } from './first-attempts.ts';
import { importPlacement } from '../placement/placement-import.ts';
import { emptyPlacement, mergePlacement, type PlacementState } from '../placement/placement-record.ts';
import type { ExportExtras, ImportRules } from './progress.ts';

export interface LearnerExtras {
	firstAttempts: AttemptsState;
	businessBook: Book;
	placement: PlacementState;
}

/** The export fields, named for what they hold. */
export const extrasForExport = (current: LearnerExtras): ExportExtras => ({
	firstAttempts: current.firstAttempts,
	businessBook: current.businessBook,
	// Left out when none is kept, so backups without one stay as they were.
	...(current.placement?.results.length ? { placement: current.placement } : {}),
});

/** An import's fields merged into the device's; `changed` lists what is new. Bad or unknown data is dropped. */
export function mergeImportedExtras(current: LearnerExtras, extras: ExportExtras = {}, rules: ImportRules): { next: LearnerExtras; changed: (keyof LearnerExtras)[] } {
	const next = { ...current };
	const changed: (keyof LearnerExtras)[] = [];
	const attempts = Object.hasOwn(extras, 'firstAttempts') ? importAttempts(extras.firstAttempts, rules) : null;
	if (attempts) {
		const merged = mergeAttempts(current.firstAttempts, attempts);
		if (JSON.stringify(merged) !== JSON.stringify(mergeAttempts(current.firstAttempts, { v: 1, lessons: {} }))) {
			next.firstAttempts = merged;
			changed.push('firstAttempts');
		}
	}
	const book = Object.hasOwn(extras, 'businessBook') ? importBook(extras.businessBook, rules) : null;
	if (book) {
		const merged = mergeBook(current.businessBook, book);
		if (JSON.stringify(merged.entries) !== JSON.stringify(current.businessBook.entries)) {
			next.businessBook = merged;
			changed.push('businessBook');
		}
	}
	const placement = Object.hasOwn(extras, 'placement') ? importPlacement(extras.placement, rules) : null;
	if (placement) {
		const mine = current.placement ?? emptyPlacement();
		const merged = mergePlacement(mine, placement);
		if (JSON.stringify(merged.results) !== JSON.stringify(mine.results)) {
			next.placement = merged;
			changed.push('placement');
		}
	}
	return { next, changed };
}
