/**
 * Learner progress on this device, through the versioned device store
 * (src/core/device-store.ts). Storage can be full, blocked (private mode, some
 * in-app browsers) or hold data this release cannot read (a newer release's):
 * none of these may break a page, and nothing stored is ever written over.
 * Pages learn about problems through `nk:storage-problem` and show a notice.
 */
import { deviceStore, type ReadResult, type WriteProblem } from '../../core/device-store.ts';
import { PROGRESS_KIND, mergeProgress, type ProgressState } from './progress.ts';

export type StorageProblem = WriteProblem;

/** The device's storage, or null when blocked: every device store of the learner's data uses it. */
export function storage(): Storage | null {
	// The page's storage guard (ThemeProvider override) swapped in memory storage: nothing will persist.
	if ((window as { __nkStorageBlocked?: boolean }).__nkStorageBlocked) return null;
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

export const progressStore = deviceStore(PROGRESS_KIND, storage);

/** What is stored, in full (Belajarku shows a read-only notice and restore offers from it). */
export const readProgress = (): ReadResult<ProgressState> => progressStore.read();

export function loadProgress(): ProgressState {
	return progressStore.read().value;
}

function tell(problem: StorageProblem | null) {
	if (problem) document.dispatchEvent(new CustomEvent('nk:storage-problem', { detail: problem }));
	else document.dispatchEvent(new CustomEvent('nk:progress-changed'));
}

/** Save; on failure tell the page (it shows a notice) and return the problem. The page keeps the value for the visit. */
export function saveProgress(state: ProgressState): StorageProblem | null {
	const problem = progressStore.write(state);
	tell(problem);
	return problem;
}

export function updateProgress(change: (state: ProgressState) => ProgressState): ProgressState {
	const next = change(loadProgress());
	saveProgress(next);
	return next;
}

/** Bring the backup back (swap with an unreadable value, or merge into readable progress). */
export function restoreProgressBackup(): StorageProblem | 'no-backup' | null {
	const problem = progressStore.restoreBackup(mergeProgress);
	if (problem !== 'no-backup') tell(problem);
	return problem;
}

export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Can this browser save progress right now? Pages call it once to show a
 * notice up front instead of failing later: 'locked' when the stored progress is read-only.
 */
export function storageProblem(): StorageProblem | null {
	if (!storage()) return 'blocked';
	if (progressStore.read().state === 'locked') return 'locked';
	return progressStore.probe();
}
