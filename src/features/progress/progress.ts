/**
 * Learner progress: the data model and every rule about it, with no storage
 * access (see `src/features/progress/progress-store.ts` for localStorage).
 *
 * Progress never leaves the device. It is one versioned object so that a new
 * release can migrate old data instead of dropping it, and imports are checked
 * thoroughly so a bad file or code can never damage what is already saved.
 */
import { upgrade, type DeviceKind } from '../../core/device-store.ts';

export const PROGRESS_VERSION = 1;
export const STORAGE_KEY = 'naik-kelas:progress';
/** Export codes longer than this are refused: real progress is a few KB at most. */
export const MAX_IMPORT_CHARS = 200_000;
const CODE_PREFIX = 'NK1.';

export interface LessonProgress {
	/** ISO date when the learner marked the lesson done. */
	done?: string;
	/** Indexes of ticked practice checklist items. */
	checks?: number[];
	/** Last self-check result. */
	quiz?: { correct: number; total: number; at: string };
}
export interface ProgressState {
	v: typeof PROGRESS_VERSION;
	lessons: Record<string, LessonProgress>;
	/** Paths the learner started, with the ISO date. */
	paths: Record<string, { started: string }>;
}

export const emptyProgress = (): ProgressState => ({ v: PROGRESS_VERSION, lessons: {}, paths: {} });

/** `extras`: the other fields of the backup, unchecked (see ExportExtras). */
export type ImportResult = { ok: true; state: ProgressState; extras: ExportExtras } | { ok: false; error: ImportError };
/**
 * Why an import was refused. `older-version`: data from a release older than
 * any this one can migrate (only version 0, a plain list of lesson ids, can be).
 */
export type ImportError = 'empty' | 'too-large' | 'not-naik-kelas' | 'corrupt' | 'newer-version' | 'older-version';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An imported file or code with more entries than this is refused: there are not that many lessons. */
export const MAX_IMPORT_ENTRIES = 2000;

/** Is `key` an own property of `obj`? Ids like `constructor` must never read Object.prototype. */
export const own = (obj: object, key: string): boolean => Object.hasOwn(obj, key);
/** A well-formed id that is not the name of anything every object has (`constructor`…). */
const isId = (id: string) => ID.test(id) && !(id in Object.prototype);

/** A real calendar day `YYYY-MM-DD` (no 2026-02-30), from 1970 on; with `today`, not after it (one day of time-zone slack). */
export function isRealDate(value: unknown, today?: string): value is string {
	if (typeof value !== 'string') return false;
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const day = new Date(Date.UTC(y, mo - 1, d));
	if (y < 1970 || day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
	if (value.length > 10 && Number.isNaN(Date.parse(value))) return false;
	if (today && isRealDate(today)) {
		const limit = new Date(`${today.slice(0, 10)}T00:00:00Z`).getTime() + 2 * 86_400_000;
		if (day.getTime() >= limit) return false;
	}
	return true;
}

/** What an import may bring in: the lessons and paths this release knows, and today's date. */
export interface ImportRules {
	lessons: ReadonlySet<string>;
	paths: ReadonlySet<string>;
	today: string;
}

/**
 * Keep only well-formed entries; anything odd is dropped, never thrown. With
 * `rules` (an import), only known ids and dates not in the future are kept.
 */
function clean(raw: unknown, rules?: ImportRules): ProgressState | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== PROGRESS_VERSION) return null;
	const state = emptyProgress();
	const date = (value: unknown): value is string => isRealDate(value, rules?.today);
	const lessons = obj.lessons;
	if (lessons && typeof lessons === 'object') {
		for (const [id, value] of Object.entries(lessons as Record<string, unknown>)) {
			if (!isId(id) || (rules && !rules.lessons.has(id)) || !value || typeof value !== 'object') continue;
			const v = value as Record<string, unknown>;
			const entry: LessonProgress = {};
			if (date(v.done)) entry.done = v.done;
			if (Array.isArray(v.checks)) {
				const checks = [...new Set(v.checks.filter((n): n is number => Number.isInteger(n) && n >= 0 && n < 50))].sort((a, b) => a - b);
				if (checks.length) entry.checks = checks;
			}
			const q = v.quiz as Record<string, unknown> | undefined;
			if (q && Number.isInteger(q.correct) && Number.isInteger(q.total) && (q.total as number) > 0 && (q.total as number) <= 50 && (q.correct as number) >= 0 && (q.correct as number) <= (q.total as number) && typeof q.at === 'string' && q.at.length <= 40 && (!rules || date(q.at))) {
				entry.quiz = { correct: q.correct as number, total: q.total as number, at: q.at };
			}
			if (Object.keys(entry).length) state.lessons[id] = entry;
		}
	}
	const paths = obj.paths;
	if (paths && typeof paths === 'object') {
		for (const [id, value] of Object.entries(paths as Record<string, unknown>)) {
			const started = (value as { started?: unknown })?.started;
			if (isId(id) && (!rules || rules.paths.has(id)) && date(started)) state.paths[id] = { started };
		}
	}
	return state;
}

/** Version 0 (pre-release) stored a plain list of finished lesson ids. */
function fromVersion0(raw: unknown): unknown {
	if (!Array.isArray(raw)) return null;
	const lessons: Record<string, LessonProgress> = {};
	for (const id of raw) if (typeof id === 'string' && isId(id)) lessons[id] = { done: '1970-01-01' };
	return { v: 1, lessons, paths: {} };
}

/** Progress as device data: its key, version, one migration per version bump (src/core/device-store.ts). */
export const PROGRESS_KIND: DeviceKind<ProgressState> = {
	key: STORAGE_KEY,
	version: PROGRESS_VERSION,
	versionOf: (raw) => (Array.isArray(raw) ? 0 : raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? ((raw as { v: number }).v) : undefined),
	migrations: { 0: fromVersion0 },
	validate: (raw) => clean(raw),
	empty: emptyProgress,
	// Releases before the device store copied unreadable progress here (and never read it back).
	oldBackupKeys: [`${STORAGE_KEY}:unreadable`],
};

/** Bring stored data of any known version up to the current one; null when it cannot be read. */
export function migrate(raw: unknown): ProgressState | null {
	return upgrade(PROGRESS_KIND, raw);
}

export function markDone(state: ProgressState, lessonId: string, today: string, done = true): ProgressState {
	const lessons = { ...state.lessons };
	const entry = { ...lessonOf(state, lessonId) };
	if (done) entry.done = today;
	else delete entry.done;
	lessons[lessonId] = entry;
	return { ...state, lessons };
}

export function setCheck(state: ProgressState, lessonId: string, index: number, checked: boolean): ProgressState {
	const entry = { ...lessonOf(state, lessonId) };
	const set = new Set(entry.checks ?? []);
	if (checked) set.add(index);
	else set.delete(index);
	entry.checks = [...set].sort((a, b) => a - b);
	return { ...state, lessons: { ...state.lessons, [lessonId]: entry } };
}

export function recordQuiz(state: ProgressState, lessonId: string, correct: number, total: number, at: string): ProgressState {
	const entry = { ...lessonOf(state, lessonId), quiz: { correct, total, at } };
	return { ...state, lessons: { ...state.lessons, [lessonId]: entry } };
}

export function startPath(state: ProgressState, pathId: string, today: string): ProgressState {
	if (pathStarted(state, pathId)) return state;
	return { ...state, paths: { ...state.paths, [pathId]: { started: today } } };
}

/** A lesson's progress, read as an own property (`?jalur=constructor` must not find Object.prototype's). */
export const lessonOf = (state: ProgressState, lessonId: string): LessonProgress | undefined => (own(state.lessons, lessonId) ? state.lessons[lessonId] : undefined);
/** The day a path was started, if it was. */
export const pathStarted = (state: ProgressState, pathId: string): string | undefined => (own(state.paths, pathId) ? state.paths[pathId]!.started : undefined);
export const isDone = (state: ProgressState, lessonId: string) => Boolean(lessonOf(state, lessonId)?.done);

/** Combine imported progress with what is on the device: nothing already saved is lost. */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
	const out = emptyProgress();
	for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
		const x = lessonOf(a, id) ?? {};
		const y = lessonOf(b, id) ?? {};
		const entry: LessonProgress = {};
		const done = [x.done, y.done].filter(Boolean).sort()[0];
		if (done) entry.done = done;
		const checks = [...new Set([...(x.checks ?? []), ...(y.checks ?? [])])].sort((m, n) => m - n);
		if (checks.length) entry.checks = checks;
		const quiz = [x.quiz, y.quiz].filter(Boolean).sort((m, n) => (m!.at < n!.at ? 1 : -1))[0];
		if (quiz) entry.quiz = quiz;
		out.lessons[id] = entry;
	}
	// Keep the earliest start of a path, whichever side it came from.
	for (const [id, p] of [...Object.entries(a.paths), ...Object.entries(b.paths)]) {
		const known = pathStarted(out, id);
		if (!known || p.started < known) out.paths[id] = p;
	}
	return out;
}

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(code: string): string {
	const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
	const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
/** Small checksum so a code with a typo is refused rather than half-imported. */
function checksum(text: string): string {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
	return h.toString(36).padStart(7, '0').slice(-7);
}

/**
 * Other device data carried in the same backup, each under its own field
 * (`review`: the review schedule; `firstAttempts`, `businessBook`…). Progress ignores them; each feature checks
 * its own field on import with its own rules.
 */
export type ExportExtras = Record<string, unknown>;
/** Field names progress itself uses (in a code) or the file wrapper uses: never an extra. */
const RESERVED = new Set(['v', 'lessons', 'paths', 'app', 'exportedAt', 'progress', 'unreadable']);
/** An extra field's name: a plain word like `review` or `firstAttempts`. */
const EXTRA_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;
const extrasOf = (obj: unknown): ExportExtras => {
	const out: ExportExtras = {};
	if (obj && typeof obj === 'object' && !Array.isArray(obj)) for (const [k, v] of Object.entries(obj)) if (!RESERVED.has(k) && EXTRA_NAME.test(k) && v !== undefined) out[k] = v;
	return out;
};

/** A short code to paste on a new phone: `NK1.<data>.<checksum>`; extras ride along as fields older releases ignore. */
export function exportCode(state: ProgressState, extras: ExportExtras = {}): string {
	const data = toBase64Url(JSON.stringify({ ...extrasOf(extras), ...state }));
	return `${CODE_PREFIX}${data}.${checksum(data)}`;
}

/** The same data as a file (JSON, readable by people). */
export function exportFile(state: ProgressState, exportedAt: string, extras: ExportExtras = {}): string {
	return JSON.stringify({ app: 'naik-kelas', exportedAt, progress: state, ...extrasOf(extras) }, null, 1);
}

/**
 * Read an export code or file. Never throws; the caller merges a good result
 * with what is saved. Only lessons and paths in `rules` are kept, with real dates not in the future.
 */
export function importProgress(input: string, rules: ImportRules): ImportResult {
	const text = input.trim();
	if (!text) return { ok: false, error: 'empty' };
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'too-large' };
	let raw: unknown;
	let extras: ExportExtras = {};
	if (text.startsWith(CODE_PREFIX)) {
		const [data, sum] = text.slice(CODE_PREFIX.length).replace(/\s+/g, '').split('.');
		if (!data || !sum || checksum(data) !== sum) return { ok: false, error: 'corrupt' };
		try {
			raw = JSON.parse(fromBase64Url(data));
			extras = extrasOf(raw);
		} catch {
			return { ok: false, error: 'corrupt' };
		}
	} else if (text.startsWith('{')) {
		try {
			const file = JSON.parse(text) as { app?: unknown; progress?: unknown };
			if (file.app !== 'naik-kelas') return { ok: false, error: 'not-naik-kelas' };
			raw = file.progress;
			extras = extrasOf(file);
		} catch {
			return { ok: false, error: 'corrupt' };
		}
	} else {
		return { ok: false, error: 'not-naik-kelas' };
	}
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > PROGRESS_VERSION) return { ok: false, error: 'newer-version' };
	const entries = (x: unknown) => (x && typeof x === 'object' ? Object.keys(x).length : 0);
	const count = Array.isArray(raw) ? raw.length : entries((raw as { lessons?: unknown } | null)?.lessons) + entries((raw as { paths?: unknown } | null)?.paths);
	if (count > MAX_IMPORT_ENTRIES) return { ok: false, error: 'too-large' };
	const migrated = migrate(raw);
	// Then keep only what this release knows, with dates that can be true.
	const state = migrated && clean(migrated, rules);
	if (!state) return { ok: false, error: typeof v === 'number' && v < PROGRESS_VERSION ? 'older-version' : 'corrupt' };
	return { ok: true, state, extras };
}

/**
 * A stored value this release cannot read, as a file the learner can keep: the
 * release that wrote it imports it like any backup. Text that is not even JSON is kept as text.
 */
export function exportStoredText(text: string, exportedAt: string): string {
	try {
		return JSON.stringify({ app: 'naik-kelas', exportedAt, progress: JSON.parse(text) as unknown }, null, 1);
	} catch {
		return JSON.stringify({ app: 'naik-kelas', exportedAt, unreadable: text }, null, 1);
	}
}
