/**
 * Originality: no lesson or program description may share a run of
 * `MIN_RUN_WORDS` or more words with a research seed (shared/seeds/). Words are
 * compared after normalising case and punctuation, so "Belajar, bersama!" and
 * "belajar bersama" are the same two words. Pure: the script
 * (scripts/originality.ts) reads the files.
 */

/** A run of this many words in common with a seed is a copied clause. */
export const MIN_RUN_WORDS = 8;

/** Lower-case words: letters and digits only, every other character a separator. */
export function words(text: string): string[] {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * What an author wrote in an MDX lesson body, as separate pieces (no run spans two): the text between tags and
 * each quoted attribute value (`source="…"`, `alt="…"`); import lines and tag syntax dropped.
 */
export function proseOfMdx(body: string): string[] {
	const pieces: string[] = [];
	const text = body.replace(/^import\s.*$/gm, '\u0000').replace(/<\/?[A-Za-z][\w.]*((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g, (_, attrs: string | undefined) => {
		for (const m of (attrs ?? '').matchAll(/"([^"]*)"/g)) pieces.push(m[1]!);
		return '\u0000';
	});
	return [...text.split('\u0000'), ...pieces].filter((piece) => piece.trim() !== '');
}

/** Every string in a value (frontmatter), each kept apart so no run spans two fields. */
export function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

export interface SeedIndex {
	/** n-gram (words joined by one space) → seed file names it occurs in. */
	grams: Map<string, Set<string>>;
	n: number;
}

/** Index every `n`-word run of each seed. */
export function indexSeeds(seeds: readonly { name: string; text: string }[], n = MIN_RUN_WORDS): SeedIndex {
	const grams = new Map<string, Set<string>>();
	for (const { name, text } of seeds) {
		const w = words(text);
		for (let i = 0; i + n <= w.length; i++) {
			const gram = w.slice(i, i + n).join(' ');
			const set = grams.get(gram) ?? new Set<string>();
			set.add(name);
			grams.set(gram, set);
		}
	}
	return { grams, n };
}

export interface CopiedRun {
	/** The words in common, normalised. */
	text: string;
	/** How many words. */
	length: number;
	/** Seed files that contain its first n words. */
	seeds: string[];
}

/**
 * Runs of `index.n` or more words that `text` shares with a seed: overlapping
 * matching n-grams are merged into one run, reported once.
 */
export function copiedRuns(text: string, index: SeedIndex): CopiedRun[] {
	const w = words(text);
	const { n, grams } = index;
	const runs: CopiedRun[] = [];
	let start = -1;
	let end = -1;
	let seeds = new Set<string>();
	const flush = () => {
		if (start >= 0) runs.push({ text: w.slice(start, end).join(' '), length: end - start, seeds: [...seeds].sort() });
		start = -1;
		seeds = new Set();
	};
	for (let i = 0; i + n <= w.length; i++) {
		const hit = grams.get(w.slice(i, i + n).join(' '));
		if (!hit) {
			if (start >= 0 && i >= end) flush();
			continue;
		}
		if (start < 0) start = i;
		end = i + n;
		for (const s of hit) seeds.add(s);
	}
	flush();
	return runs;
}
