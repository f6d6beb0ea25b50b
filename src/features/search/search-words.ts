/**
 * The word list (content/search/words.yaml) as the search dialog needs it for
 * one language: vocabulary ids of the directory filters become the value labels
 * the index holds. Served as `/search-words.json` and `/en/search-words.json`
 * (src/pages/[...lang]/search-words.json.ts) and fetched when the dialog first opens.
 */
import type { SearchWords } from '../../core/schemas/search-words.ts';
import { AUDIENCE_LABELS, ORG_TYPE_LABELS, type Audience, type Lang, type OrgType } from '../../core/schemas/vocabulary.ts';
import { KIND_LABELS, KIND_WORDS, SEARCH_KINDS } from './search-facets.ts';
import type { QueryWords } from './query.ts';
import type { SearchKind } from './search-facets.ts';

const without = (list: readonly string[], drop: readonly string[]) => list.filter((w) => !drop.includes(w));

export function queryWords(words: SearchWords, lang: Lang): QueryWords {
	const w = words[lang];
	const byWord = <K extends string>(groups: Partial<Record<K, readonly string[]>>, labels: Record<K, Record<Lang, string>>) =>
		Object.fromEntries(Object.entries<readonly string[] | undefined>(groups).flatMap(([id, list]) => (list ?? []).map((word) => [word, labels[id as K][lang]])));
	return {
		forms: w.forms,
		filler: w.filler,
		keep: w.keep,
		programs: w.programs,
		filters: { audience: byWord<Audience>(w.audience, AUDIENCE_LABELS), orgType: byWord<OrgType>(w.orgType, ORG_TYPE_LABELS) },
		programKind: KIND_LABELS.program[lang],
		kinds: Object.fromEntries(SEARCH_KINDS.map((k) => [k, KIND_LABELS[k][lang]])) as Record<SearchKind, string>,
		// Words that name a page kind, minus those a lesson answers to as well ("belajar").
		kindWords: {
			path: without(KIND_WORDS.path[lang], KIND_WORDS.lesson[lang]),
			workshop: without(KIND_WORDS.workshop[lang], KIND_WORDS.lesson[lang]),
			program: [...new Set([...without(KIND_WORDS.program[lang], KIND_WORDS.lesson[lang]), ...w.programs])],
		},
	};
}
