/**
 * Self-check first attempts: for each question, whether the learner's FIRST
 * answer was right, kept apart from the final state in progress (which ends
 * "all correct" once she corrects herself). The retry question ("Coba soal
 * lain") has its own record; neither is ever overwritten. Pure: the store is in
 * first-attempts-store.ts.
 */
import type { DeviceKind } from '../../core/device-store.ts';
import { isRealDate, own, type ImportRules } from './progress.ts';

export const ATTEMPTS_VERSION = 1;
export const ATTEMPTS_KEY = 'naik-kelas:first-attempts';
/** Questions per lesson are 3–5 (+ retries); indexes beyond this are not real. */
const MAX_QUESTIONS = 20;
/** More lessons than this in one value is not real data. */
export const MAX_ATTEMPT_LESSONS = 500;

export interface Attempt {
	/** Was the answer right? */
	ok: boolean;
	/** ISO date-time of the answer. */
	at: string;
}
export interface LessonAttempts {
	/** The first answer to each question, by question index ("0", "1"…). */
	first: Record<string, Attempt>;
	/** The first answer to each question's retry question, by the main question's index. */
	retry: Record<string, Attempt>;
}
export interface AttemptsState {
	v: typeof ATTEMPTS_VERSION;
	lessons: Record<string, LessonAttempts>;
}

export const emptyAttempts = (): AttemptsState => ({ v: ATTEMPTS_VERSION, lessons: {} });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (id: string) => ID.test(id) && !(id in Object.prototype);
const isIndex = (key: string) => /^\d{1,2}$/.test(key) && Number(key) < MAX_QUESTIONS;

export const attemptsOf = (state: AttemptsState, lessonId: string): LessonAttempts | undefined => (own(state.lessons, lessonId) ? state.lessons[lessonId] : undefined);

function record(state: AttemptsState, lessonId: string, question: number, ok: boolean, at: string, which: keyof LessonAttempts): AttemptsState {
	const key = String(question);
	if (!isId(lessonId) || !isIndex(key)) return state;
	const entry = attemptsOf(state, lessonId) ?? { first: {}, retry: {} };
	if (own(entry[which], key)) return state;
	return { ...state, lessons: { ...state.lessons, [lessonId]: { ...entry, [which]: { ...entry[which], [key]: { ok, at } } } } };
}

/** Record the first answer to a question; later answers to it change nothing. */
export const recordFirst = (state: AttemptsState, lessonId: string, question: number, ok: boolean, at: string) => record(state, lessonId, question, ok, at, 'first');
/** Record the first answer to a question's retry question; never touches the first attempt. */
export const recordRetry = (state: AttemptsState, lessonId: string, question: number, ok: boolean, at: string) => record(state, lessonId, question, ok, at, 'retry');

/** "First try: 3 of 4": how many first answers were right, and how many questions have one. */
export function firstTry(state: AttemptsState, lessonId: string): { right: number; answered: number } {
	const first = Object.values(attemptsOf(state, lessonId)?.first ?? {});
	return { right: first.filter((a) => a.ok).length, answered: first.length };
}

function cleanAttempts(raw: unknown, rules?: ImportRules): AttemptsState | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== ATTEMPTS_VERSION) return null;
	const state = emptyAttempts();
	const lessons = obj.lessons;
	if (!lessons || typeof lessons !== 'object' || Array.isArray(lessons)) return state;
	const ids = Object.keys(lessons);
	if (ids.length > MAX_ATTEMPT_LESSONS) return null;
	for (const id of ids) {
		if (!isId(id) || (rules && !rules.lessons.has(id))) continue;
		const value = (lessons as Record<string, unknown>)[id] as Record<string, unknown> | null;
		if (!value || typeof value !== 'object') continue;
		const entry: LessonAttempts = { first: {}, retry: {} };
		for (const which of ['first', 'retry'] as const) {
			const part = value[which];
			if (!part || typeof part !== 'object' || Array.isArray(part)) continue;
			for (const [key, a] of Object.entries(part as Record<string, unknown>)) {
				const attempt = a as Record<string, unknown> | null;
				if (!isIndex(key) || !attempt || typeof attempt.ok !== 'boolean' || typeof attempt.at !== 'string' || attempt.at.length > 40 || !isRealDate(attempt.at, rules?.today)) continue;
				entry[which][key] = { ok: attempt.ok, at: attempt.at };
			}
		}
		if (Object.keys(entry.first).length || Object.keys(entry.retry).length) state.lessons[id] = entry;
	}
	return state;
}

export const ATTEMPTS_KIND: DeviceKind<AttemptsState> = {
	key: ATTEMPTS_KEY,
	version: ATTEMPTS_VERSION,
	versionOf: (raw) => (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined),
	migrations: {},
	validate: (raw) => cleanAttempts(raw),
	empty: emptyAttempts,
};

/** An exported `firstAttempts` field, checked like progress: known lessons, real dates not in the future, size caps. */
export function importAttempts(raw: unknown, rules: ImportRules): AttemptsState | null {
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > ATTEMPTS_VERSION) return null;
	return cleanAttempts(raw, rules);
}

/** Combine two records: the earlier answer to each question wins (a first attempt stays first). */
export function mergeAttempts(a: AttemptsState, b: AttemptsState): AttemptsState {
	const out = emptyAttempts();
	for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
		const x = attemptsOf(a, id) ?? { first: {}, retry: {} };
		const y = attemptsOf(b, id) ?? { first: {}, retry: {} };
		const entry: LessonAttempts = { first: {}, retry: {} };
		for (const which of ['first', 'retry'] as const) {
			for (const [key, attempt] of [...Object.entries(x[which]), ...Object.entries(y[which])]) {
				const known = own(entry[which], key) ? entry[which][key] : undefined;
				if (!known || attempt.at < known.at) entry[which][key] = attempt;
			}
		}
		out.lessons[id] = entry;
	}
	return out;
}
