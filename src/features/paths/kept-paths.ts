/**
 * Paths this device keeps beside progress: custom paths a trainer shared as a
 * link (so Belajarku lists them like the stage paths, after a reload or on a
 * new phone), and the program tag (`program=<tag>`) of the link a path was
 * started from, which the learner may put into her receipt. Lesson progress
 * itself stays in progress.ts; this only says which paths are hers. Pure: the
 * store is kept-paths-store.ts. Exported with progress as the `keptPaths` field.
 */
import type { DeviceKind } from '../../core/device-store.ts';
import { isRealDate, own, type ImportRules } from '../progress/progress.ts';
import { cleanTitle, MAX_CUSTOM_LESSONS } from './custom-path.ts';

export const KEPT_VERSION = 1;
export const KEPT_KEY = 'naik-kelas:kept-paths';
/** Custom paths kept at most; opening one more forgets the one started longest ago. */
export const MAX_KEPT_PATHS = 20;
/** Longest program tag (the receipt's program section allows the same). */
export const MAX_PROGRAM_CHARS = 32;

export interface KeptCustomPath {
	/** `susun-<hash>` of its lessons and title: the same link opened twice is one path. */
	id: string;
	title: string;
	lessons: string[];
	/** The day she first opened it. */
	started: string;
}
export interface KeptProgram {
	tag: string;
	/** Day the link with this tag was first opened. */
	at: string;
}
export interface KeptState {
	v: typeof KEPT_VERSION;
	/** Newest first. */
	custom: KeptCustomPath[];
	/** The tag of the link each path (a stage path id or a custom path's id) was started from; the first one stays. */
	programs: Record<string, KeptProgram>;
}

export const emptyKept = (): KeptState => ({ v: KEPT_VERSION, custom: [], programs: {} });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (id: unknown): id is string => typeof id === 'string' && id.length <= 60 && ID.test(id) && !(id in Object.prototype);
const CUSTOM_ID = /^susun-[a-z0-9]{1,10}$/;

/** A program tag as the receipt accepts it: a-z, 0-9 and single hyphens, 1–32 characters. */
export const isProgramTag = (tag: unknown): tag is string => typeof tag === 'string' && tag.length <= MAX_PROGRAM_CHARS && ID.test(tag);

/** The `program` of a link's query, or undefined when absent or not a valid tag (ignored, no harm). */
export function programFromQuery(query: string | URLSearchParams): string | undefined {
	const tag = (typeof query === 'string' ? new URLSearchParams(query) : query).get('program')?.trim().toLowerCase();
	return isProgramTag(tag) ? tag : undefined;
}

/** A custom path's id from what makes it that path: its lessons in order and its title. */
export function customPathId(lessons: readonly string[], title: string): string {
	const text = `${lessons.join(',')}|${title}`;
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
	return `susun-${h.toString(36)}`;
}

export const keptCustom = (state: KeptState, id: string): KeptCustomPath | undefined => state.custom.find((p) => p.id === id);
export const programOf = (state: KeptState, pathId: string): KeptProgram | undefined => (own(state.programs, pathId) ? state.programs[pathId] : undefined);

/** Remember a program tag for a path; the tag she started from stays (a later link does not replace it). */
export function keepProgram(state: KeptState, pathId: string, tag: string | undefined, today: string): KeptState {
	if (!isProgramTag(tag) || !isId(pathId) || programOf(state, pathId)) return state;
	return { ...state, programs: { ...state.programs, [pathId]: { tag, at: today } } };
}

/**
 * Keep a custom path opened from a link (and its program tag, if any). Opening it again keeps its first day and
 * moves it to the top; the oldest beyond MAX_KEPT_PATHS are forgotten (their lesson progress stays).
 */
export function keepCustomPath(state: KeptState, path: { title: string; lessons: readonly string[] }, today: string, program?: string): { state: KeptState; id: string } {
	const lessons = [...new Set(path.lessons.filter(isId))].slice(0, MAX_CUSTOM_LESSONS);
	const title = cleanTitle(path.title);
	const id = customPathId(lessons, title);
	if (!lessons.length) return { state, id };
	const known = keptCustom(state, id);
	const entry: KeptCustomPath = known ?? { id, title, lessons, started: today };
	const custom = [entry, ...state.custom.filter((p) => p.id !== id)].slice(0, MAX_KEPT_PATHS);
	const programs = Object.fromEntries(Object.entries(state.programs).filter(([k]) => !CUSTOM_ID.test(k) || custom.some((p) => p.id === k)));
	return { state: keepProgram({ ...state, custom, programs }, id, program, today), id };
}

/**
 * Forget one of her custom paths (Belajarku's "remove this path"), with the program tag of its link. Only the path
 * goes: lesson progress is in progress.ts and stays. Unknown ids change nothing (the same state comes back).
 */
export function forgetCustomPath(state: KeptState, id: string): KeptState {
	if (!keptCustom(state, id)) return state;
	const programs = Object.fromEntries(Object.entries(state.programs).filter(([k]) => k !== id));
	return { ...state, custom: state.custom.filter((p) => p.id !== id), programs };
}

/** The tag to offer in the receipt: the one of the path started most recently with a tag. */
export function latestProgram(state: KeptState): { pathId: string; tag: string } | undefined {
	const [best] = Object.entries(state.programs).sort((a, b) => b[1].at.localeCompare(a[1].at) || a[0].localeCompare(b[0]));
	return best ? { pathId: best[0], tag: best[1].tag } : undefined;
}

/** What an import may bring: known lessons and stage paths, dates not in the future. */
function cleanKept(raw: unknown, rules?: ImportRules): KeptState | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== KEPT_VERSION) return null;
	const state = emptyKept();
	const date = (value: unknown): value is string => isRealDate(value, rules?.today);
	if (Array.isArray(obj.custom)) {
		for (const p of obj.custom.slice(0, MAX_KEPT_PATHS * 2) as Record<string, unknown>[]) {
			if (!p || typeof p !== 'object' || typeof p.title !== 'string' || !Array.isArray(p.lessons) || !date(p.started)) continue;
			const lessons = [...new Set(p.lessons.filter((id): id is string => isId(id) && (!rules || rules.lessons.has(id))))].slice(0, MAX_CUSTOM_LESSONS);
			const title = cleanTitle(p.title);
			// The id is worked out again: a path is what its lessons and title are, whatever the data says.
			const id = customPathId(lessons, title);
			if (!lessons.length || keptCustom(state, id) || state.custom.length >= MAX_KEPT_PATHS) continue;
			state.custom.push({ id, title, lessons, started: p.started });
		}
	}
	const programs = obj.programs;
	if (programs && typeof programs === 'object' && !Array.isArray(programs)) {
		for (const [pathId, value] of Object.entries(programs as Record<string, unknown>).slice(0, 200)) {
			const p = value as Record<string, unknown> | null;
			if (!p || !isProgramTag(p.tag) || !date(p.at) || !isId(pathId)) continue;
			const known = CUSTOM_ID.test(pathId) ? Boolean(keptCustom(state, pathId)) : !rules || rules.paths.has(pathId);
			if (known) state.programs[pathId] = { tag: p.tag, at: p.at };
		}
	}
	return state;
}

export const KEPT_KIND: DeviceKind<KeptState> = {
	key: KEPT_KEY,
	version: KEPT_VERSION,
	versionOf: (raw) => (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined),
	migrations: {},
	validate: (raw) => cleanKept(raw),
	empty: emptyKept,
};

/** An exported `keptPaths` field, checked like progress; null when it is not one this release reads. */
export function importKept(raw: unknown, rules: ImportRules): KeptState | null {
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > KEPT_VERSION) return null;
	return cleanKept(raw, rules);
}

/** Combine two: every path from either side (earliest start wins), the first tag of each path stays. */
export function mergeKept(a: KeptState, b: KeptState): KeptState {
	const all = [...a.custom, ...b.custom];
	const custom: KeptCustomPath[] = [];
	for (const p of all) {
		const i = custom.findIndex((x) => x.id === p.id);
		if (i === -1) custom.push(p);
		else if (p.started < custom[i]!.started) custom[i] = { ...custom[i]!, started: p.started };
	}
	const out: KeptState = { v: KEPT_VERSION, custom: custom.slice(0, MAX_KEPT_PATHS), programs: {} };
	for (const [id, p] of [...Object.entries(a.programs), ...Object.entries(b.programs)]) {
		const known = programOf(out, id);
		if ((!CUSTOM_ID.test(id) || keptCustom(out, id)) && (!known || p.at < known.at)) out.programs[id] = p;
	}
	return out;
}
