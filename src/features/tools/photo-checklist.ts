/**
 * The product photo checklist: what to check before posting a photo, and the
 * small versioned record of ticks kept on the device (storage access itself is
 * in the component, `src/features/tools/PhotoChecklist.astro`).
 *
 * Item ids are stored on phones: never rename or reuse one. Add new items with
 * new ids; removed ids are simply ignored when read.
 */
export const PHOTO_CHECKLIST_KEY = 'naik-kelas:photo-checklist';
export const PHOTO_CHECKLIST_VERSION = 1;

/** One check; its title and detail are `photoChecklist.items.<id>` in the strings files. */
export interface PhotoCheckItem {
	id: string;
}

export const PHOTO_CHECKLIST = [
	{ id: 'light' },
	{ id: 'background' },
	{ id: 'angle' },
	{ id: 'focus' },
	{ id: 'clean' },
	{ id: 'true-colour' },
	{ id: 'complete-set' },
	{ id: 'channel-format' },
] as const satisfies readonly PhotoCheckItem[];

const KNOWN_IDS = new Set<string>(PHOTO_CHECKLIST.map((item) => item.id));

/** Ticked ids in checklist order, unknown ones dropped. */
export function normaliseChecked(ids: Iterable<unknown>): string[] {
	const set = new Set<string>();
	for (const id of ids) if (typeof id === 'string' && KNOWN_IDS.has(id)) set.add(id);
	return PHOTO_CHECKLIST.map((item) => item.id).filter((id) => set.has(id));
}

export interface StoredChecklist {
	checked: string[];
	/** False when there was something stored that we could not read (corrupt or from a newer release): keep a copy before overwriting. */
	readable: boolean;
}

/** Read what localStorage holds. Never throws. */
export function parseChecklist(text: string | null | undefined): StoredChecklist {
	if (!text) return { checked: [], readable: true };
	try {
		const raw = JSON.parse(text) as { v?: unknown; checked?: unknown } | null;
		if (raw && raw.v === PHOTO_CHECKLIST_VERSION && Array.isArray(raw.checked)) return { checked: normaliseChecked(raw.checked), readable: true };
	} catch {
		/* fall through */
	}
	return { checked: [], readable: false };
}

export function serializeChecklist(checked: Iterable<unknown>): string {
	return JSON.stringify({ v: PHOTO_CHECKLIST_VERSION, checked: normaliseChecked(checked) });
}

export function setChecked(checked: readonly string[], id: string, on: boolean): string[] {
	const set = new Set(checked);
	if (on) set.add(id);
	else set.delete(id);
	return normaliseChecked(set);
}

export const readyCount = (checked: readonly string[]) => ({ done: normaliseChecked(checked).length, total: PHOTO_CHECKLIST.length });
