/**
 * Lesson cards: what a page on the learner's or trainer's device needs to show a lesson it only knows by id
 * (title, address, minutes, stage, how many self-check questions; the questions themselves are in
 * `/belajarku/ulang/<lessonId>.json`, loaded only where they are shown), in small JSON files loaded on demand, instead of a
 * copy of the whole catalogue in the page. A page that carried every lesson grew with the curriculum (Belajarku
 * and Kelas saya were 22.8 KB brotli at 378 lessons and would be about 250 KB at 5,000); with cards the page
 * stays the same size and a visit loads only the files that hold the lessons it shows.
 *
 * A lesson's file is chosen by its id's 24-bit hash (core/catalogue/id-hash.ts), modulo the number of files,
 * a power of two that keeps about CARDS_PER_FILE lessons in each: so a learning receipt, which names lessons by
 * that hash, can be read by loading only the files of the lessons it names. The files are
 * `/belajarku/pelajaran/<n>.json` (`/en/…` in English), built by src/pages/[...lang]/belajarku/pelajaran/[file].json.ts.
 * Pure, except that `lessonCards` calls the `fetch` it is given.
 */
import { idHash } from './id-hash.ts';
import type { Stage } from '../schemas/vocabulary.ts';

/** Lessons per card file at most, on average: about 2 KB brotli a file, a few files for a learner's progress. */
export const CARDS_PER_FILE = 64;

/** One lesson as a card. Short keys: these files are downloaded on a slow link. */
export interface LessonCard {
	/** Title. */
	t: string;
	/** The lesson's address. */
	u: string;
	/** Minutes. */
	m: number;
	/** Stage id. */
	s: Stage;
	/** How many self-check questions it has. */
	n: number;
	/** Place in the catalogue's order (to list lessons known only by id in curriculum order). */
	o: number;
}

/** One card file: lesson id → card. */
export type CardFile = Record<string, LessonCard>;

/** How many card files a language with `lessons` lessons has: the smallest power of two that keeps each within CARDS_PER_FILE on average. */
export function cardFileCount(lessons: number, perFile = CARDS_PER_FILE): number {
	let n = 1;
	while (lessons > n * perFile) n *= 2;
	return n;
}

/** Which file holds the lesson with this 24-bit hash (a receipt names lessons by it). */
export const cardFileOfHash = (hash: number, files: number) => hash % files;

/** Which file holds this lesson. */
export const cardFileOf = (lessonId: string, files: number) => cardFileOfHash(idHash(lessonId), files);

/** The cards of a language's lessons, split into their files (index = file number). */
export function cardFiles(cards: Iterable<[string, LessonCard]>, files: number): CardFile[] {
	const out: CardFile[] = Array.from({ length: files }, () => ({}));
	for (const [id, card] of cards) out[cardFileOf(id, files)]![id] = card;
	return out;
}

/** What a page carries so its script can find the cards: the files' folder (ending in `/`) and how many there are. */
export interface CardSource {
	base: string;
	files: number;
}

/** The address of card file `n`. */
export const cardFileUrl = (source: CardSource, n: number) => `${source.base}${n}.json`;

export interface LessonCards {
	/** Load the cards of these lessons (the files that hold them, each once). Lessons without a card are left out. */
	load(ids: Iterable<string>): Promise<void>;
	/** Load the files that hold the lessons with these 24-bit hashes (a receipt's lessons). */
	loadHashes(hashes: Iterable<number>): Promise<void>;
	/** Load every file (an import of a whole backup checks its ids against every lesson: a rare, deliberate act). */
	loadAll(): Promise<void>;
	/** A loaded card, or undefined (not loaded yet, no such lesson, or its file could not be fetched). */
	get(id: string): LessonCard | undefined;
	/** Every lesson id loaded so far. */
	ids(): string[];
	/** Whether every file asked for so far arrived (false: offline and never saved, or a server error). */
	complete(): boolean;
}

/**
 * A page's lesson cards. Each file is fetched at most once per page (a failed one is tried again at the next
 * load); `load` resolves when the files it needs have arrived or failed, and never rejects.
 */
export function lessonCards(source: CardSource, fetcher: (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }> = (u) => fetch(u)): LessonCards {
	const cards = new Map<string, LessonCard>();
	const files = new Map<number, Promise<boolean>>();
	const fetchFile = (n: number) => {
		let pending = files.get(n);
		if (!pending) {
			pending = fetcher(cardFileUrl(source, n))
				.then(async (res) => {
					if (!res.ok) return false;
					const file = (await res.json()) as CardFile;
					for (const [id, card] of Object.entries(file ?? {})) if (card && typeof card.t === 'string' && typeof card.u === 'string') cards.set(id, card);
					return true;
				})
				.catch(() => false)
				.then((ok) => {
					if (!ok) files.delete(n);
					return ok;
				});
			files.set(n, pending);
		}
		return pending;
	};
	let failed = false;
	const loadFiles = async (numbers: Set<number>) => {
		const results = await Promise.all([...numbers].map(fetchFile));
		failed = results.includes(false);
	};
	return {
		load: (ids) => loadFiles(new Set([...ids].map((id) => cardFileOf(id, source.files)))),
		loadHashes: (hashes) => loadFiles(new Set([...hashes].map((h) => cardFileOfHash(h, source.files)))),
		loadAll: () => loadFiles(new Set(Array.from({ length: source.files }, (_, n) => n))),
		get: (id) => cards.get(id),
		ids: () => [...cards.keys()],
		complete: () => !failed,
	};
}

const onThisPage = new Map<string, LessonCards>();
/** The one set of cards of a page for this source: the islands of a page (Belajarku, its review, its receipt) share what is loaded. */
export function pageLessonCards(source: CardSource): LessonCards {
	const key = `${source.base} ${source.files}`;
	let cards = onThisPage.get(key);
	if (!cards) onThisPage.set(key, (cards = lessonCards(source)));
	return cards;
}

/**
 * A path as a page's script gets it: its lessons (`l`, for a short fixed list such as a workshop plan's), or where to
 * load them (`src`). A learning path is always named by its list's address, `/belajarku/jalur/<pathId>.json`: a
 * stage path lists every lesson of its stage, and all paths together name every lesson, so carrying their lists
 * would make the page grow with the curriculum.
 */
export interface PathRef {
	id: string;
	l?: string[];
	src?: string;
}

/** A learning path by the address of its list. */
export const pathRef = (path: { id: string }, listUrl: string): PathRef => ({ id: path.id, src: listUrl });

/**
 * A page's path lists: `get` gives a path's lessons when known (inline, or loaded), `load` loads the lists of
 * these paths that are not in the page (each once; a failed one is tried again next time; never rejects).
 */
export function pathLists(fetcher: (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }> = (u) => fetch(u)) {
	const loaded = new Map<string, string[]>();
	const pending = new Map<string, Promise<void>>();
	const one = (ref: PathRef) => {
		if (ref.l || !ref.src || loaded.has(ref.src)) return Promise.resolve();
		let p = pending.get(ref.src);
		if (!p) {
			const src = ref.src;
			p = fetcher(src)
				.then(async (res) => {
					const list = res.ok ? await res.json() : null;
					if (Array.isArray(list)) loaded.set(src, list.filter((x): x is string => typeof x === 'string'));
				})
				.catch(() => undefined)
				.finally(() => pending.delete(src));
			pending.set(src, p);
		}
		return p;
	};
	return {
		get: (ref: PathRef): string[] | undefined => ref.l ?? (ref.src ? loaded.get(ref.src) : undefined),
		load: async (refs: Iterable<PathRef>) => void (await Promise.all([...refs].map(one))),
	};
}
