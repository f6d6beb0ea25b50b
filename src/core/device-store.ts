/**
 * Versioned data kept on the learner's device (localStorage): progress today,
 * and later a business book, first attempts or a trainer's class list. One
 * module so every feature gets the same promise: nothing on the phone is lost.
 *
 * - Every kind of data has one key, a version, one migration per version bump
 *   and a `validate` that cleans current-version data (never throws).
 * - A value this release cannot read (broken, or written by a NEWER release, e.g.
 *   a learner back on offline pages of an older release) puts the key in
 *   read-only mode: nothing is written over it, the page works from memory and
 *   tells the learner, who can export the stored text as it is.
 * - One backup slot per key (`<key>:backup`), written only when empty: before a
 *   migration overwrites an older version, or when the learner sets an unreadable
 *   value aside. It is never overwritten; restoring swaps it back in.
 * - A failed write (storage full or blocked) changes nothing stored; the value is
 *   kept in memory for the rest of the visit and the caller shows a notice.
 *
 * Pure except for the `Storage` it is given, so it is unit-tested with a fake.
 */

export interface DeviceKind<T> {
	/** localStorage key, e.g. `naik-kelas:progress`. Its backup slot is `<key>:backup`. */
	key: string;
	/** The version this release writes. A bump needs a step in `migrations` (and its test). */
	version: number;
	/** The version of a parsed stored value, or undefined when it is not this kind of data. */
	versionOf(raw: unknown): number | undefined;
	/** `migrations[n]` turns version-n data into version n+1 (or null when it cannot). */
	migrations: Readonly<Record<number, (raw: unknown) => unknown>>;
	/** Current-version data to a clean value, or null when it is not valid. Drops odd entries, never throws. */
	validate(raw: unknown): T | null;
	empty(): T;
	/** Keys where earlier releases kept a copy aside: read as the backup while the backup slot is empty, never written. */
	oldBackupKeys?: readonly string[];
}

export type ReadResult<T> =
	/** Nothing stored yet. */
	| { state: 'empty'; value: T }
	/** Read (and migrated in memory when `from` is older than the kind's version). */
	| { state: 'ok'; value: T; from: number }
	/** Not readable by this release: read-only, `value` is empty, `raw` is what is stored. */
	| { state: 'locked'; value: T; reason: LockReason; raw: string };
export type LockReason = 'newer' | 'unreadable';
export type WriteProblem = 'blocked' | 'full' | 'locked';

export const backupKey = (key: string) => `${key}:backup`;

/** Bring a parsed value of any known version up to the kind's version; null when no path leads there. */
export function upgrade<T>(kind: DeviceKind<T>, raw: unknown): T | null {
	let v = kind.versionOf(raw);
	if (v === undefined || !Number.isInteger(v) || v < 0 || v > kind.version) return null;
	let value = raw;
	for (; v < kind.version; v++) {
		const step = Object.hasOwn(kind.migrations, v) ? kind.migrations[v] : undefined;
		if (!step) return null;
		try {
			value = step(value);
		} catch {
			return null;
		}
		if (value === null || value === undefined || kind.versionOf(value) !== v + 1) return null;
	}
	return kind.validate(value);
}

/** What a stored text means to this release. Pure: the store and the tests use it. */
export function readText<T>(kind: DeviceKind<T>, text: string | null): ReadResult<T> {
	if (text === null || text === '') return { state: 'empty', value: kind.empty() };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { state: 'locked', value: kind.empty(), reason: 'unreadable', raw: text };
	}
	const from = kind.versionOf(raw);
	if (typeof from === 'number' && from > kind.version) return { state: 'locked', value: kind.empty(), reason: 'newer', raw: text };
	const value = upgrade(kind, raw);
	if (!value || from === undefined) return { state: 'locked', value: kind.empty(), reason: 'unreadable', raw: text };
	return { state: 'ok', value, from };
}

const problemOf = (e: unknown): 'full' | 'blocked' => {
	const name = (e as { name?: string } | null)?.name;
	// Firefox once called it NS_ERROR_DOM_QUOTA_REACHED.
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
};

export interface DeviceStore<T> {
	readonly kind: DeviceKind<T>;
	/** The value (the unsaved one of this visit after a failed write), or why it cannot be read. */
	read(): ReadResult<T>;
	/** Write; null when stored. Never writes over a locked value; before replacing an older version, keeps it as the backup. */
	write(value: T): WriteProblem | null;
	/** The text stored under the key, as it is (to export it in read-only mode). */
	rawText(): string | null;
	/** The backup slot read with the same rules, or null when there is none. */
	backup(): ReadResult<T> | null;
	/**
	 * Bring the backup back. A locked value and a readable backup swap places (so
	 * neither is lost); otherwise the backup is merged into what is stored. The backup stays.
	 */
	restoreBackup(merge: (current: T, backup: T) => T): WriteProblem | 'no-backup' | null;
	/** Move a locked value into the empty backup slot so this release can start writing again. */
	setAside(): WriteProblem | 'backup-taken' | null;
	/** Can a write succeed right now? Writes and removes a tiny value. */
	probe(): 'blocked' | 'full' | null;
}

/**
 * A store for one kind of data. `storage` returns the Storage to use, or null
 * when there is none (blocked): reading then gives an empty value and writing says 'blocked'.
 */
export function deviceStore<T>(kind: DeviceKind<T>, storage: () => Storage | null): DeviceStore<T> {
	/** Value of this visit that could not be written: pages keep working with it until they close. */
	let unsaved: T | null = null;
	const get = (key: string): string | null => {
		const s = storage();
		if (!s) return null;
		try {
			return s.getItem(key);
		} catch {
			return null;
		}
	};
	const set = (key: string, text: string): 'blocked' | 'full' | null => {
		const s = storage();
		if (!s) return 'blocked';
		try {
			s.setItem(key, text);
			return null;
		} catch (e) {
			return problemOf(e);
		}
	};
	const stored = () => readText(kind, get(kind.key));
	const backupText = (): string | null => {
		for (const key of [backupKey(kind.key), ...(kind.oldBackupKeys ?? [])]) {
			const text = get(key);
			if (text !== null) return text;
		}
		return null;
	};

	const store: DeviceStore<T> = {
		kind,
		read() {
			const now = stored();
			return unsaved ? (now.state === 'locked' ? { ...now, value: unsaved } : { state: 'ok', value: unsaved, from: kind.version }) : now;
		},
		write(value) {
			const now = stored();
			let problem: WriteProblem | null = null;
			if (now.state === 'locked') problem = 'locked';
			else {
				// Keep the older version as it was, once, before it is replaced (an older release can read it back).
				if (now.state === 'ok' && now.from < kind.version && get(backupKey(kind.key)) === null) set(backupKey(kind.key), get(kind.key)!);
				problem = set(kind.key, JSON.stringify(value));
			}
			unsaved = problem ? value : null;
			return problem;
		},
		rawText: () => get(kind.key),
		backup() {
			const text = backupText();
			return text === null ? null : readText(kind, text);
		},
		restoreBackup(merge) {
			const backup = store.backup();
			if (!backup || backup.state !== 'ok') return 'no-backup';
			const now = stored();
			if (now.state === 'locked') {
				const slot = get(backupKey(kind.key));
				// Swap: write the value first, so a failure leaves both where they were. (A backup read from
				// an old key stays there too; the locked value goes to the backup slot.)
				const problem = set(kind.key, JSON.stringify(backup.value)) ?? set(backupKey(kind.key), now.raw);
				if (problem) {
					set(kind.key, now.raw);
					if (slot !== null) set(backupKey(kind.key), slot);
					else storage()?.removeItem(backupKey(kind.key));
				}
				return problem;
			}
			const problem = set(kind.key, JSON.stringify(merge(unsaved ?? now.value, backup.value)));
			if (!problem) unsaved = null;
			return problem;
		},
		setAside() {
			const now = stored();
			if (now.state !== 'locked') return null;
			if (backupText() !== null) return 'backup-taken';
			const problem = set(backupKey(kind.key), now.raw);
			if (problem) return problem;
			try {
				storage()?.removeItem(kind.key);
			} catch {
				return 'blocked';
			}
			if (unsaved) return store.write(unsaved);
			return null;
		},
		probe() {
			const probe = `${kind.key}:probe`;
			const problem = set(probe, '1');
			if (!problem) {
				try {
					storage()?.removeItem(probe);
				} catch {
					/* written, so not blocked */
				}
			}
			return problem;
		},
	};
	return store;
}
