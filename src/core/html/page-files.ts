/**
 * Which files a built page loads, read from its HTML: the one answer used by
 * the size meter (first-visit bytes), "save this path" (what to download for
 * offline use), the service worker's shell and the tests.
 */
import { allElements, attrOf, parsePage, type Element, type Root } from './html.ts';

/** One image choice in a `<picture>` or `srcset`: the browser downloads one candidate per group. */
export interface Candidate {
	url: string;
	/** Intrinsic width from a `360w` descriptor; 0 when the candidate has none. */
	w: number;
	/** MIME type of its `<source>`, e.g. `image/avif`; '' for the `<img>` itself. */
	type: string;
}

export interface PageFiles {
	/** Our own stylesheets, in order, with their media (`print` ones are needed to print offline, not to show the page). */
	stylesheets: { href: string; media?: string }[];
	/** Our own module scripts (`<script src>`). */
	scripts: string[];
	/** Stylesheets, module preloads and scripts (our own, same origin). */
	assets: string[];
	/** Plain images: `<img src>` with no `srcset` and outside `<picture>`. */
	images: string[];
	/** One group per responsive image: the browser picks one candidate. */
	choices: Candidate[][];
}

const local = (url: string | undefined): url is string => !!url && url.startsWith('/') && !url.startsWith('//');

export function parseSrcset(srcset: string, type = ''): Candidate[] {
	return srcset
		.split(',')
		.map((part) => part.trim().split(/\s+/))
		.filter((bits) => local(bits[0]))
		.map(([url, descriptor]) => ({ url: url!, w: descriptor?.endsWith('w') ? Number.parseInt(descriptor, 10) : 0, type }));
}

const rels = (el: Element) => (attrOf(el, 'rel') ?? '').split(/\s+/);

/** Same-origin CSS, JS and images that a page loads; takes the HTML or a tree already parsed. */
export function pageFiles(page: string | Root): PageFiles {
	const stylesheets: PageFiles['stylesheets'] = [];
	const assets = new Set<string>();
	const scripts: string[] = [];
	const choices: Candidate[][] = [];
	const images = new Set<string>();
	const pictured = new Set<Element>();
	const withFallback = (group: Candidate[], src: string | undefined) => {
		if (local(src) && !group.some((c) => c.url === src)) group.push({ url: src, w: 0, type: '' });
		if (group.length) choices.push(group);
	};
	// One walk over the page (a selector per kind would walk it once each).
	for (const el of allElements(typeof page === 'string' ? parsePage(page) : page)) {
		if (el.tagName === 'link') {
			const href = attrOf(el, 'href');
			if (!local(href)) continue;
			if (rels(el).includes('stylesheet')) {
				const media = attrOf(el, 'media');
				stylesheets.push(media === undefined ? { href } : { href, media });
				assets.add(href);
			} else if (rels(el).includes('modulepreload')) assets.add(href);
		} else if (el.tagName === 'script') {
			const src = attrOf(el, 'src');
			if (local(src)) scripts.push(src);
		} else if (el.tagName === 'picture') {
			const inner = el.children.filter((c): c is Element => c.type === 'element');
			const group = inner.filter((c) => c.tagName === 'source').flatMap((s) => parseSrcset(attrOf(s, 'srcSet') ?? '', attrOf(s, 'type') ?? ''));
			const img = inner.find((c) => c.tagName === 'img');
			if (img) pictured.add(img);
			group.push(...parseSrcset((img && attrOf(img, 'srcSet')) ?? ''));
			withFallback(group, img && attrOf(img, 'src'));
		} else if (el.tagName === 'img' && !pictured.has(el)) {
			const srcset = attrOf(el, 'srcSet');
			const src = attrOf(el, 'src');
			if (srcset) withFallback(parseSrcset(srcset), src);
			else if (local(src)) images.add(src);
		}
	}
	for (const src of scripts) assets.add(src);
	return { stylesheets, scripts, assets: [...assets], images: [...images], choices };
}
