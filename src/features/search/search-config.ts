/**
 * Search settings in one place: Pagefind's ranking (passed to Starlight in
 * astro.config.mjs), the search dialog's options, and the index chunk size.
 * Why each value is what it is: src/features/search/README.md.
 */
import { langPrefix, type Lang } from '../../core/locales.ts';

/**
 * Starlight's `pagefind` option. Starlight hands `ranking` to the search
 * dialog, which passes it to Pagefind in the browser.
 */
export const pagefindOptions = {
	ranking: {
		// Lessons differ in length mostly by their self-check and examples, not by topic:
		// rank by how often a word occurs rather than rewarding short pages.
		termFrequency: 0.6,
		pageLength: 0.6,
		metaWeights: {
			// Page titles are written in plain words and name the task.
			title: 6,
			// Hidden text from SearchMeta (src/features/search/search-facets.ts): a page's keywords and their synonyms,
			keywords: 4,
			// synonyms of its title words once more, so they count about as much as the title,
			titlewords: 2,
			// and filler words every page has ("gmn", "cara", "how to"): they only let loose questions match.
			words: 0,
		},
	},
};

export const SEARCH = {
	/** Path ids suggested when a search finds nothing (ids without a page are skipped). */
	suggestedPaths: ['first-sale-whatsapp', 'food-delivery-app', 'finance-basics'],
	/** Words around the match shown under each result: two short lines on a phone. */
	excerptLength: 16,
	/**
	 * How much a page that is not a lesson counts in the dialog's ranking (its Pagefind score is multiplied by this):
	 * paths, workshop plans and programs repeat lesson titles, the glossary and trainer index mention every topic,
	 * but a person who types a topic needs the lesson. Not applied to a kind the query names ("jalur", "pelatihan",
	 * "modul") or chosen in the filters.
	 */
	otherKindWeight: 0.5,
	/**
	 * When pages have every word of a longer query, the dialog still ranks every page with any of the words together:
	 * each by the sum of its words' scores times (share of the words it has) to this power. 0: pages with every word
	 * first, as Pagefind ranks them. Pages without every word are marked as such on the result.
	 */
	partialWeight: 1,
	/** Results shown at first and added by each "show more": each result costs a ~3 KB fragment download. */
	pageSize: 4,
	/**
	 * Size of one Pagefind index chunk (in word positions; Pagefind's default is 20000).
	 * A query downloads one chunk per word, so smaller chunks keep the first query
	 * on a phone within budget (src/features/build/budgets.ts). Set through Pagefind's
	 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` by src/features/search/search-index.ts;
	 * src/features/search/search-budget.browser.test.ts fails if it stops having an effect.
	 */
	indexChunkSize: 2000,
} as const;

/**
 * Changes with every build. Pagefind fetches `pagefind-entry.json?ts=<tag>`; with this tag the
 * URL is the same for every visit within a release, so a service worker can cache it, and a new
 * release asks for a new URL, so nobody searches an old index after an update.
 */
// Pure: the dialog's script imports this module for searchOptions() and must not carry it (the tag is in the page).
export const SEARCH_BUILD_TAG = /* @__PURE__ */ (/* @__PURE__ */ Date.now()).toString(36);

/**
 * The search dialog's options: Pagefind's (where its files are, ranking, excerpt length, the build's cache tag, no
 * worker) and the dialog's own (its word file, the language, the weights of its ranking). Built in the browser by the
 * dialog's cached script from these constants, so a page carries only its language and the build's tag
 * (Search.astro), not the same options in every page.
 */
export function searchOptions(lang: Lang, metaCacheTag: string, base = '') {
	return {
		bundlePath: `${base}/pagefind/`,
		// The same object astro.config.mjs gives Starlight as its `pagefind` option.
		ranking: pagefindOptions.ranking,
		excerptLength: SEARCH.excerptLength,
		// Pagefind normally adds a timestamp to its entry file URL on every visit; a tag fixed per build keeps the URL cacheable offline.
		metaCacheTag,
		// The worker would be one more ~11 KB download; the index is small enough to search on the main thread.
		noWorker: true,
		// Not Pagefind's: the dialog's word file (its word list, text and links) and the language for its lists of words.
		// urls.searchWords(lang), spelled out: the dialog's always-loaded script would otherwise carry every URL builder (a dist test compares them).
		wordsUrl: `${base}${langPrefix(lang)}/search-words.json`,
		lang,
		otherKindWeight: SEARCH.otherKindWeight,
		partialWeight: SEARCH.partialWeight,
	};
}
export type SearchOptions = ReturnType<typeof searchOptions>;

/**
 * What the quality suite (src/features/search/search-suite.ts) must reach over its answerable queries,
 * typed into the dialog, in each language and over both; topics the site lacks must never get a result
 * presented as a match.
 */
export const SEARCH_TARGETS = { top3: 0.9, top1: 0.75 } as const;
