/**
 * localStorage access for learner progress. Storage can be full, blocked
 * (private mode, some in-app browsers) or hold data from another release:
 * none of these may break a page, and unreadable data is kept aside, not lost.
 */
import { STORAGE_KEY, parseStored, emptyProgress, type ProgressState } from './progress.ts';

export type StorageProblem = 'blocked' | 'full';

/** Progress of this visit that could not be written: pages keep working with it until they close. */
let unsaved: ProgressState | null = null;

function storage(): Storage | null {
	// The page's storage guard (ThemeProvider override) swapped in memory storage: nothing will persist.
	if ((window as { __nkStorageBlocked?: boolean }).__nkStorageBlocked) return null;
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

export function loadProgress(): ProgressState {
	if (unsaved) return unsaved;
	const s = storage();
	if (!s) return emptyProgress();
	let text: string | null = null;
	try {
		text = s.getItem(STORAGE_KEY);
	} catch {
		return emptyProgress();
	}
	const state = parseStored(text);
	if (text && Object.keys(state.lessons).length === 0 && text.length > 40) {
		// Could not read it (corrupt, or from a newer release): keep a copy instead of overwriting it later.
		try {
			s.setItem(`${STORAGE_KEY}:unreadable`, text);
		} catch {
			/* nothing more we can do */
		}
	}
	return state;
}

/** Save; on failure tell the page (it shows a notice) and return the problem. */
export function saveProgress(state: ProgressState): StorageProblem | null {
	const s = storage();
	let problem: StorageProblem | null = null;
	if (!s) problem = 'blocked';
	else {
		try {
			s.setItem(STORAGE_KEY, JSON.stringify(state));
		} catch (e) {
			problem = (e as DOMException)?.name === 'QuotaExceededError' ? 'full' : 'blocked';
		}
	}
	unsaved = problem ? state : null;
	if (problem) document.dispatchEvent(new CustomEvent('nk:storage-problem', { detail: problem }));
	else document.dispatchEvent(new CustomEvent('nk:progress-changed'));
	return problem;
}

export function updateProgress(change: (state: ProgressState) => ProgressState): ProgressState {
	const next = change(loadProgress());
	saveProgress(next);
	return next;
}

export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Can this browser save progress right now? Writes and removes a tiny test
 * value; pages call it once to show a notice up front instead of failing later.
 */
export function storageProblem(): StorageProblem | null {
	const s = storage();
	if (!s) return 'blocked';
	const probe = `${STORAGE_KEY}:probe`;
	try {
		s.setItem(probe, '1');
		s.removeItem(probe);
		return null;
	} catch (e) {
		return (e as DOMException)?.name === 'QuotaExceededError' ? 'full' : 'blocked';
	}
}
