/**
 * "Kelas saya" / "My class": the trainer's classes on her own device. A class has a name, a date, an optional
 * plan (a workshop plan or a path) and the receipt codes she collected; codes are kept as they came and read
 * again with the same decoder each time, so a stored class can never hold a receipt the decoder would refuse.
 * Pure: the store is the DeviceKind below; the page is MyClass.astro.
 */
import type { DeviceKind } from '../../core/device-store.ts';
import { MAX_CODE_CHARS, decodeReceipt, type DecodeContext, type Decoded, type LessonResult, type PlacementThenNow, type Receipt } from './receipt.ts';

export const CLASSES_VERSION = 1;
export const CLASSES_KEY = 'naik-kelas:classes';
export const MAX_CLASSES = 100;
export const MAX_RECEIPTS = 200;
const MAX_NAME = 80;
/** A class file larger than this is not one trainer's classes. */
export const MAX_CLASSES_FILE = 2_000_000;

export interface StoredReceipt {
	code: string;
	/** YYYY-MM-DD: the day the trainer added it. */
	added: string;
}
export interface ClassRecord {
	id: string;
	name: string;
	/** YYYY-MM-DD of the session. */
	date: string;
	/** `workshop:<id>` or `path:<id>`, or empty. */
	plan: string;
	receipts: StoredReceipt[];
}
export interface Classes {
	v: typeof CLASSES_VERSION;
	classes: ClassRecord[];
}

export const emptyClasses = (): Classes => ({ v: CLASSES_VERSION, classes: [] });

const CODE_SHAPE = /^NK\d{1,3}:[0-9A-Z]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLASS_ID = /^[a-z0-9]{1,24}$/;
const PLAN = /^(?:(?:workshop|path):[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max && !/[\u0000-\u001f\u007f]/.test(x);

function cleanClass(raw: unknown): ClassRecord | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const c = raw as Record<string, unknown>;
	if (typeof c.id !== 'string' || !CLASS_ID.test(c.id) || !isText(c.name, MAX_NAME) || !c.name.trim() || typeof c.date !== 'string' || !DATE.test(c.date)) return null;
	const plan = typeof c.plan === 'string' && PLAN.test(c.plan) ? c.plan : '';
	const receipts: StoredReceipt[] = [];
	const seen = new Set<string>();
	if (Array.isArray(c.receipts)) {
		if (c.receipts.length > MAX_RECEIPTS) return null;
		for (const r of c.receipts as unknown[]) {
			const x = r as Record<string, unknown> | null;
			if (!x || typeof x.code !== 'string' || x.code.length > MAX_CODE_CHARS + 8 || !CODE_SHAPE.test(x.code) || typeof x.added !== 'string' || !DATE.test(x.added) || seen.has(x.code)) continue;
			seen.add(x.code);
			receipts.push({ code: x.code, added: x.added });
		}
	}
	return { id: c.id, name: c.name.trim(), date: c.date, plan, receipts };
}

function cleanClasses(raw: unknown): Classes | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== CLASSES_VERSION || !Array.isArray(obj.classes) || obj.classes.length > MAX_CLASSES) return null;
	const out = emptyClasses();
	const ids = new Set<string>();
	for (const c of obj.classes) {
		const clean = cleanClass(c);
		if (!clean || ids.has(clean.id)) continue;
		ids.add(clean.id);
		out.classes.push(clean);
	}
	return out;
}

export const CLASSES_KIND: DeviceKind<Classes> = {
	key: CLASSES_KEY,
	version: CLASSES_VERSION,
	versionOf: (raw) => (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined),
	migrations: {},
	validate: cleanClasses,
	empty: emptyClasses,
};

/* ---------- editing ---------- */

export function addClass(state: Classes, c: Omit<ClassRecord, 'receipts'>): Classes {
	const clean = cleanClass({ ...c, receipts: [] });
	if (!clean || state.classes.length >= MAX_CLASSES || state.classes.some((x) => x.id === clean.id)) return state;
	return { ...state, classes: [...state.classes, clean] };
}
export const removeClass = (state: Classes, id: string): Classes => ({ ...state, classes: state.classes.filter((c) => c.id !== id) });
export const setPlan = (state: Classes, id: string, plan: string): Classes => (PLAN.test(plan) ? { ...state, classes: state.classes.map((c) => (c.id === id ? { ...c, plan } : c)) } : state);

/** The codes in a paste, a text file or a scan: every `NK<n>:` starts one (a WhatsApp chat may hold several). */
export function splitCodes(text: string): string[] {
	const starts = [...text.matchAll(/NK\d{1,3}:/gi)].map((m) => m.index);
	if (!starts.length) return [text];
	return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

/** The code as stored: prefix and upper-case base32, no spaces (the decoder already found it). */
const normalised = (text: string) => {
	const m = /NK(\d{1,3}):\s*([0-9A-Za-z\s]+)/i.exec(text);
	return m ? `NK${m[1]}:${m[2]!.replace(/\s+/g, '').toUpperCase()}` : '';
};

export type AddOutcome = { kind: 'added'; receipt: Receipt; unknown: number } | { kind: 'duplicate'; receipt: Receipt } | { kind: 'refused'; problem: Extract<Decoded, { ok: false }>['problem'] | 'class-full' };

/**
 * Add what was pasted, loaded or scanned to a class. Each code is decoded first; a refused one changes nothing.
 * The class keeps the code exactly as the checksum accepted it.
 */
export function addReceipts(state: Classes, classId: string, text: string, ctx: DecodeContext & { today: string }): { state: Classes; outcomes: AddOutcome[] } {
	const target = state.classes.find((c) => c.id === classId);
	if (!target) return { state, outcomes: [] };
	let receipts = target.receipts;
	const outcomes: AddOutcome[] = [];
	for (const piece of splitCodes(text)) {
		const decoded = decodeReceipt(piece, ctx);
		if (!decoded.ok) {
			outcomes.push({ kind: 'refused', problem: decoded.problem });
			continue;
		}
		const code = canonicalCode(piece);
		if (receipts.some((r) => r.code === code)) {
			outcomes.push({ kind: 'duplicate', receipt: decoded.receipt });
			continue;
		}
		if (receipts.length >= MAX_RECEIPTS) {
			outcomes.push({ kind: 'refused', problem: 'class-full' });
			continue;
		}
		receipts = [...receipts, { code, added: ctx.today }];
		outcomes.push({ kind: 'added', receipt: decoded.receipt, unknown: decoded.unknown });
	}
	if (receipts === target.receipts) return { state, outcomes };
	return { state: { ...state, classes: state.classes.map((c) => (c.id === classId ? { ...c, receipts } : c)) }, outcomes };
}

/** The code a decoder accepted, cut to the pieces its checksum covers (a chat may add words after it). */
function canonicalCode(piece: string): string {
	const full = normalised(piece);
	const m = /NK(\d{1,3}):\s*([0-9A-Za-z]+(?:\s+[0-9A-Za-z]+)*)/i.exec(piece);
	if (!m) return full;
	const pieces = m[2]!.split(/\s+/);
	for (let k = pieces.length; k >= 1; k--) {
		const code = `NK${m[1]}:${pieces.slice(0, k).join('').toUpperCase()}`;
		if (decodeReceipt(code, { lessons: [] }).ok) return code;
	}
	return full;
}

export const removeReceipt = (state: Classes, classId: string, code: string): Classes => ({ ...state, classes: state.classes.map((c) => (c.id === classId ? { ...c, receipts: c.receipts.filter((r) => r.code !== code) } : c)) });

/* ---------- export / import ---------- */

export function exportClasses(state: Classes, exportedAt: string): string {
	return JSON.stringify({ app: 'naik-kelas', kind: 'classes', exportedAt, classes: state }, null, 1);
}

export type ClassesImport = { ok: true; state: Classes } | { ok: false; error: 'empty' | 'too-large' | 'not-naik-kelas' | 'corrupt' | 'newer-version' };

export function importClasses(text: string): ClassesImport {
	const t = text.trim();
	if (!t) return { ok: false, error: 'empty' };
	if (t.length > MAX_CLASSES_FILE) return { ok: false, error: 'too-large' };
	let file: { app?: unknown; kind?: unknown; classes?: unknown };
	try {
		file = JSON.parse(t) as typeof file;
	} catch {
		return { ok: false, error: 'not-naik-kelas' };
	}
	if (!file || file.app !== 'naik-kelas' || file.kind !== 'classes') return { ok: false, error: 'not-naik-kelas' };
	const v = (file.classes as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > CLASSES_VERSION) return { ok: false, error: 'newer-version' };
	const clean = cleanClasses(file.classes);
	return clean ? { ok: true, state: clean } : { ok: false, error: 'corrupt' };
}

/** Imported classes join the ones here: a class with the same id gains the receipts it lacked; nothing is lost. */
export function mergeClasses(a: Classes, b: Classes): Classes {
	const out: ClassRecord[] = a.classes.map((c) => ({ ...c }));
	for (const c of b.classes) {
		const mine = out.find((x) => x.id === c.id);
		if (!mine) {
			if (out.length < MAX_CLASSES) out.push(c);
			continue;
		}
		const codes = new Set(mine.receipts.map((r) => r.code));
		mine.receipts = [...mine.receipts, ...c.receipts.filter((r) => !codes.has(r.code))].slice(0, MAX_RECEIPTS);
	}
	return { v: CLASSES_VERSION, classes: out };
}

/* ---------- the class view ---------- */

export interface Person {
	/** The name she typed, or "" (each unnamed receipt is its own row). */
	name: string;
	made: string;
	program?: string;
	lessons: Map<string, LessonResult>;
	pre?: LessonResult[];
	post?: LessonResult[];
	/** Her placement stage then (the earliest result any receipt carried) and now (the latest). */
	placement?: PlacementThenNow;
}

/**
 * One row per learner: receipts with the same name (ignoring case and spaces) are one person. Finished is
 * finished in any receipt; a first try is the earliest receipt's (it cannot change later); the before check is
 * the earliest one, the after check the latest; the placement "then" is the earliest result, "now" the latest.
 */
export function people(receipts: Receipt[]): Person[] {
	const byName = new Map<string, Person>();
	const out: Person[] = [];
	const sorted = [...receipts].sort((a, b) => a.made.localeCompare(b.made));
	for (const r of sorted) {
		const key = (r.name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
		let p = key ? byName.get(key) : undefined;
		if (!p) {
			p = { name: r.name ?? '', made: r.made, lessons: new Map() };
			if (key) byName.set(key, p);
			out.push(p);
		}
		p.made = r.made;
		if (r.program) p.program = r.program;
		for (const l of r.lessons) {
			const known = p.lessons.get(l.lesson);
			if (!known) p.lessons.set(l.lesson, { ...l, firstTry: { ...l.firstTry } });
			else {
				known.finished ||= l.finished;
				for (const [q, ok] of Object.entries(l.firstTry)) if (!Object.hasOwn(known.firstTry, q)) known.firstTry[q] = ok;
			}
		}
		if (r.placement) {
			const known = p.placement;
			p.placement = known
				? { first: r.placement.first.at < known.first.at ? r.placement.first : known.first, latest: r.placement.latest.at >= known.latest.at ? r.placement.latest : known.latest }
				: { first: r.placement.first, latest: r.placement.latest };
		}
		if (r.pre && !p.pre) p.pre = r.pre.lessons;
		if (r.post) p.post = r.post.lessons;
	}
	return out;
}

export interface QuestionStat {
	lesson: string;
	question: number;
	answered: number;
	wrong: number;
}

/** First tries per question over the class, the most often wrong first (what to teach again). */
export function questionStats(persons: Person[], lessons: string[]): QuestionStat[] {
	const stats = new Map<string, QuestionStat>();
	const only = new Set(lessons);
	for (const p of persons) {
		for (const l of p.lessons.values()) {
			if (only.size && !only.has(l.lesson)) continue;
			for (const [q, ok] of Object.entries(l.firstTry)) {
				const key = `${l.lesson}#${q}`;
				const s = stats.get(key) ?? { lesson: l.lesson, question: Number(q), answered: 0, wrong: 0 };
				s.answered++;
				if (!ok) s.wrong++;
				stats.set(key, s);
			}
		}
	}
	return [...stats.values()].sort((a, b) => b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong || a.lesson.localeCompare(b.lesson) || a.question - b.question);
}

/** The stage's number, 1–6 (the receipt's order). */
export const stageNumber = (stage: string) => ['consistency', 'finance-basics', 'social-commerce', 'product-branding', 'level-up', 'growth'].indexOf(stage) + 1;

/** Placement before/after over the class: people who sent both, and how many moved up a stage, stayed or moved back. */
export function placementChange(persons: Person[]): { people: number; up: number; same: number; down: number } {
	const out = { people: 0, up: 0, same: 0, down: 0 };
	for (const p of persons) {
		if (!p.placement) continue;
		out.people++;
		const moved = stageNumber(p.placement.latest.stage) - stageNumber(p.placement.first.stage);
		if (moved > 0) out.up++;
		else if (moved < 0) out.down++;
		else out.same++;
	}
	return out;
}

/** Right answers in a before or after check. */
export function checkScore(lessons: LessonResult[] | undefined): { right: number; answered: number } | undefined {
	if (!lessons) return undefined;
	let right = 0;
	let answered = 0;
	for (const l of lessons) for (const ok of Object.values(l.firstTry)) (answered++, ok && right++);
	return { right, answered };
}

/** Per question of a before/after check: how many got it right before and after (people with both). */
export function prePostByQuestion(persons: Person[]): { lesson: string; question: number; before: number; after: number; people: number }[] {
	const rows = new Map<string, { lesson: string; question: number; before: number; after: number; people: number }>();
	for (const p of persons) {
		if (!p.pre || !p.post) continue;
		const post = new Map<string, boolean>(p.post.flatMap((l) => Object.entries(l.firstTry).map(([q, ok]) => [`${l.lesson}#${q}`, ok] as const)));
		for (const l of p.pre) {
			for (const [q, ok] of Object.entries(l.firstTry)) {
				const key = `${l.lesson}#${q}`;
				if (!post.has(key)) continue;
				const row = rows.get(key) ?? { lesson: l.lesson, question: Number(q), before: 0, after: 0, people: 0 };
				row.people++;
				if (ok) row.before++;
				if (post.get(key)) row.after++;
				rows.set(key, row);
			}
		}
	}
	return [...rows.values()];
}

const csvCell = (v: string | number) => {
	const s = String(v);
	// A leading =, +, - or @ would run as a formula in a spreadsheet.
	const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The class table as CSV for a program's spreadsheet: one row per learner, one column per lesson of the plan. */
export function classCsv(persons: Person[], lessons: string[], head: { name: string; made: string; program: string; finished: string; firstTry: string; pre: string; post: string; placementThen: string; placementNow: string }): string {
	const rows: (string | number)[][] = [[head.name, head.made, head.program, ...lessons, head.finished, head.firstTry, head.pre, head.post, head.placementThen, head.placementNow]];
	for (const p of persons) {
		const plan = lessons.length ? lessons : [...p.lessons.keys()];
		const results = plan.map((id) => p.lessons.get(id));
		const right = results.reduce((n, l) => n + Object.values(l?.firstTry ?? {}).filter(Boolean).length, 0);
		const answered = results.reduce((n, l) => n + Object.keys(l?.firstTry ?? {}).length, 0);
		const pre = checkScore(p.pre);
		const post = checkScore(p.post);
		rows.push([
			p.name,
			p.made,
			p.program ?? '',
			...lessons.map((id) => (p.lessons.get(id)?.finished ? 1 : 0)),
			results.filter((l) => l?.finished).length,
			`${right}/${answered}`,
			pre ? `${pre.right}/${pre.answered}` : '',
			post ? `${post.right}/${post.answered}` : '',
			p.placement ? stageNumber(p.placement.first.stage) : '',
			p.placement ? stageNumber(p.placement.latest.stage) : '',
		]);
	}
	return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

