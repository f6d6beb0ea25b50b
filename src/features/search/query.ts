/**
 * Query understanding for the search dialog, pure and small (it ships in the
 * dialog's chunk): turns what a person types into the words the index uses.
 *
 * - `understand()`: chat abbreviations and slang from the maintained word list
 *   (content/search/words.yaml) become index words ("hrg" → "harga", "jualin"
 *   → "jual"), filler words are dropped ("gmn", "yg", "kak", "how", "to"),
 *   reduplication written with a digit or a hyphen becomes one word ("foto2",
 *   "foto-foto" → "foto"), brand names stay whole, and audience or organiser
 *   words become directory filters when the person is looking for a program
 *   ("pelatihan buat ibu2" → filter "Perempuan").
 * - `variants()`: formal forms a colloquial word may stand for (nasal
 *   prefixes, -in endings, ke- passives, e/a vowel shifts): the dialog tries
 *   them, in order, only for a word that no page contains. The rules propose,
 *   the index decides.
 * - `closest()`: when no page has every word, pages ranked by how many of the
 *   words they have, then by Pagefind's score.
 * - `namedKinds()` and `preferKinds()`: lessons answer a topic; a path, program,
 *   workshop plan or any other page (glossary, trainer index) counts for less,
 *   unless the person names that kind of page ("jalur", "pelatihan", "modul").
 */

/** The word list of one language as the dialog receives it (src/pages/[...lang]/search-words.json.ts). */
export interface QueryWords {
	forms: Record<string, string>;
	filler: readonly string[];
	keep: readonly string[];
	programs: readonly string[];
	/** Filter name → typed word → the filter's value label in the index. */
	filters: Record<string, Record<string, string>>;
	/** The `kind` filter's label for program pages. */
	programKind: string;
	/** The `kind` filter's label of each kind of page. */
	kinds?: Record<PageKind, string>;
	/** Words that name a kind of page other than a lesson ("jalur", "modul", "program"). */
	kindWords?: Partial<Record<PageKind, readonly string[]>>;
}

export type PageKind = 'lesson' | 'path' | 'program' | 'workshop';

export interface Understood {
	/** Words to search, in the order typed, each once. */
	terms: string[];
	/** Filters the query implies (filter name → value labels), empty unless the person looks for a program. */
	filters: Record<string, string[]>;
}

type Meaning = { form: string } | { filler: true } | { keep: true } | { filter: string; value: string } | { program: true };

/** Longest phrase in the word list, in words: phrases are matched greedily up to this length. */
const MAX_PHRASE = 3;

function dictionary(words: QueryWords): Map<string, Meaning> {
	const dict = new Map<string, Meaning>();
	for (const [name, byWord] of Object.entries(words.filters)) for (const [w, value] of Object.entries(byWord)) dict.set(w, { filter: name, value });
	for (const w of words.programs) dict.set(w, { program: true });
	for (const w of words.keep) dict.set(w, { keep: true });
	for (const [w, form] of Object.entries(words.forms)) dict.set(w, { form });
	for (const w of words.filler) dict.set(w, { filler: true });
	return dict;
}

/** Lower-case words, without the punctuation of a chat message ("hpp?", "(cod)", "kak,"). */
export function tokens(query: string): string[] {
	return query
		.toLocaleLowerCase('id')
		.replace(/[^\p{L}\p{N}&'’:/-]+/gu, ' ')
		.split(' ')
		.map((w) => w.replace(/^[-'’:/]+|[-'’:/]+$/g, ''))
		.filter(Boolean);
}

/** "foto2", "foto-foto", "ibu-ibu" → the word once; anything else unchanged. */
export function unreduplicate(word: string): string {
	const digit = /^(\p{L}{2,})2$/u.exec(word);
	if (digit) return digit[1]!;
	const hyphen = /^(\p{L}{2,})-(\p{L}{2,})$/u.exec(word);
	return hyphen && hyphen[1] === hyphen[2] ? hyphen[1]! : word;
}

const cache = new WeakMap<QueryWords, Map<string, Meaning>>();

export function understand(query: string, words: QueryWords): Understood {
	let dict = cache.get(words);
	if (!dict) cache.set(words, (dict = dictionary(words)));
	const typed = tokens(query);
	// Audience and organiser words stay in place until the whole query says whether it is a program search.
	const parts: (string | { term: string; filter: string; value: string })[] = [];
	let program = false;
	for (let i = 0; i < typed.length; ) {
		let meaning: Meaning | undefined;
		let phrase = '';
		let n = Math.min(MAX_PHRASE, typed.length - i);
		for (; n > 0; n--) {
			phrase = typed.slice(i, i + n).join(' ');
			meaning = dict.get(phrase) ?? (n === 1 ? dict.get(unreduplicate(phrase)) : undefined);
			if (meaning) break;
		}
		if (!meaning) {
			n = 1;
			phrase = unreduplicate(typed[i]!);
		}
		i += n;
		if (!meaning || 'keep' in meaning) parts.push(phrase);
		else if ('form' in meaning) parts.push(...meaning.form.split(' '));
		else if ('program' in meaning) {
			program = true;
			parts.push(phrase);
		} else if ('filter' in meaning) parts.push({ term: phrase, ...meaning });
	}
	const terms: string[] = [];
	const filters: Record<string, string[]> = {};
	for (const part of parts) {
		if (typeof part === 'string') terms.push(part);
		// An audience or organiser word means a filter only in a program search; otherwise it is an ordinary word.
		else if (program) (filters[part.filter] ??= []).includes(part.value) || filters[part.filter]!.push(part.value);
		else terms.push(...part.term.split(' '));
	}
	if (program && Object.keys(filters).length) filters.kind = [words.programKind];
	return { terms: [...new Set(terms)], filters };
}

const VOWEL = /^[aiueo]/;

/**
 * Formal words a colloquial `word` may stand for, most likely first, none
 * shorter than 4 letters (Pagefind also matches word beginnings, so a short
 * guess finds unrelated words). Empty for words the list keeps as they are.
 */
export function variants(word: string, words: Pick<QueryWords, 'keep'>): string[] {
	if (words.keep.includes(word) || !/^\p{L}+$/u.test(word)) return [];
	const bases = [word];
	// -nya (ngurusnya, caranya): the word without it, and that word's own variants below.
	if (word.endsWith('nya') && word.length > 6) bases.push(word.slice(0, -3));
	// -in ending (jualin, misahin): also -kan, the formal ending it stands for.
	if (word.endsWith('in') && word.length > 5) bases.push(word.slice(0, -2), `${word.slice(0, -2)}kan`);
	// ke- passive (ketipu, kebobolan): ter-/di- in formal writing.
	if (word.startsWith('ke') && word.length > 5) {
		const rest = word.endsWith('an') ? word.slice(2, -2) : word.slice(2);
		bases.push(rest, `ter${rest}`);
	}
	const out: string[] = [];
	for (const base of bases) {
		out.push(base);
		// Nasal prefixes of colloquial verbs: nge-/ng-/ny-/m-/n- replace the first sound.
		if (base.startsWith('nge') && base.length > 6) out.push(base.slice(3));
		if (base.startsWith('ng') && VOWEL.test(base.slice(2))) out.push(`k${base.slice(2)}`, base.slice(2), `h${base.slice(2)}`);
		else if (base.startsWith('ny') && VOWEL.test(base.slice(2))) out.push(`c${base.slice(2)}`, `s${base.slice(2)}`);
		else if (base.startsWith('m') && VOWEL.test(base.slice(1))) out.push(`p${base.slice(1)}`, `f${base.slice(1)}`);
		else if (base.startsWith('n') && VOWEL.test(base.slice(1))) out.push(`t${base.slice(1)}`);
		// A dropped h at the start (abis → habis).
		if (VOWEL.test(base)) out.push(`h${base}`);
	}
	// Colloquial e for a in the last syllable (bales → balas, nyatet → catat).
	const shifted = out.flatMap((w) => {
		const m = /^(.*)e([^aiueo]+)$/.exec(w);
		return m ? [`${m[1]}a${m[2]}`] : [];
	});
	return [...new Set([...out, ...shifted])].filter((w) => w !== word && w.length >= 4);
}

export interface Scored<R> {
	result: R;
	/** How many of the query's words the page has. */
	matched: number;
	score: number;
}

/**
 * Pages ranked by how many of the words they contain, then by the sum of
 * Pagefind's scores for those words. `perWord` holds each word's results.
 */
export function closest<R extends { id: string; score: number }>(perWord: readonly (readonly R[])[]): Scored<R>[] {
	const byId = new Map<string, Scored<R>>();
	for (const results of perWord) {
		for (const r of results) {
			const s = byId.get(r.id);
			if (s) {
				s.matched++;
				s.score += r.score;
			} else byId.set(r.id, { result: r, matched: 1, score: r.score });
		}
	}
	return [...byId.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
}

/** The kinds of page the typed query names ("jalur belajar jualan makanan" → path), by whole words or phrases. */
export function namedKinds(query: string, words: Pick<QueryWords, 'kindWords'>): Set<PageKind> {
	const typed = ` ${tokens(query).map(unreduplicate).join(' ')} `;
	const named = new Set<PageKind>();
	for (const [kind, list] of Object.entries(words.kindWords ?? {}) as [PageKind, readonly string[]][]) {
		if (list.some((w) => typed.includes(` ${w} `))) named.add(kind);
	}
	return named;
}

/**
 * `scored` re-ordered so that lessons, and pages of a kind the person named, come before other pages of about the
 * same score: every other page's score counts `weight` times (0 < weight ≤ 1). Pages keep their `matched` order
 * (more of the query's words first). Stable: equal scores keep Pagefind's order.
 */
export function preferKinds<R extends { id: string }>(scored: readonly Scored<R>[], preferred: (id: string) => boolean, weight: number): Scored<R>[] {
	const w = (s: Scored<R>) => s.score * (preferred(s.result.id) ? 1 : weight);
	return scored
		.map((s, i) => ({ s, i, v: w(s) }))
		.sort((a, b) => b.s.matched - a.s.matched || b.v - a.v || a.i - b.i)
		.map(({ s }) => s);
}
