/**
 * The search dialog's behaviour, loaded the first time the dialog opens (see
 * src/features/search/Search.astro for the markup in every page). It builds the
 * dialog's other parts from its word file (search-dialog-text.ts). It talks to
 * Pagefind's JavaScript API directly: Pagefind's own UI would add ~20 KB to
 * the first search on a phone.
 */
import { fill, formatList } from '../../core/i18n/format.ts';
import { topicLinks, topicText } from '../report/report-links.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { closest, namedKinds, preferKinds, tokens, understand, variants, type PageKind, type QueryWords, type Scored } from './query.ts';
import { markSavedResults } from '../offline/saved-results.ts';
import type { DialogLink, SearchDialogText } from './search-dialog-text.ts';
import type { SearchOptions } from './search-config.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };
interface PagefindSearch {
	results: PagefindResult[];
	totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	preload(term: string, o?: { filters?: object }): Promise<void>;
	search(term: string | null, o?: { filters?: object }): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Colloquial forms tried for a word no page contains, at most (each try is one more index lookup). */
const MAX_VARIANTS = 6;
/** Fewer full matches than this: the closest pages follow them, marked. */
const MIN_FULL = 5;

const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Pause in typing after which the index chunks of the words typed so far are loaded (Pagefind's own UI preloads on every keystroke). */
const PRELOAD_MS = 80;
/** Pause in typing after which the query is searched and its results shown. */
const SEARCH_MS = 200;

/** Builds the dialog's parts around the input and status line that every page carries (Search.astro); returns them. */
function dialogParts(root: HTMLElement, d: SearchDialogText) {
	const link = (l: DialogLink) => el('a', { href: l.href }, l.text);
	const item = (...children: (Node | string)[]) => {
		const li = el('li');
		li.append(...children);
		return li;
	};
	const box = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: (Node | string)[]) => {
		const node = el(tag, attrs);
		node.append(...children);
		return node;
	};
	const picked = el('span', { 'data-picked': '' });
	const toggle = box('button', { type: 'button', class: 'nk-search__filter-toggle', 'data-filter-toggle': '', 'aria-expanded': 'false', 'aria-controls': 'nk-search-filters' }, `${d.filters} `, picked);
	const clear = el('button', { type: 'button', class: 'nk-search__clear', 'data-clear-filters': '', hidden: '' }, d.clearFilters);
	const tools = box('div', { class: 'nk-search__tools' }, toggle, clear);
	const panel = el('div', { id: 'nk-search-filters', class: 'nk-search__filters', hidden: '' });
	const understood = el('p', { class: 'nk-search__understood', 'data-understood': '', hidden: '' });
	const exampleButtons = d.examples.map((q) => el('button', { type: 'button', 'data-example': '' }, q));
	const examples = box('div', { class: 'nk-search__examples', 'data-examples': '' }, el('p', {}, d.examplesTitle), box('ul', {}, ...exampleButtons.map((b) => item(b))));
	const list = el('ol', { class: 'nk-search__results', 'data-results': '' });
	const more = el('button', { type: 'button', class: 'nk-search__more', 'data-more': '', hidden: '' }, d.more);
	const emptyHint = el('p', { 'data-none-hint': '' }, d.noneHint);
	const notHere = el('p', { 'data-not-here': '', hidden: '' });
	const closestPath = el('p', { 'data-closest-path': '', hidden: '' });
	const suggest = el('div', { class: 'nk-search__suggest', 'data-suggest': '', hidden: '' });
	const ways = box('ul', {}, item(link(d.placement)), item(`${d.paths}:`, box('ul', {}, ...[...d.suggestedPaths, d.allPaths].map((p) => item(link(p))))), item(link(d.programs)));
	const empty = box('div', { class: 'nk-search__empty', 'data-empty': '', hidden: '' }, emptyHint, notHere, closestPath, ways, suggest);
	const status = root.querySelector<HTMLElement>('[role=status]')!;
	status.before(tools, panel);
	status.after(understood, examples, list, more, empty);
	return { all: [tools, panel, understood, examples, list, more, empty], toggle, picked, clear, panel, understood, examples, exampleButtons, list, more, empty, emptyHint, notHere, closestPath, suggest, status };
}

/** The dialog's word file (src/pages/[...lang]/search-words.json.ts): the word list and the dialog's text. */
type WordFile = QueryWords & { dialog: SearchDialogText };

/**
 * `engine`: Pagefind's module, and `wordFile`: the dialog's word list and text, whose downloads the dialog started
 * when it opened (Search.astro), so that they do not wait for this file.
 */
export async function mount(root: HTMLElement, engine: Promise<unknown>, wordFile: Promise<WordFile>, options: SearchOptions): Promise<void> {
	const { dialog, ...words } = await wordFile;
	const { strings, contact } = dialog;
	const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
	const parts = dialogParts(root, dialog);
	const { status, list, more, empty, emptyHint, notHere, closestPath: closestPathLine, suggest, understood: understoodLine, examples, toggle, picked, clear, panel } = parts;
	// Offline: results saved on this phone say so.
	markSavedResults(list);
	const filterNames = Object.keys(strings.filterNames);

	let pagefind: Pagefind;
	try {
		pagefind = (await engine) as Pagefind;
		const { bundlePath: _, wordsUrl: _w, lang: _l, otherKindWeight: _o, partialWeight: _p, ...pagefindOptions } = options;
		await pagefind.options(pagefindOptions);
		// Pagefind's entry file, this language's metadata and WebAssembly start loading now, while she types (init
		// does not wait for them; a search does): not at her first query, after the last keystroke.
		await pagefind.init();
	} catch (e) {
		// The dialog opens again as it was: the next open tries again from the start.
		for (const part of parts.all) part.remove();
		throw e;
	}
	const { lang, otherKindWeight, partialWeight } = options;
	status.textContent = '';
	const quoted = (list: readonly string[]) => formatList(list.map((w) => `“${w}”`), lang);

	/** Chosen filter values by filter name. */
	const chosen = new Map<string, Set<string>>();
	/** Checkbox per filter value, kept across searches so focus and open groups survive re-rendering. */
	const boxes = new Map<string, HTMLInputElement>();
	const groups = new Map<string, { details: HTMLDetailsElement; summary: HTMLElement; fieldset: HTMLFieldSetElement }>();
	let generation = 0;
	let shown: PagefindSearch['results'] = [];
	let shownCount = 0;
	/** Ids of the pages in `shown` that have every word; the others are marked on each result. */
	let fullIds = new Set<string>();

	const chosenCount = () => [...chosen.values()].reduce((n, set) => n + set.size, 0);
	const filterQuery = () => Object.fromEntries([...chosen].filter(([, set]) => set.size).map(([name, set]) => [name, { any: [...set] }]));

	function renderFilters(counts: Record<string, Record<string, number>>) {
		for (const name of filterNames) {
			const values = Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || chosen.get(name)?.has(value));
			let group = groups.get(name);
			if (!group) {
				const details = el('details');
				const summary = el('summary');
				const fieldset = el('fieldset');
				fieldset.append(el('legend', { class: 'sr-only' }, strings.filterNames[name]));
				details.append(summary, fieldset);
				group = { details, summary, fieldset };
				groups.set(name, group);
				panel.append(details);
			}
			const n = chosen.get(name)?.size ?? 0;
			group.summary.textContent = strings.filterNames[name] + (n ? ` (${fill(strings.filtersPicked, { n })})` : '');
			group.details.hidden = values.length === 0;
			for (const label of group.fieldset.querySelectorAll('label')) label.hidden = true;
			for (const [value, count] of values) {
				const key = `${name}\u0000${value}`;
				let box = boxes.get(key);
				if (!box) {
					box = el('input', { type: 'checkbox' });
					box.addEventListener('change', () => {
						const set = chosen.get(name) ?? new Set<string>();
						if (box!.checked) set.add(value);
						else set.delete(value);
						chosen.set(name, set);
						void run();
					});
					const label = el('label', { 'data-value': value });
					const text = el('span', {}, `${value} `);
					text.append(el('span', { class: 'nk-count' }, ''));
					label.append(box, text);
					boxes.set(key, box);
					// Existing checkboxes never move (moving one would drop the keyboard focus): a new one goes into its sorted place.
					const after = [...group.fieldset.querySelectorAll<HTMLElement>('label')].find((l) => collator.compare(l.dataset.value!, value) > 0);
					group.fieldset.insertBefore(label, after ?? null);
				}
				const label = box.parentElement!;
				label.hidden = false;
				label.querySelector('.nk-count')!.textContent = `(${count})`;
				box.checked = chosen.get(name)?.has(value) ?? false;
			}
		}
		const total = chosenCount();
		picked.textContent = total ? `(${fill(strings.filtersPicked, { n: total })})` : '';
		clear.hidden = total === 0;
	}

	async function showMore() {
		const batch = shown.slice(shownCount, shownCount + strings.pageSize);
		const id = generation;
		const data = await Promise.all(batch.map((r) => r.data()));
		if (id !== generation) return;
		for (const [i, d] of data.entries()) list.append(resultItem(d, !fullIds.has(batch[i]!.id)));
		shownCount += batch.length;
		more.hidden = shownCount >= shown.length;
	}

	/** `partial`: a page without every word of the query, listed after the full matches and marked so. */
	function resultItem(d: PagefindResultData, partial: boolean): HTMLLIElement {
		const li = el('li');
		if (partial) li.dataset.partial = '';
		const link = el('a', { href: d.url }, d.meta.title ?? d.url);
		const meta = el('p', { class: 'nk-result-meta' });
		const kind = d.filters.kind?.[0];
		if (partial) meta.append(el('span', { class: 'nk-result-partial' }, strings.partial), kind ? ' · ' : '');
		if (kind) meta.append(el('span', { class: 'nk-result-kind' }, kind));
		const details: string[] = [];
		const minutes = d.filters.minutes?.[0];
		if (minutes) {
			if (d.filters.stage?.[0]) details.push(d.filters.stage[0]);
			details.push(fill(strings.minutes, { n: minutes }));
		}
		if (details.length) meta.append(` · ${details.join(' · ')}`);
		const excerpt = el('p');
		// Pagefind escapes the page text and only adds <mark> around matches.
		excerpt.innerHTML = d.excerpt;
		li.append(link);
		if (meta.childNodes.length) li.append(meta);
		li.append(excerpt);
		return li;
	}

	/** A search (or a filter change) from start to its first results; the list is busy meanwhile. */
	async function run() {
		const id = ++generation;
		// Screen readers (and tests) know a result list is not final yet.
		list.setAttribute('aria-busy', 'true');
		try {
			await runSearch(id);
		} finally {
			if (id === generation) list.removeAttribute('aria-busy');
		}
	}

	/**
	 * The query as understood (word list), searched for pages with every word; when none has them
	 * all: each word alone (a word no page has tries its colloquial variants), pages ranked by how
	 * many words they have, marked as the closest and never as a match.
	 */
	/** Ids of every page of a kind (one filter lookup per kind, kept for the session). */
	const kindIds = new Map<PageKind, Promise<Set<string>>>();
	const idsOf = (kind: PageKind) => {
		let ids = kindIds.get(kind);
		const label = words?.kinds?.[kind];
		if (!ids) kindIds.set(kind, (ids = label ? pagefind.search(null, { filters: { kind: { any: [label] } } }).then((s) => new Set(s?.results.map((r) => r.id))) : Promise.resolve(new Set<string>())));
		return ids;
	};

	async function find(query: string, filters: Record<string, { any: string[] }>) {
		const u = words ? understand(query, words) : { terms: [], filters: {} };
		// Only filler words ("gimana ya"): search what was typed.
		const terms = u.terms.length ? u.terms : tokens(query);
		let implied = Object.keys(u.filters).filter((name) => !filters[name]);
		const withImplied = () => ({ ...filters, ...Object.fromEntries(implied.map((name) => [name, { any: u.filters[name]! }])) });
		let search = await pagefind.search(terms.join(' ') || null, { filters: withImplied() });
		if (implied.length && !search?.results.length) {
			// The filter the words suggested leaves nothing: the words alone.
			implied = [];
			search = await pagefind.search(terms.join(' ') || null, { filters });
		}
		if (!search) return undefined;
		// Lessons answer a topic; other pages count for less unless the person names their kind ("jalur", "modul").
		// With a kind chosen in the filters, the person already said what they want: no preference.
		const named = words ? namedKinds(query, words) : new Set<PageKind>();
		const prefer = !filters.kind && !implied.length && words?.kinds;
		const preferred = new Set<string>();
		for (const kind of prefer ? (['lesson', ...named] as PageKind[]) : []) for (const pid of await idsOf(kind)) preferred.add(pid);
		const lessons = prefer ? await idsOf('lesson') : undefined;
		const rank = <R extends { id: string; score: number }>(scored: Scored<R>[]) => (prefer ? preferKinds(scored, (pid) => preferred.has(pid), otherKindWeight) : scored).map((s) => s.result);
		const found = { terms, implied: implied.flatMap((name) => u.filters[name]!), missing: [] as string[], noLesson: [] as string[], totalFilters: search.totalFilters };
		// Pagefind silently leaves out a word no page has, and its stemming and prefix matching can find a
		// word on pages that only have a shorter one ("karyawan" finds "Karya"): look each word up alone, in
		// quotes (Pagefind's exact search: the word or its stem, no prefixes). A colloquial form no page has
		// is read as its formal variants (ngatur → atur), the first that a page has wins.
		const opts = { filters: withImplied() };
		const exact = async (w: string) => (await pagefind.search(`"${w}"`, opts))?.results ?? [];
		const perWord: PagefindResult[][] = [];
		const resolved: string[] = [];
		const kindWords = new Set(Object.values(words?.kindWords ?? {}).flat());
		for (const term of terms) {
			let hits = await exact(term);
			let used = term;
			for (const v of hits.length || !words ? [] : variants(term, words).slice(0, MAX_VARIANTS)) {
				hits = await exact(v);
				used = v;
				if (hits.length) break;
			}
			if (hits.length) {
				// Ranked by the ordinary search, which weighs titles and keywords (the exact one only says "present").
				perWord.push((await pagefind.search(used, opts))?.results ?? hits);
				resolved.push(used);
			} else found.missing.push(term);
			// A word no lesson has (only the glossary, say): the site does not teach it yet.
			if (!hits.length || (lessons && !kindWords.has(term) && !hits.some((h) => lessons.has(h.id)))) found.noLesson.push(term);
		}
		const asTyped = found.missing.length === 0 && resolved.every((w) => terms.includes(w));
		// Pages with every word that some page has (all of the query's words when none is missing).
		const together = rank((asTyped ? search.results : resolved.length ? ((await pagefind.search(resolved.join(' '), opts))?.results ?? []) : []).map((result) => ({ result, matched: 0, score: result.score })));
		const seen = new Set(together.map((r) => r.id));
		const rest = rank(closest(perWord)).filter((r) => !seen.has(r.id));
		const all = [...together, ...rest];
		// Say "not here yet" when a word is on no page, or when nothing listed is a lesson.
		const notHere = found.missing.length || (lessons && !all.slice(0, strings.pageSize).some((r) => lessons.has(r.id))) ? found.noLesson : [];
		const paths = notHere.length ? await idsOf('path') : new Set<string>();
		const closestPath = all.find((r) => paths.has(r.id));
		const more = { ...found, notHere, closestPath };
		if (found.missing.length === 0 && together.length) {
			// Not when the person names a kind of page ("pelatihan gratis"): pages of that kind with every word come first.
			if (partialWeight > 0 && resolved.length > 1 && named.size === 0) {
				// One ranking over every page with any of the words: the sum of its words' scores, times the share of
				// the words it has to the power `partialWeight`. A lesson whose title names the topic ("hpp") can then
				// come before pages that mention each word in passing; a page without every word stays marked so.
				const mixed = rank(closest(perWord).map((c) => ({ ...c, matched: 0, score: c.score * (c.matched / resolved.length) ** partialWeight })));
				return { ...more, terms: resolved, results: mixed, exact: together.length, full: seen, match: 'all' as const };
			}
			// Few pages have every word of a long question: the closest follow them, each marked as not having them all.
			const extra = together.length < MIN_FULL && resolved.length > 1 ? rest.slice(0, MIN_FULL - together.length) : [];
			return { ...more, terms: resolved, results: [...together, ...extra], exact: together.length, full: undefined, match: 'all' as const };
		}
		return { ...more, terms: resolved, results: all, exact: 0, full: undefined, match: all.length ? ('closest' as const) : ('none' as const) };
	}

	async function runSearch(id: number) {
		const query = input.value.trim();
		const filtered = chosenCount() > 0;
		examples.hidden = query !== '' || filtered;
		understoodLine.hidden = notHere.hidden = closestPathLine.hidden = suggest.hidden = true;
		if (!query && !filtered) {
			list.replaceChildren();
			more.hidden = empty.hidden = true;
			delete root.dataset.match;
			status.textContent = '';
			// All filter values cost a download per filter: only when the panel is open.
			if (!panel.hidden) renderFilters(await pagefind.filters());
			return;
		}
		status.textContent = strings.searching;
		let search: Awaited<ReturnType<typeof find>>;
		try {
			search = query ? await find(query, filterQuery()) : await pagefind.search(null, { filters: filterQuery() }).then((s) => s ? { results: s.results, totalFilters: s.totalFilters, match: 'all' as const, terms: [], implied: [], missing: [], noLesson: [], notHere: [], closestPath: undefined, exact: s.results.length, full: undefined } : undefined);
		} catch {
			if (id === generation) status.textContent = strings.error;
			return;
		}
		if (id !== generation || !search) return;
		shown = search.results;
		shownCount = 0;
		fullIds = new Set(search.results.slice(0, search.exact).map((r) => r.id));
		if (search.full) fullIds = search.full;
		list.replaceChildren();
		renderFilters(search.totalFilters);
		root.dataset.match = search.match;
		// What was searched, when it differs from what was typed, and any filter the words chose.
		const said = [search.terms.join(' ') !== tokens(query).join(' ') && search.terms.length ? fill(strings.understood, { words: search.terms.join(' ') }) : '', search.implied.length ? fill(strings.impliedFilters, { filters: formatList(search.implied, lang) }) : ''].filter(Boolean);
		understoodLine.textContent = said.join(' · ');
		understoodLine.hidden = said.length === 0;
		// Words on no page, or that no listed lesson has: the site does not teach them (yet).
		notHere.textContent = search.notHere.length ? fill(strings.notHere, { words: quoted(search.notHere) }) : '';
		notHere.hidden = search.notHere.length === 0;
		emptyHint.hidden = !notHere.hidden;
		if (search.notHere.length) await offerNotHere(query, search.closestPath, id);
		const n = shown.length;
		if (n === 0) {
			status.textContent = query && !filtered ? fill(strings.none, { q: query }) : strings.noneFiltered;
			empty.hidden = !query;
			more.hidden = true;
			return;
		}
		empty.hidden = search.notHere.length === 0;
		const missing = search.missing.length ? `${fill(strings.missing, { words: quoted(search.missing) })} ` : '';
		status.textContent = search.match === 'closest' ? missing + strings.closest : query ? fill(strings.count, { n: search.exact, q: query }) : fill(strings.countFiltered, { n });
		await showMore();
	}

	/**
	 * The index chunks of the words typed so far (as the search will read them): by the time she stops typing,
	 * the search only waits for its results' fragments. Pagefind loads each chunk once.
	 */
	function preload() {
		const query = input.value.trim();
		if (!query) return;
		const u = words ? understand(query, words) : undefined;
		const terms = u?.terms.length ? u.terms : tokens(query);
		if (terms.length) pagefind.preload(terms.join(' '), { filters: filterQuery() }).catch(() => undefined);
	}

	/** Under "not here yet": the closest learning path among the results, and a prefilled "suggest this topic". */
	async function offerNotHere(query: string, path: PagefindResult | undefined, id: number) {
		const pathData = await path?.data();
		if (id !== generation) return;
		closestPathLine.replaceChildren();
		if (pathData) closestPathLine.append(`${strings.closestPath} `, el('a', { href: pathData.url }, pathData.meta.title ?? pathData.url));
		closestPathLine.hidden = !pathData;
		const links = topicLinks(contact, query, location.href, strings);
		const configured = links[0]?.kind !== 'share';
		const copy = el('button', { type: 'button' }, strings.suggestCopy);
		const copied = el('span', { 'aria-live': 'polite', 'data-copied': '' });
		copy.addEventListener('click', async () => {
			const { subject, body } = topicText(query, location.href, strings);
			try {
				await navigator.clipboard.writeText(`${subject}\n${body}`);
				copied.textContent = ` ${strings.suggestCopied}`;
			} catch {
				copied.textContent = '';
			}
		});
		const list = el('ul');
		for (const l of links) {
			const li = el('li');
			li.append(el('a', { href: l.href, rel: 'noopener', 'data-suggest-link': l.kind }, strings.suggestVia[l.kind]));
			list.append(li);
		}
		const copyItem = el('li');
		copyItem.append(copy, copied);
		list.append(copyItem);
		suggest.replaceChildren(el('p', {}, configured ? strings.suggestIntro : strings.suggestIntroNoContact), list);
		suggest.hidden = false;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	let preloadTimer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		clearTimeout(preloadTimer);
		preloadTimer = setTimeout(preload, PRELOAD_MS);
		timer = setTimeout(run, SEARCH_MS);
	});
	input.form!.addEventListener('submit', (e) => {
		e.preventDefault();
		const first = list.querySelector('a');
		if (first) first.click();
		else void run();
	});
	more.addEventListener('click', async () => {
		const next = shownCount;
		await showMore();
		list.children[next]?.querySelector('a')?.focus();
	});
	let filtersLoaded = false;
	toggle.addEventListener('click', async () => {
		const open = panel.hidden;
		panel.hidden = !open;
		toggle.setAttribute('aria-expanded', String(open));
		if (open && !filtersLoaded) {
			// Searches only count filter values once Pagefind has loaded them: a small download, made only when someone wants to filter.
			await pagefind.filters();
			filtersLoaded = true;
			void run();
		}
	});
	clear.addEventListener('click', () => {
		chosen.clear();
		void run();
		input.focus();
	});
	for (const button of parts.exampleButtons) {
		button.addEventListener('click', () => {
			input.value = button.textContent!;
			input.focus();
			void run();
		});
	}
	// Whatever was typed while Pagefind's script and the word list loaded.
	if (input.value.trim()) {
		preload();
		await run();
	}
}
