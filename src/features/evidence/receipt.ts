/**
 * "Catatan belajar" / "Learning receipt": what a learner chooses to show a
 * trainer, as one short code that fits one QR code and one WhatsApp message.
 * Pure: no DOM, no storage. The format is documented on the trainer page and
 * published as JSON Schema (`/api/v1/schema/receipt.json`, receipt-schema.ts).
 *
 * The code is `NK1:` + Crockford base32 (0-9 A-Z without I L O U) of bytes:
 *
 *   version (1 byte, = 1) · made (2 bytes: days since 2024-01-01)
 *   · sections, each: type (1 byte) · length (varint) · data
 *   · CRC-32 of everything before it (4 bytes, big-endian)
 *
 * Sections (each at most once, in any order; an unknown type is refused as "made by a newer version"):
 *   1 name     UTF-8, at most 40 bytes (what she typed; optional)
 *   2 program  ASCII [a-z0-9-], 1–32 (the `program=<tag>` of the link she started from)
 *   3 lessons  repeated: lesson (3 bytes) · head (1 byte: 0x80 finished, low 5 bits n = questions)
 *              · answered (⌈n/8⌉ bytes, bit i = question i has a first try) · right (⌈n/8⌉, bit i = it was right)
 *   4 do-now   repeated: lesson (3 bytes) · key (1 byte length + ASCII) · text (1 byte length + UTF-8, ≤ 120 bytes)
 *   5 pre      workshop (3 bytes) · lesson entries as in 3 (the before check of a workshop plan)
 *   6 post     the same, the after check
 *   7 placement first stage (1 byte: 1–6, the stage's number) · its day (2 bytes) · latest stage (1 byte) · its day
 *              (2 bytes): her first and latest "Mulai dari mana?" results (then / now); opt-in, absent unless she ticks it
 *
 * A lesson or workshop is the low 24 bits of the FNV-1a hash of its permanent id (ids never change; a test keeps
 * every id ever published apart). Uppercase letters, digits and ":" are QR "alphanumeric" characters (5.5 bits
 * each), so the code packs about 10 % tighter than bytes would. The checksum catches a mistyped, cut or edited
 * code; it is not a signature: a receipt is what the learner says about herself, and the pages say so.
 */

import { idHash } from '../../core/catalogue/id-hash.ts';

export const RECEIPT_FORMAT = 1;
export const RECEIPT_PREFIX = `NK${RECEIPT_FORMAT}:`;
/** Longer than this is not a receipt (78 lessons with every question take about 900 characters). */
export const MAX_CODE_CHARS = 2400;
export const MAX_NAME_BYTES = 40;
export const MAX_DO_NOW_TEXT = 120;
export const MAX_DO_NOW = 12;
/** Questions per lesson in one entry (the self-checks have 3–5, with retries well under this). */
export const MAX_QUESTIONS = 31;
const PROGRAM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PROGRAM = 32;
const KEY = /^[a-z0-9-]{1,32}$/;
const EPOCH = Date.UTC(2024, 0, 1);
/** The stages in order, as the format writes them (number = index + 1). Frozen: a new stage is appended, never inserted (a test keeps it equal to STAGES). */
const STAGE_IDS = ['consistency', 'finance-basics', 'social-commerce', 'product-branding', 'level-up', 'growth'] as const;
export type ReceiptStage = (typeof STAGE_IDS)[number];
const DAY = 86_400_000;

export interface LessonResult {
	/** Permanent lesson id. */
	lesson: string;
	finished: boolean;
	/** First tries: question index (0-based, in the lesson's order) → right on the first try. */
	firstTry: Record<string, boolean>;
}
export interface DoNowResult {
	lesson: string;
	/** The business-book key (hpp, price, capacity…). */
	key: string;
	text: string;
}
export interface CheckResult {
	/** Workshop plan id. */
	workshop: string;
	lessons: LessonResult[];
}
export interface PlacementMark {
	stage: ReceiptStage;
	/** YYYY-MM-DD of that result. */
	at: string;
}
/** Her first and latest placement results ("then / now"); the same result twice when she has one. */
export interface PlacementThenNow {
	first: PlacementMark;
	latest: PlacementMark;
}
export interface Receipt {
	format: typeof RECEIPT_FORMAT;
	/** YYYY-MM-DD: the day she made it (her phone's clock). */
	made: string;
	name?: string;
	program?: string;
	lessons: LessonResult[];
	doNow: DoNowResult[];
	pre?: CheckResult;
	post?: CheckResult;
	placement?: PlacementThenNow;
}

export type ReceiptProblem = 'empty' | 'foreign' | 'newer' | 'oversized' | 'malformed' | 'tampered';
export type Decoded = { ok: true; receipt: Receipt; unknown: number } | { ok: false; problem: ReceiptProblem };

/* ---------- small pieces ---------- */

/** The 24-bit number that stands for a lesson or workshop id in a receipt (FNV-1a, shared with the lesson-card files). */
export { idHash };

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let bits = 0;
	let value = 0;
	for (const b of bytes) {
		value = (value << 8) | b;
		bits += 8;
		while (bits >= 5) {
			out += B32[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
		value &= (1 << bits) - 1;
	}
	if (bits > 0) out += B32[(value << (5 - bits)) & 31];
	return out;
}
/** Crockford's reading: case does not matter, O is 0, I and L are 1. Null on any other character. */
export function fromBase32(text: string): Uint8Array | null {
	const out: number[] = [];
	let bits = 0;
	let value = 0;
	for (const raw of text.toUpperCase()) {
		const ch = raw === 'O' ? '0' : raw === 'I' || raw === 'L' ? '1' : raw;
		const v = B32.indexOf(ch);
		if (v < 0) return null;
		value = (value << 5) | v;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
		value &= (1 << bits) - 1;
	}
	// Leftover bits are padding: they must be zero (otherwise the code was cut or changed).
	if (value !== 0) return null;
	return Uint8Array.from(out);
}

class Writer {
	bytes: number[] = [];
	u8(n: number) {
		this.bytes.push(n & 0xff);
	}
	u16(n: number) {
		this.u8(n >>> 8);
		this.u8(n);
	}
	u24(n: number) {
		this.u8(n >>> 16);
		this.u16(n & 0xffff);
	}
	varint(n: number) {
		while (n >= 0x80) {
			this.u8((n & 0x7f) | 0x80);
			n >>>= 7;
		}
		this.u8(n);
	}
	raw(b: ArrayLike<number>) {
		for (let i = 0; i < b.length; i++) this.u8(b[i]!);
	}
	short(b: Uint8Array) {
		this.u8(b.length);
		this.raw(b);
	}
}

class Reader {
	pos = 0;
	constructor(
		readonly bytes: Uint8Array,
		readonly end = bytes.length,
	) {}
	/** Throws on reading past the end: the caller turns it into "malformed". */
	u8(): number {
		if (this.pos >= this.end) throw new RangeError('short');
		return this.bytes[this.pos++]!;
	}
	u16() {
		return (this.u8() << 8) | this.u8();
	}
	u24() {
		return (this.u8() << 16) | this.u16();
	}
	varint() {
		let n = 0;
		for (let shift = 0; shift < 21; shift += 7) {
			const b = this.u8();
			n |= (b & 0x7f) << shift;
			if (!(b & 0x80)) return n;
		}
		throw new RangeError('varint');
	}
	take(n: number): Uint8Array {
		if (this.pos + n > this.end) throw new RangeError('short');
		const out = this.bytes.subarray(this.pos, this.pos + n);
		this.pos += n;
		return out;
	}
	short() {
		return this.take(this.u8());
	}
	get done() {
		return this.pos >= this.end;
	}
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const fromUtf8 = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);
/** Cut a text to at most `max` UTF-8 bytes without splitting a character. */
export function cutUtf8(text: string, max: number): string {
	let out = '';
	let size = 0;
	for (const ch of text) {
		const n = utf8(ch).length;
		if (size + n > max) break;
		out += ch;
		size += n;
	}
	return out;
}

const SECTION = { name: 1, program: 2, lessons: 3, doNow: 4, pre: 5, post: 6, placement: 7 } as const;
const PLACEMENT_BYTES = 6;
const questionIndexes = (r: LessonResult) =>
	Object.keys(r.firstTry)
		.filter((k) => /^\d{1,2}$/.test(k) && Number(k) < MAX_QUESTIONS)
		.map(Number);

function writeLessons(w: Writer, results: LessonResult[]) {
	for (const r of results) {
		const qs = questionIndexes(r);
		const n = qs.length ? Math.max(...qs) + 1 : 0;
		const width = Math.ceil(n / 8);
		const answered = new Uint8Array(width);
		const right = new Uint8Array(width);
		for (const q of qs) {
			answered[q >> 3]! |= 1 << (q & 7);
			if (r.firstTry[String(q)]) right[q >> 3]! |= 1 << (q & 7);
		}
		w.u24(idHash(r.lesson));
		w.u8((r.finished ? 0x80 : 0) | n);
		w.raw(answered);
		w.raw(right);
	}
}

function readLessons(r: Reader, lessonOf: (hash: number) => string | undefined, unknown: { n: number }): LessonResult[] {
	const out: LessonResult[] = [];
	const seen = new Set<number>();
	while (!r.done) {
		const hash = r.u24();
		const head = r.u8();
		if (head & 0x60) throw new RangeError('head');
		const n = head & 0x1f;
		const width = Math.ceil(n / 8);
		const answered = r.take(width);
		const right = r.take(width);
		if (seen.has(hash)) throw new RangeError('twice');
		seen.add(hash);
		const firstTry: Record<string, boolean> = {};
		for (let q = 0; q < n; q++) {
			const bit = 1 << (q & 7);
			if (answered[q >> 3]! & bit) firstTry[String(q)] = !!(right[q >> 3]! & bit);
			else if (right[q >> 3]! & bit) throw new RangeError('right without answer');
		}
		const lesson = lessonOf(hash);
		if (lesson === undefined) {
			unknown.n++;
			continue;
		}
		out.push({ lesson, finished: !!(head & 0x80), firstTry });
	}
	return out;
}

const dayOf = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY);
const isoOf = (day: number) => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);

/* ---------- encode ---------- */

/** The receipt as its short code (`NK1:…`). Texts too long are cut (never split inside a letter); bad tags are left out. */
export function encodeReceipt(receipt: Omit<Receipt, 'format'>): string {
	const w = new Writer();
	w.u8(RECEIPT_FORMAT);
	w.u16(Math.max(0, Math.min(0xffff, dayOf(receipt.made) || 0)));
	const section = (type: number, body: Writer) => {
		w.u8(type);
		w.varint(body.bytes.length);
		w.raw(body.bytes);
	};
	const name = receipt.name?.trim();
	if (name) {
		const body = new Writer();
		body.raw(utf8(cutUtf8(name, MAX_NAME_BYTES)));
		section(SECTION.name, body);
	}
	if (receipt.program && PROGRAM.test(receipt.program) && receipt.program.length <= MAX_PROGRAM) {
		const body = new Writer();
		body.raw(utf8(receipt.program));
		section(SECTION.program, body);
	}
	if (receipt.lessons.length) {
		const body = new Writer();
		writeLessons(body, receipt.lessons);
		section(SECTION.lessons, body);
	}
	const doNow = receipt.doNow.filter((d) => KEY.test(d.key) && d.text.trim()).slice(0, MAX_DO_NOW);
	if (doNow.length) {
		const body = new Writer();
		for (const d of doNow) {
			body.u24(idHash(d.lesson));
			body.short(utf8(d.key));
			body.short(utf8(cutUtf8(d.text.trim(), MAX_DO_NOW_TEXT)));
		}
		section(SECTION.doNow, body);
	}
	for (const which of ['pre', 'post'] as const) {
		const check = receipt[which];
		if (!check) continue;
		const body = new Writer();
		body.u24(idHash(check.workshop));
		writeLessons(body, check.lessons);
		section(SECTION[which], body);
	}
	const p = receipt.placement;
	const marks = p ? [p.first, p.latest] : [];
	if (p && marks.every((m) => STAGE_IDS.includes(m.stage) && dayOf(m.at) >= 0 && dayOf(m.at) <= 0xffff) && p.first.at <= p.latest.at) {
		const body = new Writer();
		for (const m of marks) {
			body.u8(STAGE_IDS.indexOf(m.stage) + 1);
			body.u16(dayOf(m.at));
		}
		section(SECTION.placement, body);
	}
	const bytes = Uint8Array.from(w.bytes);
	const crc = crc32(bytes);
	const all = new Uint8Array(bytes.length + 4);
	all.set(bytes);
	new DataView(all.buffer).setUint32(bytes.length, crc);
	return RECEIPT_PREFIX + toBase32(all);
}

/* ---------- decode ---------- */

export interface DecodeContext {
	/** Every lesson id this release knows (a receipt's lessons are matched against them), or the lookup itself: hash → id. */
	lessons: Iterable<string> | ((hash: number) => string | undefined);
	/** Every workshop plan id this release knows. */
	workshops?: Iterable<string>;
	/** YYYY-MM-DD: a receipt made after this day (plus one, for time zones) is refused. */
	today?: string;
}

const CODE = /NK(\d{1,3}):\s*([0-9A-Za-z]+(?:\s+[0-9A-Za-z]+)*)/i;

/**
 * Find the code in what was pasted (a whole WhatsApp message is fine) or scanned: `NK<format>:` and the letters
 * after it. A chat may break the code over lines, so the pieces after it (split by spaces or line breaks) are
 * candidates too: `bodies` lists the longest first; the checksum tells which one is the code.
 */
export function findCode(text: string): { format: number; bodies: string[] } | null {
	const m = CODE.exec(text);
	if (!m) return null;
	const pieces = m[2]!.split(/\s+/);
	const bodies: string[] = [];
	for (let k = pieces.length; k >= 1; k--) bodies.push(pieces.slice(0, k).join(''));
	return { format: Number(m[1]), bodies };
}

function lookup(ids: Iterable<string> | ((hash: number) => string | undefined) | undefined): (hash: number) => string | undefined {
	if (typeof ids === 'function') return ids;
	const map = new Map<number, string>();
	for (const id of ids ?? []) map.set(idHash(id), id);
	return (hash) => map.get(hash);
}

/**
 * A pasted, scanned or loaded receipt → the receipt, or the one reason it is refused. Never throws.
 * `unknown` counts lessons this release does not know (a newer site's lessons): they are left out, not guessed.
 */
export function decodeReceipt(text: string, ctx: DecodeContext): Decoded {
	if (typeof text !== 'string' || !text.trim()) return { ok: false, problem: 'empty' };
	if (text.length > MAX_CODE_CHARS * 4) return { ok: false, problem: 'oversized' };
	const code = findCode(text);
	if (!code) return { ok: false, problem: 'foreign' };
	if (code.format > RECEIPT_FORMAT) return { ok: false, problem: 'newer' };
	if (code.format !== RECEIPT_FORMAT) return { ok: false, problem: 'foreign' };
	if (code.bodies[code.bodies.length - 1]!.length > MAX_CODE_CHARS) return { ok: false, problem: 'oversized' };
	let body: Uint8Array | undefined;
	let problem: ReceiptProblem = 'malformed';
	for (const candidate of code.bodies) {
		if (candidate.length > MAX_CODE_CHARS) continue;
		const bytes = fromBase32(candidate);
		if (!bytes || bytes.length < 7) continue;
		const rest = bytes.subarray(0, bytes.length - 4);
		if (crc32(rest) === new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4)) {
			body = rest;
			break;
		}
		problem = 'tampered';
	}
	if (!body) return { ok: false, problem };
	try {
		const r = new Reader(body);
		const version = r.u8();
		if (version > RECEIPT_FORMAT) return { ok: false, problem: 'newer' };
		if (version !== RECEIPT_FORMAT) return { ok: false, problem: 'malformed' };
		const made = isoOf(r.u16());
		if (ctx.today && dayOf(made) > dayOf(ctx.today) + 1) return { ok: false, problem: 'malformed' };
		const receipt: Receipt = { format: RECEIPT_FORMAT, made, lessons: [], doNow: [] };
		const lessonOf = lookup(ctx.lessons);
		const workshopOf = lookup(ctx.workshops);
		const unknown = { n: 0 };
		const seen = new Set<number>();
		while (!r.done) {
			const type = r.u8();
			const length = r.varint();
			if (r.pos + length > body.length) return { ok: false, problem: 'malformed' };
			const part = new Reader(body.subarray(0, r.pos + length));
			part.pos = r.pos;
			r.pos += length;
			if (seen.has(type)) return { ok: false, problem: 'malformed' };
			seen.add(type);
			switch (type) {
				case SECTION.name: {
					const name = fromUtf8(part.take(length)).trim();
					if (length > MAX_NAME_BYTES || /[\u0000-\u001f\u007f]/.test(name)) return { ok: false, problem: 'malformed' };
					if (name) receipt.name = name;
					break;
				}
				case SECTION.program: {
					const program = fromUtf8(part.take(length));
					if (!PROGRAM.test(program) || program.length > MAX_PROGRAM) return { ok: false, problem: 'malformed' };
					receipt.program = program;
					break;
				}
				case SECTION.lessons:
					receipt.lessons = readLessons(part, lessonOf, unknown);
					break;
				case SECTION.doNow:
					while (!part.done) {
						const lesson = lessonOf(part.u24());
						const key = fromUtf8(part.short());
						const rawText = part.short();
						const doText = fromUtf8(rawText);
						if (!KEY.test(key) || rawText.length > MAX_DO_NOW_TEXT || receipt.doNow.length >= MAX_DO_NOW) return { ok: false, problem: 'malformed' };
						if (lesson === undefined) unknown.n++;
						else receipt.doNow.push({ lesson, key, text: doText });
					}
					break;
				case SECTION.pre:
				case SECTION.post: {
					const workshop = workshopOf(part.u24());
					const lessons = readLessons(part, lessonOf, unknown);
					if (workshop === undefined) unknown.n++;
					else receipt[type === SECTION.pre ? 'pre' : 'post'] = { workshop, lessons };
					break;
				}
				case SECTION.placement: {
					if (length !== PLACEMENT_BYTES) return { ok: false, problem: 'malformed' };
					const marks: PlacementMark[] = [];
					for (let i = 0; i < 2; i++) {
						const n = part.u8();
						const day = part.u16();
						// A stage outside 1–6, or a result after the receipt was made: not a real receipt.
						if (n < 1 || n > STAGE_IDS.length || day > dayOf(made)) return { ok: false, problem: 'malformed' };
						marks.push({ stage: STAGE_IDS[n - 1]!, at: isoOf(day) });
					}
					if (marks[0]!.at > marks[1]!.at) return { ok: false, problem: 'malformed' };
					receipt.placement = { first: marks[0]!, latest: marks[1]! };
					break;
				}
				default:
					return { ok: false, problem: 'newer' };
			}
		}
		return { ok: true, receipt, unknown: unknown.n };
	} catch {
		return { ok: false, problem: 'malformed' };
	}
}

/** Right first tries and questions with a first try, over a list of lessons. */
export function firstTryTotals(lessons: LessonResult[]): { right: number; answered: number } {
	let right = 0;
	let answered = 0;
	for (const l of lessons) {
		for (const ok of Object.values(l.firstTry)) {
			answered++;
			if (ok) right++;
		}
	}
	return { right, answered };
}
