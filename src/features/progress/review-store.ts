/** The review schedule on this device (src/features/progress/review.ts), through the device store. */
import { deviceStore } from '../../core/device-store.ts';
import { deviceStorage as storage } from './progress-store.ts';
import { REVIEW_KIND, type ReviewState } from './review.ts';

export const reviewStore = deviceStore(REVIEW_KIND, storage);

export const loadReview = (): ReviewState => reviewStore.read().value;

/** Save; a problem (full, blocked, locked) is told to the page like progress's. */
export function saveReview(state: ReviewState): boolean {
	const problem = reviewStore.write(state);
	if (problem) document.dispatchEvent(new CustomEvent('nk:storage-problem', { detail: problem }));
	return problem === null;
}
