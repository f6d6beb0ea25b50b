/**
 * The program directory's filters, as pure functions shared by the page (which
 * writes each program's facets into data attributes at build time) and the
 * small island that filters the list in the browser.
 *
 * Rules:
 * - within one filter, a program matches if it has ANY of the chosen values;
 * - across filters, a program must match ALL filters that have a choice;
 * - a value the sources do not give (`unknown`, or an empty list) never matches
 *   a chosen value: we do not guess that a program is online or free;
 * - a `national` program runs everywhere, so it matches every chosen region.
 *
 * The state lives in the URL query (`?stage=finance-basics,growth&cost=free`)
 * so a filtered list can be shared and reproduces the same view when opened.
 */

/** Filter names, in the order they appear on the page and in the URL. */
export const FILTER_KEYS = ['orgType', 'archetype', 'stage', 'platform', 'audience', 'delivery', 'region', 'cost'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chosen values per filter; an empty list means "any". */
export type FilterState = Record<FilterKey, string[]>;
/** The values one program has for each filter (never `unknown`). */
export type Facets = Record<FilterKey, string[]>;
/** The values offered per filter, in display order. */
export type FilterOptions = Record<FilterKey, readonly string[]>;

export const UNKNOWN = 'unknown';
export const NATIONAL = 'national';

/** What a program costs, as the cost filter sees it. */
export type CostFacet = 'free' | 'described';

/** The parts of a program the filters read (the program schema's shape). */
export interface FilterableProgram {
	orgType: string;
	archetype: string;
	stages: readonly string[];
	platforms: readonly string[];
	audience: readonly string[];
	delivery: string;
	regions: readonly string[];
	/** `free`, `unknown`, or a bilingual description of the terms. */
	cost: string | object;
}

export function emptyState(): FilterState {
	return Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as FilterState;
}

/**
 * `free` when the source says free; `described` when it describes other terms
 * (a scholarship, free for resellers only…), which the program page spells out.
 */
export function costFacet(cost: FilterableProgram['cost']): CostFacet | undefined {
	if (cost === 'free') return 'free';
	if (cost === UNKNOWN) return undefined;
	return 'described';
}

const known = (values: readonly (string | undefined)[]) => values.filter((v): v is string => !!v && v !== UNKNOWN);

export function programFacets(p: FilterableProgram): Facets {
	return {
		orgType: known([p.orgType]),
		archetype: known([p.archetype]),
		stage: known(p.stages),
		platform: known(p.platforms),
		audience: known(p.audience),
		delivery: known([p.delivery]),
		region: known(p.regions),
		cost: known([costFacet(p.cost)]),
	};
}

export function matchesFilter(key: FilterKey, have: readonly string[], wanted: readonly string[]): boolean {
	if (wanted.length === 0) return true;
	if (key === 'region' && have.includes(NATIONAL)) return true;
	return have.some((v) => wanted.includes(v));
}

export function matches(facets: Facets, state: FilterState): boolean {
	return FILTER_KEYS.every((key) => matchesFilter(key, facets[key], state[key]));
}

/** How many values are chosen across all filters. */
export function activeCount(state: FilterState): number {
	return FILTER_KEYS.reduce((n, k) => n + state[k].length, 0);
}

/**
 * Read the state from a query string. Unknown filters and values that are not
 * offered are dropped (an old shared link still opens), values keep the
 * options' order and appear once. Accepts `a=x,y` and `a=x&a=y`.
 */
export function parseState(search: string, options: FilterOptions): FilterState {
	const params = new URLSearchParams(search);
	const state = emptyState();
	for (const key of FILTER_KEYS) {
		const raw = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim());
		state[key] = options[key].filter((option) => raw.includes(option));
	}
	return state;
}

/** The canonical query string for a state: `''` when nothing is chosen, else `?key=a,b&…`. */
export function serializeState(state: FilterState, options: FilterOptions): string {
	const parts: string[] = [];
	for (const key of FILTER_KEYS) {
		const values = options[key].filter((o) => state[key].includes(o));
		if (values.length) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
	}
	return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * The values to offer per filter: those at least one program has, in the
 * given order (vocabulary order); values not in `order` (regions) follow,
 * with `national` first and the rest alphabetical.
 */
export function facetOptions(all: readonly Facets[], order: Partial<Record<FilterKey, readonly string[]>>): FilterOptions {
	const options = {} as Record<FilterKey, string[]>;
	for (const key of FILTER_KEYS) {
		const present = new Set(all.flatMap((f) => f[key]));
		const ordered = (order[key] ?? []).filter((v) => present.has(v));
		const rest = [...present]
			.filter((v) => !ordered.includes(v))
			.sort((a, b) => (a === NATIONAL ? -1 : b === NATIONAL ? 1 : a.localeCompare(b, 'id')));
		options[key] = [...ordered, ...rest];
	}
	return options;
}

/**
 * How many programs each option would show if it were the only choice in its
 * filter, keeping the other filters as they are (all of them unset by default).
 * Printed beside each option; follows the match rules, so a region's count
 * includes the national programs.
 */
export function optionCounts(all: readonly Facets[], key: FilterKey, options: readonly string[], state: FilterState = emptyState()): Map<string, number> {
	const others = all.filter((f) => FILTER_KEYS.every((k) => k === key || matchesFilter(k, f[k], state[k])));
	return new Map(options.map((o) => [o, others.filter((f) => matchesFilter(key, f[key], [o])).length]));
}

/** Facet values travel in `data-*` attributes, joined by `|` (region names contain spaces). */
export const encodeFacet = (values: readonly string[]) => values.join('|');
export const decodeFacet = (attr: string | undefined | null) => (attr ? attr.split('|').filter(Boolean) : []);

/** `orgType` → `data-org-type`, the attribute each list item carries. */
export const facetAttribute = (key: FilterKey) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
