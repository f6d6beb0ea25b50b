/**
 * "Buku Usahaku" / "My business book": the learner's own figures and drafts,
 * saved on her phone from the do-now steps and the tools (HPP, selling prices
 * per channel, weekly capacity, a caption draft, the photo checklist, a price
 * list, notes), each with its date and the lesson it came from. Later lessons
 * read it (the calculator pre-fills HPP). Pure: the store is book-store.ts.
 */
import type { DeviceKind } from '../../core/device-store.ts';
import type { BUSINESS_BOOK_KEYS } from '../../core/schemas/lesson.ts';
import { isRealDate, own, type ImportRules } from '../progress/progress.ts';

export type BookKey = (typeof BUSINESS_BOOK_KEYS)[number];
/**
 * The kinds of entry: the schema's BUSINESS_BOOK_KEYS (book.test.ts checks they match), kept here
 * as plain data so the page scripts do not pull in the schema library.
 */
export const BOOK_KEYS: readonly BookKey[] = ['hpp', 'selling-price', 'weekly-capacity', 'caption-draft', 'photo-checklist', 'price-list', 'note'];
export const BOOK_VERSION = 1;
export const BOOK_KEY = 'naik-kelas:business-book';
/** Caps: a real book is a few dozen short entries. More is not her data. */
export const MAX_BOOK_ENTRIES = 300;
export const MAX_ENTRY_TEXT = 2000;
const MAX_PRICES = 12;
const MAX_CHANNEL = 60;
const MAX_AMOUNT = 1_000_000_000_000;

export interface ChannelPrice {
	/** Where she sells at this price ("Shopee", "WhatsApp"…), as the calculator's preset names it. */
	channel: string;
	/** Rupiah. */
	price: number;
}
export interface BookEntry {
	/** Stable id of the entry on this device (letters and digits). */
	id: string;
	key: BookKey;
	/** What she wrote (or what a tool put into words). */
	text: string;
	/** A Rupiah figure read from the text (HPP), when there is one. */
	amount?: number;
	/** Selling prices per channel (from the calculator). */
	prices?: ChannelPrice[];
	/** The lesson it came from. */
	lesson?: string;
	/** YYYY-MM-DD: saved or last edited. */
	at: string;
}
export interface Book {
	v: typeof BOOK_VERSION;
	entries: BookEntry[];
}

export const emptyBook = (): Book => ({ v: BOOK_VERSION, entries: [] });

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTRY_ID = /^[a-z0-9]{1,24}$/;
const isLessonId = (id: unknown): id is string => typeof id === 'string' && LESSON_ID.test(id) && !(id in Object.prototype);
const isKey = (key: unknown): key is BookKey => typeof key === 'string' && (BOOK_KEYS as readonly string[]).includes(key);
const isAmount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_AMOUNT;

/**
 * The first Rupiah figure in what she wrote: "HPP keripik Rp12.500 per bungkus" → 12500.
 * A figure written with "Rp" wins over a bare number ("3 bahan, Rp9.000" → 9000).
 */
export function amountIn(text: string): number | undefined {
	const figure = /(rp\.?\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+)/gi;
	let bare: number | undefined;
	for (const m of text.matchAll(figure)) {
		const n = Number(m[2]!.replace(/[.,]/g, ''));
		if (!isAmount(n)) continue;
		if (m[1]) return n;
		bare ??= n;
	}
	return bare;
}

/** A clean entry, or null. `rules` (an import): the lesson must be one this release knows, the date not in the future. */
function cleanEntry(raw: unknown, rules?: ImportRules): BookEntry | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const e = raw as Record<string, unknown>;
	if (typeof e.id !== 'string' || !ENTRY_ID.test(e.id) || !isKey(e.key) || typeof e.text !== 'string' || e.text.length > MAX_ENTRY_TEXT) return null;
	if (typeof e.at !== 'string' || e.at.length !== 10 || !isRealDate(e.at, rules?.today)) return null;
	const entry: BookEntry = { id: e.id, key: e.key, text: e.text, at: e.at };
	if (isAmount(e.amount)) entry.amount = e.amount;
	if (Array.isArray(e.prices)) {
		const prices = e.prices
			.filter((p): p is ChannelPrice => !!p && typeof p === 'object' && typeof (p as ChannelPrice).channel === 'string' && (p as ChannelPrice).channel.trim() !== '' && (p as ChannelPrice).channel.length <= MAX_CHANNEL && isAmount((p as ChannelPrice).price))
			.slice(0, MAX_PRICES)
			.map((p) => ({ channel: p.channel, price: p.price }));
		if (prices.length) entry.prices = prices;
	}
	if (isLessonId(e.lesson) && (!rules || rules.lessons.has(e.lesson))) entry.lesson = e.lesson;
	if (!entry.text.trim() && entry.amount === undefined && !entry.prices) return null;
	return entry;
}

function cleanBook(raw: unknown, rules?: ImportRules): Book | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const obj = raw as Record<string, unknown>;
	if (obj.v !== BOOK_VERSION || !Array.isArray(obj.entries)) return null;
	if (obj.entries.length > MAX_BOOK_ENTRIES) return null;
	const seen = new Set<string>();
	const book = emptyBook();
	for (const raw of obj.entries) {
		const entry = cleanEntry(raw, rules);
		if (!entry || seen.has(entry.id)) continue;
		seen.add(entry.id);
		book.entries.push(entry);
	}
	return book;
}

export const BOOK_KIND: DeviceKind<Book> = {
	key: BOOK_KEY,
	version: BOOK_VERSION,
	versionOf: (raw) => (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined),
	migrations: {},
	validate: (raw) => cleanBook(raw),
	empty: emptyBook,
};

/** An exported `businessBook` field, checked like progress: known keys and lessons, real dates, size caps. */
export function importBook(raw: unknown, rules: ImportRules): Book | null {
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > BOOK_VERSION) return null;
	return cleanBook(raw, rules);
}

/** Entries newest first (by date, then the later-saved one first). */
export function newestFirst(book: Book): BookEntry[] {
	return book.entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => (a.at === b.at ? j - i : a.at < b.at ? 1 : -1)).map(([e]) => e);
}

/** The newest entry of a kind (e.g. the HPP the calculator pre-fills). */
export function latest(book: Book, key: BookKey, has: (e: BookEntry) => boolean = () => true): BookEntry | undefined {
	return newestFirst(book).find((e) => e.key === key && has(e));
}

/** A new entry from what she wrote (a do-now result); the HPP figure is read from the text. */
export function addEntry(book: Book, entry: { id: string; key: BookKey; text: string; lesson?: string; at: string; prices?: ChannelPrice[]; amount?: number }): Book {
	const text = entry.text.trim().slice(0, MAX_ENTRY_TEXT);
	const amount = entry.amount ?? (entry.key === 'hpp' ? amountIn(text) : undefined);
	const clean = cleanEntry({ ...entry, text, amount }, undefined);
	if (!clean || book.entries.length >= MAX_BOOK_ENTRIES) return book;
	return { ...book, entries: [...book.entries.filter((e) => e.id !== clean.id), clean] };
}

/** She changed the words of an entry: the date becomes today's, the HPP figure is read again, and her words replace a calculator's price table. */
export function editEntry(book: Book, id: string, text: string, at: string): Book {
	return {
		...book,
		entries: book.entries.map((e) => {
			if (e.id !== id) return e;
			const next: BookEntry = { ...e, text: text.trim().slice(0, MAX_ENTRY_TEXT), at };
			delete next.prices;
			if (e.key === 'hpp') {
				const amount = amountIn(next.text);
				if (amount === undefined) delete next.amount;
				else next.amount = amount;
			}
			return next;
		}),
	};
}

export const removeEntry = (book: Book, id: string): Book => ({ ...book, entries: book.entries.filter((e) => e.id !== id) });

/**
 * The calculator's "Simpan ke Buku Usahaku": the HPP (a new entry unless the newest
 * HPP is the same figure) and the price on this channel, added to the newest
 * selling-price entry of the same lesson (or a new one).
 */
export function saveFromCalculator(book: Book, input: { ids: [string, string]; hpp?: { amount: number; text: string }; price?: ChannelPrice; pricesText: (prices: ChannelPrice[]) => string; lesson?: string; at: string }): Book {
	let next = book;
	if (input.hpp && latest(book, 'hpp', (e) => e.amount !== undefined)?.amount !== input.hpp.amount) {
		next = addEntry(next, { id: input.ids[0], key: 'hpp', text: input.hpp.text, amount: input.hpp.amount, lesson: input.lesson, at: input.at });
	}
	if (input.price && input.price.channel.trim()) {
		const channel = input.price.channel.trim().slice(0, MAX_CHANNEL);
		const current = latest(next, 'selling-price', (e) => Boolean(e.prices) && e.lesson === input.lesson);
		const prices = [...(current?.prices ?? []).filter((p) => p.channel !== channel), { channel, price: input.price.price }].slice(-MAX_PRICES);
		const id = current?.id ?? input.ids[1];
		next = addEntry(next, { id, key: 'selling-price', text: input.pricesText(prices), prices, lesson: input.lesson, at: input.at });
	}
	return next;
}

/** A new entry id, unique in the book: time-based, letters and digits only. */
export function newEntryId(book: Book, now: number, salt = 0): string {
	let n = now + salt;
	let id = n.toString(36);
	while (book.entries.some((e) => e.id === id)) id = (++n).toString(36);
	return id;
}

/** Combine an imported book with the one on the device: every entry kept once (the later edit of the same entry wins). */
export function mergeBook(device: Book, imported: Book): Book {
	const byId = new Map<string, BookEntry>();
	for (const e of device.entries) byId.set(e.id, e);
	for (const e of imported.entries) {
		const known = byId.get(e.id);
		if (!known || e.at > known.at) byId.set(e.id, e);
	}
	return { v: BOOK_VERSION, entries: [...byId.values()].slice(0, MAX_BOOK_ENTRIES) };
}

/** Which saved entries a do-now step shows as a starting point ("the catalogue lesson starts from her price list"). */
export const STARTS_FROM: Readonly<Record<BookKey, readonly BookKey[]>> = {
	hpp: ['hpp'],
	'selling-price': ['hpp', 'selling-price'],
	'weekly-capacity': ['weekly-capacity'],
	'caption-draft': ['caption-draft', 'selling-price'],
	'photo-checklist': ['photo-checklist'],
	'price-list': ['selling-price', 'price-list'],
	note: [],
};

/** The newest entry of each kind a do-now step starts from. */
export function startingPoints(book: Book, key: BookKey): BookEntry[] {
	const from = own(STARTS_FROM, key) ? STARTS_FROM[key] : [];
	return from.map((k) => latest(book, k)).filter((e): e is BookEntry => Boolean(e));
}
