/**
 * The search dialog's text and links in one language: everything the dialog shows besides its input. Every page
 * used to carry it in its HTML (about 1.3 KB brotli of a lesson); it now comes with the dialog's word list
 * (`/search-words.json`, `/en/search-words.json`: src/pages/[...lang]/search-words.json.ts), which the dialog loads
 * when it first opens and which "save this path" keeps with the saved search (offline-build.ts), so search still
 * works offline. The page keeps only the open button, the input and the two messages shown before this file
 * arrives (Search.astro).
 */
import { t } from '../../core/i18n/ui.ts';
import { urls } from '../../core/urls.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import type { Contact } from '../report/contact.ts';
import { SEARCH } from './search-config.ts';
import { SEARCH_FILTERS } from './search-facets.ts';

/** The messages search-ui.ts writes while it searches and renders results. */
export interface SearchStrings {
	filterNames: Record<string, string>;
	searching: string;
	count: string;
	countFiltered: string;
	minutes: string;
	none: string;
	noneFiltered: string;
	error: string;
	filtersPicked: string;
	understood: string;
	impliedFilters: string;
	closest: string;
	missing: string;
	notHere: string;
	partial: string;
	closestPath: string;
	suggestIntro: string;
	suggestIntroNoContact: string;
	suggestVia: Record<string, string>;
	suggestCopy: string;
	suggestCopied: string;
	suggestSubject: string;
	suggestBody: string;
	pageSize: number;
}

export interface DialogLink {
	href: string;
	text: string;
}

/** The dialog's parts that search-ui.ts builds when it mounts, and the messages it writes. */
export interface SearchDialogText {
	strings: SearchStrings;
	filters: string;
	clearFilters: string;
	more: string;
	examplesTitle: string;
	examples: string[];
	/** When nothing is found: the hint, then the placement, some paths and the program directory. */
	noneHint: string;
	placement: DialogLink;
	paths: string;
	suggestedPaths: DialogLink[];
	allPaths: DialogLink;
	programs: DialogLink;
	/** Where "suggest this topic" goes (content/contact.yaml; empty: a share link and a copy button instead). */
	contact: Contact;
}

/** `paths`: the catalogue's learning paths (SEARCH.suggestedPaths picks among them, in that order). */
export function searchDialogText(lang: Lang, paths: readonly { id: string; title: Record<Lang, string> }[], contact: Contact): SearchDialogText {
	const s = t(lang).search;
	return {
		strings: {
			filterNames: Object.fromEntries(SEARCH_FILTERS.map((f) => [f, s.filterNames[f]])),
			searching: s.searching,
			count: s.count,
			countFiltered: s.countFiltered,
			minutes: s.minutes,
			none: s.none,
			noneFiltered: s.noneFiltered,
			error: s.error,
			filtersPicked: s.filtersPicked,
			understood: s.understood,
			impliedFilters: s.impliedFilters,
			closest: s.closest,
			missing: s.missing,
			notHere: s.notHere,
			partial: s.partial,
			closestPath: s.closestPath,
			suggestIntro: s.suggestIntro,
			suggestIntroNoContact: s.suggestIntroNoContact,
			suggestVia: s.suggestVia,
			suggestCopy: s.suggestCopy,
			suggestCopied: s.suggestCopied,
			suggestSubject: s.suggestSubject,
			suggestBody: s.suggestBody,
			pageSize: SEARCH.pageSize,
		},
		filters: s.filters,
		clearFilters: s.clearFilters,
		more: s.more,
		examplesTitle: s.examplesTitle,
		examples: s.examples.split('|'),
		noneHint: s.noneHint,
		placement: { href: urls.placement(lang), text: s.placement },
		paths: s.paths,
		suggestedPaths: SEARCH.suggestedPaths.flatMap((id) => paths.filter((p) => p.id === id)).map((p) => ({ href: urls.path(lang, p.id), text: p.title[lang] })),
		allPaths: { href: urls.paths(lang), text: s.allPaths },
		programs: { href: urls.programs(lang), text: s.programs },
		contact,
	};
}
