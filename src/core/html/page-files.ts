/**
 * Which files a built page loads, read from its HTML: the one answer used by
 * the size meter (first-visit bytes), "save this path" (what to download for
 * offline use), the service worker's shell and the tests.
 */
import { scanElements, type ScannedElement } from './scan.ts';

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

function parseSrcset(srcset: string, type = ''): Candidate[] {
	return srcset
		.split(',')
		.map((part) => part.trim().split(/\s+/))
		.filter((bits) => local(bits[0]))
		.map(([url, descriptor]) => ({ url: url!, w: descriptor?.endsWith('w') ? Number.parseInt(descriptor, 10) : 0, type }));
}

/** Same-origin CSS, JS and images that a page loads, from its HTML or its elements already scanned (./scan.ts). */
export function pageFiles(page: string | ScannedElement[]): PageFiles {
	const stylesheets: PageFiles['stylesheets'] = [];
	const assets = new Set<string>();
	const scripts: string[] = [];
	const choices: Candidate[][] = [];
	const images = new Set<string>();
	const withFallback = (group: Candidate[], src: string | undefined) => {
		if (local(src) && !group.some((c) => c.url === src)) group.push({ url: src, w: 0, type: '' });
		if (group.length) choices.push(group);
	};
	const elements = typeof page === 'string' ? scanElements(page) : page;
	elements.forEach((el, index) => {
		const { tagName, attrs } = el;
		if (tagName === 'link') {
			const href = attrs.href;
			if (!local(href)) return;
			const rel = (attrs.rel ?? '').split(/\s+/);
			if (rel.includes('stylesheet')) {
				stylesheets.push(attrs.media === undefined ? { href } : { href, media: attrs.media });
				assets.add(href);
			} else if (rel.includes('modulepreload')) assets.add(href);
		} else if (tagName === 'script') {
			if (local(attrs.src)) scripts.push(attrs.src);
		} else if (tagName === 'picture') {
			// Its <source>s in order, then its <img>: the browser takes one candidate of the group.
			const inner = elements.filter((e) => e.picture === index);
			const group = inner.filter((e) => e.tagName === 'source').flatMap((e) => parseSrcset(e.attrs.srcset ?? '', e.attrs.type ?? ''));
			const img = inner.find((e) => e.tagName === 'img');
			group.push(...parseSrcset(img?.attrs.srcset ?? ''));
			withFallback(group, img?.attrs.src);
		} else if (tagName === 'img' && el.picture === undefined) {
			if (attrs.srcset) withFallback(parseSrcset(attrs.srcset), attrs.src);
			else if (local(attrs.src)) images.add(attrs.src);
		}
	});
	for (const src of scripts) assets.add(src);
	return { stylesheets, scripts, assets: [...assets], images: [...images], choices };
}
