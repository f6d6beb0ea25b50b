/**
 * What a page tells the search index about itself besides its text: its kind
 * (lesson, path, program, workshop plan), the filter values people narrow
 * results by (stage, topic, platform family, organizer type, audience), the
 * minutes a lesson takes, and the hidden keyword text that makes informal
 * queries find it. `SearchMeta.astro` renders this as Pagefind attributes; the
 * search dialog reads the same filter names back.
 *
 * Filter values are readable labels in the page's language (each language has
 * its own index), so the dialog can show them as they are.
 */
import {
	AUDIENCES,
	AUDIENCE_LABELS,
	ORG_TYPES,
	ORG_TYPE_LABELS,
	PLATFORMS,
	PLATFORM_LABELS,
	STAGES,
	STAGE_LABELS,
	TOPICS,
	TOPIC_LABELS,
	labels,
	type Audience,
	type Bilingual,
	type Lang,
	type OrgType,
	type Platform,
	type Stage,
	type Topic,
} from '../../core/schemas/vocabulary.ts';
import { fill } from '../../core/i18n/format.ts';
import { t } from '../../core/i18n/ui.ts';
import { fillerWords, normalizeTerm, synonymsFor } from './search-synonyms.ts';

export const SEARCH_KINDS = ['lesson', 'path', 'program', 'workshop'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, Bilingual> = /* @__PURE__ */ labels(SEARCH_KINDS, (s) => s.search.kinds);

/**
 * Filter names in the index, in the order the search dialog shows them.
 * `minutes` is not offered as a filter: the dialog only reads it to show a
 * lesson's length in its result.
 */
export const SEARCH_FILTERS = ['kind', 'stage', 'topic', 'platform', 'orgType', 'audience'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export const MINUTES_FILTER = 'minutes';

/**
 * Words every page of a kind answers to ("materi", "pelatihan"), besides the
 * filler words every page gets (fillerWords(), from content/search/words.yaml). Like those, they only help a
 * query match and add nothing to the ranking.
 */
export const KIND_WORDS: Record<SearchKind, Record<Lang, readonly string[]>> = {
	lesson: {
		id: ['belajar', 'pelajaran', 'materi', 'tutorial', 'panduan'],
		en: ['learn', 'lesson', 'guide', 'tutorial', 'how to'],
	},
	path: {
		id: ['jalur', 'jalur belajar', 'urutan belajar', 'langkah', 'mulai dari mana', 'kurikulum', 'belajar'],
		en: ['path', 'learning path', 'learning track', 'course', 'curriculum', 'where to start', 'steps'],
	},
	program: {
		id: ['program', 'pelatihan', 'pendampingan', 'kelas', 'training', 'pembinaan', 'bimbingan', 'inkubasi', 'ikut program', 'pelatihan umkm'],
		en: ['program', 'programme', 'training', 'support program', 'mentoring', 'course', 'class', 'incubation', 'msme training'],
	},
	workshop: {
		id: ['rencana pelatihan', 'workshop', 'lokakarya', 'pelatih', 'fasilitator', 'modul', 'materi pelatihan', 'sesi', 'agenda', 'mengajar'],
		en: ['workshop', 'workshop plan', 'trainer', 'facilitator', 'training plan', 'session plan', 'module', 'agenda', 'teaching'],
	},
};

export interface SearchFacetsInput {
	kind: SearchKind;
	lang: Lang;
	/** Stages the page is for (a lesson has one; a path or program may cover several). */
	stages?: readonly string[];
	topics?: readonly string[];
	platforms?: readonly string[];
	/** Programs only: the kind of organization that runs it. */
	orgTypes?: readonly string[];
	/** Programs only: who it is for. */
	audiences?: readonly string[];
	/** Lessons: reading and doing time. Shown in the result, not a filter. */
	minutes?: number;
	/** The page title; its words are searched anyway, but they also pull in synonyms. */
	title?: string;
	/** Words people type for this page (a lesson's `keywords`). */
	keywords?: readonly string[];
	/** Names the page in error messages, e.g. `src/content/docs/belajar/hitung-hpp.mdx`. */
	source?: string;
}

export interface SearchFacets {
	/** `[filter name, value]` pairs, one per value; a filter can have several values. */
	filters: [string, string][];
	/**
	 * Hidden text for three searchable metadata fields (weights in src/features/search/search-config.ts).
	 * `keywords`: the page's own keywords, with the synonyms of those and of its title
	 * words; one field, so a query whose words come from both still covers it fully.
	 * `titlewords`: the title words' synonyms again, as a tie-breaker: the title says
	 * what the page is about, so "wa" finds the WhatsApp lessons first.
	 * `words`: filler and kind words, which only let a loosely phrased question match.
	 */
	meta: { keywords: string; titlewords: string; words: string };
}

function checked<T extends string>(values: readonly string[] | undefined, allowed: readonly T[], field: string, source: string): T[] {
	const out: T[] = [];
	for (const value of values ?? []) {
		if (!(allowed as readonly string[]).includes(value)) {
			throw new Error(`${source}: search ${field} "${value}" is not in the vocabulary. Allowed: ${allowed.join(', ')} (src/core/schemas/vocabulary.ts).`);
		}
		if (!out.includes(value as T)) out.push(value as T);
	}
	return out;
}

/** "Tahap 2: Dasar keuangan": the number keeps stages in order wherever they are listed. */
export function stageFilterValue(stage: Stage, lang: Lang): string {
	return fill(t(lang).search.stageFilter, { n: STAGES.indexOf(stage) + 1, stage: STAGE_LABELS[stage][lang] });
}

/** The filter values and keyword text for one page. Throws with the page and field named when a value is not in the vocabulary. */
export function searchFacets(input: SearchFacetsInput): SearchFacets {
	const { kind, lang } = input;
	const source = input.source ?? `${kind} page`;
	if (!SEARCH_KINDS.includes(kind)) throw new Error(`${source}: search kind "${kind}" is unknown. Allowed: ${SEARCH_KINDS.join(', ')}.`);
	const filters: [string, string][] = [['kind', KIND_LABELS[kind][lang]]];
	for (const s of checked<Stage>(input.stages, STAGES, 'stage', source)) filters.push(['stage', stageFilterValue(s, lang)]);
	for (const t of checked<Topic>(input.topics, TOPICS, 'topic', source)) filters.push(['topic', TOPIC_LABELS[t][lang]]);
	for (const p of checked<Platform>(input.platforms, PLATFORMS, 'platform', source)) filters.push(['platform', PLATFORM_LABELS[p][lang]]);
	for (const o of checked<OrgType>(input.orgTypes, ORG_TYPES, 'orgType', source)) filters.push(['orgType', ORG_TYPE_LABELS[o][lang]]);
	for (const a of checked<Audience>(input.audiences, AUDIENCES, 'audience', source)) filters.push(['audience', AUDIENCE_LABELS[a][lang]]);
	if (input.minutes !== undefined) {
		if (!Number.isInteger(input.minutes) || input.minutes <= 0) throw new Error(`${source}: search minutes must be a whole number above 0, got ${input.minutes}.`);
		filters.push([MINUTES_FILTER, String(input.minutes)]);
	}

	// Pagefind boosts a page once for every field a query word is found in, and matches
	// word beginnings ("shopee" finds "shopeefood"), so a field only gets words that
	// neither it nor the title already match: a keyword must not count again as its own
	// synonym. Filler words go to the unweighted field only (see fillerWords).
	const filler = fillerWords(lang);
	const fillers = new Set(filler);
	const titleWords = wordsOf(input.title ?? '');
	const own = [...new Set((input.keywords ?? []).map((k) => wordsOf(k).filter((w) => !fillers.has(w)).join(' ')).filter(Boolean))];
	const titleSynonyms = synonymsFor(input.title ? [input.title] : [], lang);
	const covered = new Set([...titleWords, ...own.flatMap(wordsOf), ...fillers]);
	const synonyms = newWords([...titleSynonyms, ...synonymsFor(input.keywords ?? [], lang)], covered);
	const titlewords = newWords(titleSynonyms, new Set([...titleWords, ...fillers]));
	const words = newWords(KIND_WORDS[kind][lang], new Set(covered)).concat(filler);
	return { filters, meta: { keywords: [...own, ...synonyms].join(', '), titlewords: titlewords.join(' '), words: words.join(' ') } };
}

/** The words of a phrase as search splits them. */
function wordsOf(text: string): string[] {
	return normalizeTerm(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Words of `phrases` that no word in `covered` already matches (equal, or starting with it), each once; adds them to `covered`. */
function newWords(phrases: readonly string[], covered: Set<string>): string[] {
	const out: string[] = [];
	for (const word of phrases.flatMap(wordsOf)) {
		if ([...covered].some((c) => c.startsWith(word))) continue;
		covered.add(word);
		out.push(word);
	}
	return out;
}
