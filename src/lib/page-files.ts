/**
 * Which files a built page loads, read from its HTML: the one answer used by
 * the size meter (first-visit bytes), "save this path" (what to download for
 * offline use), the service worker's shell and the tests.
 */
import { attrOf, parsePage, selectAll, type Element, type Root } from './html.ts';
import type { Candidate } from './offline-cache.ts';

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
	const tree = typeof page === 'string' ? parsePage(page) : page;
	const stylesheets: PageFiles['stylesheets'] = [];
	const assets = new Set<string>();
	for (const link of selectAll('link[href]', tree)) {
		const href = attrOf(link, 'href');
		if (!local(href)) continue;
		if (rels(link).includes('stylesheet')) {
			const media = attrOf(link, 'media');
			stylesheets.push(media === undefined ? { href } : { href, media });
			assets.add(href);
		} else if (rels(link).includes('modulepreload')) assets.add(href);
	}
	const scripts = selectAll('script[src]', tree).map((s) => attrOf(s, 'src')).filter(local);
	for (const src of scripts) assets.add(src);

	const choices: Candidate[][] = [];
	const withFallback = (group: Candidate[], src: string | undefined) => {
		if (local(src) && !group.some((c) => c.url === src)) group.push({ url: src, w: 0, type: '' });
		if (group.length) choices.push(group);
	};
	const inPicture = new Set<Element>();
	for (const picture of selectAll('picture', tree)) {
		const group = selectAll('source', picture).flatMap((s) => parseSrcset(attrOf(s, 'srcSet') ?? '', attrOf(s, 'type') ?? ''));
		const img = selectAll('img', picture)[0];
		if (img) inPicture.add(img);
		group.push(...parseSrcset((img && attrOf(img, 'srcSet')) ?? ''));
		withFallback(group, img && attrOf(img, 'src'));
	}
	const images = new Set<string>();
	for (const img of selectAll('img', tree)) {
		if (inPicture.has(img)) continue;
		const srcset = attrOf(img, 'srcSet');
		const src = attrOf(img, 'src');
		if (srcset) withFallback(parseSrcset(srcset), src);
		else if (local(src)) images.add(src);
	}
	return { stylesheets, scripts, assets: [...assets], images: [...images], choices };
}
