/**
 * Internal links over the built site: every link and resource reference to our
 * own site must reach a file that exists, and a link to `#anchor` must reach an
 * element with that id on the target page. Pure: the caller reads dist/.
 * Checked on the built HTML rather than the MDX, so links made by components
 * (sidebar, path steps, program pages, "what next") are covered too.
 */
import { allElements, attrOf, parsePage, type Element, type Root } from '../../core/html/html.ts';
import type { ScannedElement } from '../../core/html/scan.ts';

export interface LinkProblem {
	/** The page holding the link, e.g. `/belajar/hitung-hpp/`. */
	page: string;
	/** The link as written. */
	href: string;
	reason: string;
}

export interface SiteView {
	/** Does `path` (e.g. `/belajar/a/`, `/_astro/x.css`) exist in the built site? */
	exists(path: string): boolean;
	/** The ids on the page at `path` (a folder URL), or undefined when it is not an HTML page. */
	ids(path: string): Set<string> | undefined;
}

/**
 * A page as the checks read it: its HTML, its hast tree (tests, edits), or the tokenizer's element list
 * (src/core/html/scan.ts: the build's whole-site pass, about twice as fast).
 */
export type PageInput = string | Root | Element | ScannedElement[];
/** One element, whichever reading it came from: its tag and its attributes by HTML name (`srcset`, `aria-hidden`). */
export interface PageElement {
	tagName: string;
	attr(name: string): string | undefined;
}
/** hast names the attributes the checks read by their DOM property names. */
const HAST_NAMES: Record<string, string> = { srcset: 'srcSet', 'aria-hidden': 'ariaHidden' };

export function elementsOf(page: PageInput): PageElement[] {
	if (Array.isArray(page)) return page.map((el) => ({ tagName: el.tagName, attr: (name) => el.attrs[name] }));
	return allElements(typeof page === 'string' ? parsePage(page) : page).map((el) => ({ tagName: el.tagName, attr: (name) => attrOf(el, HAST_NAMES[name] ?? name) }));
}

/** Every id (and legacy `name` anchor) on a page. */
export function idsOf(html: PageInput | PageElement[]): Set<string> {
	const ids = new Set<string>();
	for (const el of asElements(html)) {
		const id = el.attr('id') ?? el.attr('name');
		if (id) ids.add(id);
	}
	return ids;
}

export const asElements = (page: PageInput | PageElement[]): PageElement[] => (Array.isArray(page) && page.length > 0 && typeof (page[0] as PageElement).attr === 'function' ? (page as PageElement[]) : elementsOf(page as PageInput));

const RESOURCE_SRC = new Set(['img', 'script', 'source', 'video', 'audio', 'iframe', 'track']);

/** Links (`<a href>`, `<area href>`) and resources (`src`, `srcset`, `<link href>`) written in a page. */
export function refsOf(html: PageInput | PageElement[]): PageRef[] {
	// Code samples show markup as text, so only real elements count.
	const elements = asElements(html);
	const refs: PageRef[] = [];
	for (const el of elements) if ((el.tagName === 'a' || el.tagName === 'area') && el.attr('href') !== undefined) refs.push({ kind: 'link', href: el.attr('href')! });
	for (const el of elements) {
		if (el.tagName !== 'link' || el.attr('href') === undefined) continue;
		const rel = (el.attr('rel') ?? '').split(/\s+/);
		// canonical/alternate point at the public site (checked below like any absolute link to it).
		refs.push({ kind: rel.includes('canonical') || rel.includes('alternate') ? 'link' : 'resource', href: el.attr('href')! });
	}
	for (const el of elements) if (RESOURCE_SRC.has(el.tagName) && el.attr('src') !== undefined) refs.push({ kind: 'resource', href: el.attr('src')! });
	for (const el of elements) {
		for (const part of (el.attr('srcset') ?? '').split(',')) {
			const url = part.trim().split(/\s+/)[0];
			if (url) refs.push({ kind: 'resource', href: url });
		}
	}
	return refs;
}

/**
 * Resolve a reference against the page; undefined for other sites and
 * non-HTTP schemes (mailto:, tel:, data:, javascript:).
 */
export function toSitePath(href: string, page: string, siteUrl: string): { path: string; hash: string } | undefined {
	if (/^(?:mailto|tel|data|javascript|sms|whatsapp|intent):/i.test(href)) return undefined;
	const base = new URL(page, siteUrl);
	let url: URL;
	try {
		url = new URL(href, base);
	} catch {
		return { path: href, hash: '' };
	}
	if (url.origin !== new URL(siteUrl).origin) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		path = url.pathname;
	}
	return { path, hash: url.hash.slice(1) };
}

/** A link or resource reference written in a page. */
export interface PageRef {
	kind: 'link' | 'resource';
	href: string;
}

/** Check every page's links; `pages` maps a page path to its HTML (or its parsed tree, or its scanned elements). */
export function checkLinks(pages: Iterable<[string, PageInput]>, site: SiteView, siteUrl: string): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const [page, html] of pages) {
		const elements = elementsOf(html);
		problems.push(...checkPageLinks(page, idsOf(elements), refsOf(elements), site, siteUrl));
	}
	return problems;
}

/** One page's references, given its own ids: for a caller that reads each page once and keeps only these. */
export function checkPageLinks(page: string, ownIds: Set<string>, refs: readonly PageRef[], site: SiteView, siteUrl: string): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const { kind, href } of refs) {
		if (href === '' || href === '#') continue;
		const target = toSitePath(href, page, siteUrl);
		if (!target) continue;
		const samePage = href.startsWith('#');
		const path = samePage ? page : target.path;
		if (!samePage) {
			const isFile = /\.[a-z0-9]+$/i.test(path);
			if (!isFile && !path.endsWith('/')) {
				problems.push({ page, href, reason: 'page links need a trailing slash (the site is built with trailingSlash: "always")' });
				continue;
			}
			if (!site.exists(path)) {
				problems.push({ page, href, reason: kind === 'link' ? 'no such page in the build' : 'no such file in the build' });
				continue;
			}
		}
		if (target.hash && kind === 'link' && target.hash !== '_top') {
			const ids = samePage ? ownIds : site.ids(path);
			if (ids && !ids.has(target.hash)) problems.push({ page, href, reason: `no element with id="${target.hash}" on ${path}` });
		}
	}
	return problems;
}
