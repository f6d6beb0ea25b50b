/**
 * Review that brings lessons back ("Ulang sebentar" / "Quick review" in Belajarku):
 * a Leitner schedule kept on the device, with no storage access here (the
 * page reads and writes it through src/core/device-store.ts).
 *
 * - Every self-check question of a finished lesson is a card. A card starts in
 *   box 1. A card in box b comes back INTERVAL_DAYS[b-1] days after it was last
 *   answered (1, 7, 30). Right → the next box; right in box 3 → learned (box 4,
 *   never due again). Wrong → back to box 1, due tomorrow.
 * - A "day" is the learner's local calendar day (Asia/Jakarta, Makassar, Jayapura…),
 *   never the UTC day: a card due "tomorrow" does not appear at 07:00 in Jayapura.
 * - Clock changes: an invalid clock shows nothing and changes nothing; a clock
 *   moved back (or corrected after running far ahead) never leaves a card due
 *   later than its full interval from today, so cards come back on time.
 * - At most REVIEW_PER_VISIT cards a visit, oldest due first.
 */
import type { DeviceKind } from '../../core/device-store.ts';

export const REVIEW_KEY = 'naik-kelas:review';
export const REVIEW_VERSION = 1;
/** Days until a card in box 1, 2, 3 comes back. */
export const INTERVAL_DAYS = [1, 7, 30] as const;
/** Box 4: answered right in every box; never shown again. */
export const LEARNED_BOX = 4;
export const REVIEW_PER_VISIT = 5;
/** More cards than this are refused on import: 200 lessons × 10 questions. */
export const MAX_REVIEW_CARDS = 2000;
/** A card id: `<lessonId>.<question index>`. */
const CARD_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d)$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ReviewCard {
	/** 1–3 in review; 4 learned. */
	box: number;
	/** Local day (YYYY-MM-DD) from which the card is shown; absent when learned. */
	due?: string;
}
export interface ReviewState {
	v: typeof REVIEW_VERSION;
	/** The learner turned review off: no cards are shown (they are still kept). */
	off: boolean;
	cards: Record<string, ReviewCard>;
}

export const emptyReview = (): ReviewState => ({ v: REVIEW_VERSION, off: false, cards: {} });

/** A real calendar day `YYYY-MM-DD` between 2000 and 9999. */
export function isDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = DAY.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return y >= 2000 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The learner's local calendar day at `now`, in `timeZone` (default: the
 * device's). Null for an invalid clock (NaN, out of range) or an unknown zone.
 */
export function localDay(now: Date, timeZone?: string): string | null {
	if (!(now instanceof Date) || Number.isNaN(now.getTime())) return null;
	try {
		const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
		const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
		const day = `${get('year')}-${get('month')}-${get('day')}`;
		return isDay(day) ? day : null;
	} catch {
		return null;
	}
}

/** `day` plus `n` calendar days (UTC arithmetic on dates: no daylight-saving surprises). */
export function addDays(day: string, n: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

export const cardId = (lessonId: string, question: number) => `${lessonId}.${question}`;
export function parseCardId(id: string): { lessonId: string; question: number } | null {
	const m = CARD_ID.exec(id);
	return m && !(m[1]! in Object.prototype) ? { lessonId: m[1]!, question: Number(m[2]) } : null;
}

const ownCard = (state: ReviewState, id: string): ReviewCard | undefined => (Object.hasOwn(state.cards, id) ? state.cards[id] : undefined);

/** Rules for an import: only lessons this release knows, with at most that many questions. */
export interface ReviewRules {
	questions: ReadonlyMap<string, number>;
}

/** Keep only well-formed cards; never throws. With `rules`, only known lessons and questions. */
function clean(raw: unknown, rules?: ReviewRules): ReviewState | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== REVIEW_VERSION) return null;
	const state = emptyReview();
	state.off = obj.off === true;
	const cards = obj.cards;
	if (cards && typeof cards === 'object' && !Array.isArray(cards)) {
		const entries = Object.entries(cards as Record<string, unknown>);
		if (entries.length > MAX_REVIEW_CARDS) return null;
		for (const [id, value] of entries) {
			const parsed = parseCardId(id);
			if (!parsed || !value || typeof value !== 'object') continue;
			if (rules && !(parsed.question < (rules.questions.get(parsed.lessonId) ?? 0))) continue;
			const { box, due } = value as { box?: unknown; due?: unknown };
			if (!Number.isInteger(box) || (box as number) < 1 || (box as number) > LEARNED_BOX) continue;
			if (box === LEARNED_BOX) state.cards[id] = { box };
			else if (isDay(due)) state.cards[id] = { box: box as number, due };
		}
	}
	return state;
}

/** Review schedule as device data (src/core/device-store.ts). */
export const REVIEW_KIND: DeviceKind<ReviewState> = {
	key: REVIEW_KEY,
	version: REVIEW_VERSION,
	versionOf: (raw) => (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined),
	migrations: {},
	validate: (raw) => clean(raw),
	empty: emptyReview,
};

/** An imported schedule (export field `review`), checked like progress: known lessons only, real days. */
export function importReview(raw: unknown, rules: ReviewRules): ReviewState | null {
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v !== 'number' || v !== REVIEW_VERSION) return null;
	return clean(raw, rules);
}

/**
 * Put the questions of finished lessons on the schedule (those not on it yet).
 * `done` is each finished lesson's recorded day; its first review is the day
 * after, and never before tomorrow for a lesson finished today or yesterday
 * (the recorded day may be the UTC day, up to one day off the local one).
 */
export function enrol(state: ReviewState, done: ReadonlyMap<string, string>, questions: ReadonlyMap<string, number>, today: string): ReviewState {
	let cards: Record<string, ReviewCard> | undefined;
	for (const [lessonId, doneDay] of done) {
		const count = questions.get(lessonId) ?? 0;
		const day = isDay(doneDay.slice(0, 10)) ? doneDay.slice(0, 10) : today;
		const due = day >= addDays(today, -1) ? addDays(today, 1) : addDays(day, 1);
		for (let q = 0; q < count && q < 10; q++) {
			const id = cardId(lessonId, q);
			if (ownCard(state, id)) continue;
			cards ??= { ...state.cards };
			cards[id] = { box: 1, due };
		}
	}
	return cards ? { ...state, cards } : state;
}

/**
 * After a clock change: no card may be due later than its full interval from
 * today (a clock moved back, or corrected after running far ahead).
 */
export function settle(state: ReviewState, today: string): ReviewState {
	let cards: Record<string, ReviewCard> | undefined;
	for (const [id, card] of Object.entries(state.cards)) {
		if (card.box >= LEARNED_BOX || !card.due) continue;
		const latest = addDays(today, INTERVAL_DAYS[card.box - 1]!);
		if (card.due > latest) {
			cards ??= { ...state.cards };
			cards[id] = { ...card, due: latest };
		}
	}
	return cards ? { ...state, cards } : state;
}

/** The cards to show today: due, oldest first, at most `limit`. None when review is off or the day is unknown. */
export function dueCards(state: ReviewState, today: string | null, limit = REVIEW_PER_VISIT): string[] {
	if (state.off || !today || !isDay(today)) return [];
	return Object.entries(state.cards)
		.filter(([, c]) => c.box < LEARNED_BOX && c.due !== undefined && c.due <= today)
		.sort(([a, x], [b, y]) => x.due!.localeCompare(y.due!) || a.localeCompare(b))
		.slice(0, limit)
		.map(([id]) => id);
}

/** Right → next box (or learned after box 3); wrong → box 1. The card comes back after its box's interval. */
export function answer(state: ReviewState, id: string, right: boolean, today: string): ReviewState {
	const card = ownCard(state, id);
	if (!card || !isDay(today)) return state;
	const box = right ? Math.min(card.box + 1, LEARNED_BOX) : 1;
	const next: ReviewCard = box >= LEARNED_BOX ? { box } : { box, due: addDays(today, INTERVAL_DAYS[box - 1]!) };
	return { ...state, cards: { ...state.cards, [id]: next } };
}

/** Days until a card comes back after this answer, or null when it is learned. */
export function daysUntilNext(state: ReviewState, id: string, today: string): number | null {
	const due = ownCard(state, id)?.due;
	if (!due) return null;
	return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export const setReviewOff = (state: ReviewState, off: boolean): ReviewState => (state.off === off ? state : { ...state, off });

/** Combine an imported schedule with the device's: for each card the further box wins (then the earlier day); off if either is. */
export function mergeReview(a: ReviewState, b: ReviewState): ReviewState {
	const cards: Record<string, ReviewCard> = { ...a.cards };
	for (const [id, y] of Object.entries(b.cards)) {
		const x = ownCard(a, id);
		if (!x || y.box > x.box || (y.box === x.box && (y.due ?? '') < (x.due ?? ''))) cards[id] = y;
	}
	return { v: REVIEW_VERSION, off: a.off || b.off, cards };
}

/**
 * A stable shuffled order of `n` options for a card (the same on every visit),
 * so the right answer is not always where the lesson put it.
 */
export function optionOrder(id: string, n: number): number[] {
	let h = 2166136261;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
		const j = h % (i + 1);
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** One lesson's questions, as Belajarku fetches them (`/belajarku/ulang/<lessonId>.json`). */
export interface ReviewLesson {
	/** Lesson title. */
	t: string;
	/** URL of the lesson's self-check section. */
	u: string;
	/** Questions: [question, index of the right option, [option text, why][]]. */
	q: [string, number, [string, string][]][];
}
