/**
 * Text that must never reach a learner: template placeholders (the content
 * guard refuses them in the sources; this checks what was built, components
 * included), build markers that a post-build step failed to fill in, and the
 * usual filler of unfinished pages.
 */
import { PLACEHOLDER_PATTERN } from '../content-checks/content-check.ts';
import { parsePage, type Element, type Root } from '../../core/html/html.ts';

/** Markers our build writes and fills after the build (page size, "save this path" manifest). */
const BUILD_MARKER = /__NK_[A-Z_]+__/g;
const FILLER = /\b(?:[Ll]orem ipsum|TODO|FIXME|TBD)\b/g;

const HIDDEN = new Set(['script', 'style', 'template', 'pre', 'code']);

/** The visible text of a page: no scripts, styles, templates, code samples or tags. */
export function visibleText(html: string | Root): string {
	const parts: string[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type === 'text') parts.push(child.value);
			else if (child.type === 'element' && !HIDDEN.has(child.tagName)) walk(child);
		}
	};
	walk(typeof html === 'string' ? parsePage(html) : html);
	return parts.join(' ');
}

/** Leftovers in a page; pass its tree too when it is already parsed. */
export function leftoverText(html: string, tree?: Root): string[] {
	const found = new Set<string>();
	// Markers can hide in attributes (data-manifest) too: look at the whole page for those.
	for (const m of html.match(BUILD_MARKER) ?? []) found.add(m);
	const text = visibleText(tree ?? html);
	for (const m of text.match(FILLER) ?? []) found.add(m);
	for (const m of text.match(PLACEHOLDER_PATTERN) ?? []) if (!/^__NK_/.test(m)) found.add(m);
	return [...found];
}
