/**
 * Placement results kept on the learner's device (`naik-kelas:placement`), so
 * Belajarku can show where she started and a later retake can show "then / now"
 * (her own before and after). Each result keeps its date, the stage, the first
 * lesson it recommended and the answers (as the result page's query string), so
 * the per-stage answers of an old result can be shown again.
 *
 * Kept only when she sends the form on this device (not when someone opens a
 * shared result link). The first result is never dropped: the list keeps the
 * first and the latest ones up to MAX_RESULTS. Pure; the store is placement-store.ts.
 *
 * This module is light on purpose (the path page reads it): it checks the shape
 * only. An import recomputes stage and lesson from the answers (placement-import.ts).
 */
import type { DeviceKind } from '../../core/device-store.ts';
import { STAGES, type Stage } from '../../core/schemas/vocabulary.ts';
import { isRealDate } from '../progress/progress.ts';

export const PLACEMENT_VERSION = 1;
export const PLACEMENT_KEY = 'naik-kelas:placement';
/** Results kept: the first and the latest ones (a learner retakes it a few times a year, not hundreds). */
export const MAX_RESULTS = 20;
/** The longest answers query real answers make (12 questions, short values) is about 110 characters. */
const MAX_ANSWERS = 300;

export interface PlacementRecord {
	/** YYYY-MM-DD (her phone's clock) of the day she sent the answers. */
	at: string;
	stage: Stage;
	/** The lesson the result recommended first (a permanent lesson id). */
	first?: string;
	/** The answers as a query string without `?` (`sell=food&steady=yes…`), in question order. */
	answers: string;
}
export interface PlacementState {
	v: typeof PLACEMENT_VERSION;
	/** Oldest first. */
	results: PlacementRecord[];
}

export const emptyPlacement = (): PlacementState => ({ v: PLACEMENT_VERSION, results: [] });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANSWERS = /^(?:[a-z]+=[a-z]+(?:&[a-z]+=[a-z]+)*)?$/;
const isStage = (x: unknown): x is Stage => typeof x === 'string' && (STAGES as readonly string[]).includes(x);

/** One stored or imported result, or null when it is not one. `today` (imports): no dates in the future. */
export function cleanRecord(raw: unknown, today?: string): PlacementRecord | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	if (typeof r.at !== 'string' || r.at.length !== 10 || !isRealDate(r.at, today) || !isStage(r.stage)) return null;
	if (typeof r.answers !== 'string' || r.answers.length > MAX_ANSWERS || !ANSWERS.test(r.answers)) return null;
	const out: PlacementRecord = { at: r.at, stage: r.stage, answers: r.answers };
	if (typeof r.first === 'string' && r.first.length <= 80 && ID.test(r.first) && !(r.first in Object.prototype)) out.first = r.first;
	return out;
}

/** Keep the first result and the latest ones, oldest first, at most MAX_RESULTS. */
const capped = (results: PlacementRecord[]) => (results.length <= MAX_RESULTS ? results : [results[0]!, ...results.slice(results.length - MAX_RESULTS + 1)]);

export function cleanPlacement(raw: unknown, today?: string): PlacementState | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== PLACEMENT_VERSION) return null;
	if (!Array.isArray(obj.results)) return emptyPlacement();
	if (obj.results.length > MAX_RESULTS * 5) return null;
	const results = obj.results.map((r) => cleanRecord(r, today)).filter((r): r is PlacementRecord => r !== null);
	results.sort((a, b) => a.at.localeCompare(b.at));
	return { v: PLACEMENT_VERSION, results: capped(results) };
}

export const PLACEMENT_KIND: DeviceKind<PlacementState> = {
	key: PLACEMENT_KEY,
	version: PLACEMENT_VERSION,
	versionOf: (raw) => (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined),
	migrations: {},
	validate: (raw) => cleanPlacement(raw),
	empty: emptyPlacement,
};

/**
 * Keep a new result. Sending the same answers again on the same day (a reload,
 * a second tap) changes nothing; other answers the same day replace that day's
 * result (she corrected herself), unless it is her first one, which stays as "then".
 */
export function recordPlacement(state: PlacementState, record: PlacementRecord): PlacementState {
	const clean = cleanRecord(record);
	if (!clean) return state;
	const results = [...state.results];
	const last = results[results.length - 1];
	if (last && last.at === clean.at && last.answers === clean.answers) return state;
	if (last && last.at === clean.at && results.length > 1) results.pop();
	results.push(clean);
	return { v: PLACEMENT_VERSION, results: capped(results) };
}

/** "Then / now": her first result and her latest one (the same when she has one). */
export function thenAndNow(state: PlacementState): { then: PlacementRecord; now: PlacementRecord } | null {
	const then = state.results[0];
	const now = state.results[state.results.length - 1];
	return then && now ? { then, now } : null;
}

/** How many stages she moved between two results (positive: further along). */
export const stagesMoved = (then: PlacementRecord, now: PlacementRecord) => STAGES.indexOf(now.stage) - STAGES.indexOf(then.stage);

/** Two devices' results together (an import): every result once, oldest first, the first never dropped. */
export function mergePlacement(a: PlacementState, b: PlacementState): PlacementState {
	const seen = new Set<string>();
	const all = [...a.results, ...b.results]
		.sort((x, y) => x.at.localeCompare(y.at))
		.filter((r) => {
			const key = `${r.at}|${r.answers}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	return { v: PLACEMENT_VERSION, results: capped(all) };
}

/**
 * The lesson to open first on a path, for the result page and the path page alike (so both name the same one):
 * the placement's first lesson when it is on the path and not done yet, else the path's first lesson not done,
 * else (all done) the placement's lesson or the path's first, to look back at.
 */
export function startLesson(lessons: readonly string[], isDone: (id: string) => boolean, preferred?: string): string | undefined {
	if (preferred && lessons.includes(preferred) && !isDone(preferred)) return preferred;
	return lessons.find((id) => !isDone(id)) ?? (preferred && lessons.includes(preferred) ? preferred : lessons[0]);
}

/** The placement's first lesson for a path: her latest kept result's, when that result started her on this (stage) path. */
export function preferredFor(state: PlacementState, pathId: string): string | undefined {
	const latest = state.results[state.results.length - 1];
	return latest && latest.stage === pathId ? latest.first : undefined;
}
