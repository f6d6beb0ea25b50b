/** Kept custom paths and program tags on this device (kept-paths.ts), through the device store. */
import { deviceStore } from '../../core/device-store.ts';
import { deviceStorage } from '../progress/progress-store.ts';
import { KEPT_KIND, type KeptState } from './kept-paths.ts';

export const keptStore = deviceStore(KEPT_KIND, deviceStorage);

export const loadKept = (): KeptState => keptStore.read().value;

/** Change and save; a problem (full, blocked, locked) is told to the page like progress's. Unchanged values are not written. */
export function updateKept(change: (state: KeptState) => KeptState): KeptState {
	const before = loadKept();
	const next = change(before);
	if (next === before) return before;
	const problem = keptStore.write(next);
	if (problem) document.dispatchEvent(new CustomEvent('nk:storage-problem', { detail: problem }));
	return next;
}
