/**
 * Ids for the labels and hints of a tool, unique within the page and the same on every build (a random id made every
 * build's HTML differ): the first calculator on a page is `calc-1`, the second `calc-2`. Counted per page render, so
 * `Astro.locals` (a new object for every page) is the key.
 */
const counters = new WeakMap<object, Map<string, number>>();

export function pageId(locals: object, prefix: string): string {
	const counts = counters.get(locals) ?? new Map<string, number>();
	counters.set(locals, counts);
	const n = (counts.get(prefix) ?? 0) + 1;
	counts.set(prefix, n);
	return `${prefix}-${n}`;
}
