/**
 * Internal links over the built site: every link and resource reference to our
 * own site must reach a file that exists, and a link to `#anchor` must reach an
 * element with that id on the target page. Pure: the caller reads dist/.
 * Checked on the built HTML rather than the MDX, so links made by components
 * (sidebar, path steps, program pages, "what next") are covered too.
 */
import { allElements, attrOf, parsePage, type Root } from '../../core/html/html.ts';

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

const pageOf = (html: string | Root) => (typeof html === 'string' ? parsePage(html) : html);

/** Every id (and legacy `name` anchor) on a page. */
export function idsOf(html: string | Root): Set<string> {
	const ids = new Set<string>();
	for (const el of allElements(pageOf(html))) {
		const id = attrOf(el, 'id') ?? attrOf(el, 'name');
		if (id) ids.add(id);
	}
	return ids;
}

const RESOURCE_SRC = new Set(['img', 'script', 'source', 'video', 'audio', 'iframe', 'track']);

/** Links (`<a href>`, `<area href>`) and resources (`src`, `srcset`, `<link href>`) written in a page. */
export function refsOf(html: string | Root): { kind: 'link' | 'resource'; href: string }[] {
	// Code samples show markup as text, so only real elements count.
	const elements = allElements(pageOf(html));
	const refs: { kind: 'link' | 'resource'; href: string }[] = [];
	for (const el of elements) if ((el.tagName === 'a' || el.tagName === 'area') && attrOf(el, 'href') !== undefined) refs.push({ kind: 'link', href: attrOf(el, 'href')! });
	for (const el of elements) {
		if (el.tagName !== 'link' || attrOf(el, 'href') === undefined) continue;
		const rel = (attrOf(el, 'rel') ?? '').split(/\s+/);
		// canonical/alternate point at the public site (checked below like any absolute link to it).
		refs.push({ kind: rel.includes('canonical') || rel.includes('alternate') ? 'link' : 'resource', href: attrOf(el, 'href')! });
	}
	for (const el of elements) if (RESOURCE_SRC.has(el.tagName) && attrOf(el, 'src') !== undefined) refs.push({ kind: 'resource', href: attrOf(el, 'src')! });
	for (const el of elements) {
		for (const part of (attrOf(el, 'srcSet') ?? '').split(',')) {
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

/** Check every page's links; `pages` maps a page path to its HTML (or its parsed tree). */
export function checkLinks(pages: Iterable<[string, string | Root]>, site: SiteView, siteUrl: string): LinkProblem[] {
	const problems: LinkProblem[] = [];
	for (const [page, html] of pages) {
		const tree = pageOf(html);
		const ownIds = idsOf(tree);
		for (const { kind, href } of refsOf(tree)) {
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
	}
	return problems;
}
