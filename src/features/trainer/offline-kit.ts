/**
 * Turns built pages into self-contained HTML files for a workshop kit that
 * opens from the file system (file://) with no server and no network:
 * stylesheets, scripts and images are inlined (scripts' imports become data:
 * URLs), links to other files of the kit become relative, and every other
 * site link points at the public site. Pure: the caller supplies file access.
 */
import { posix } from 'node:path';
import { allElements, attrOf, parsePage, toHtml, type Element } from '../../core/html/html.ts';

export interface InlineOptions {
	/** Read a built file by its site path (`/_astro/x.css`); undefined when it does not exist. */
	read: (sitePath: string) => Buffer | undefined;
	/** Where a site link goes from this file: a relative kit path, or an absolute URL. */
	link: (sitePath: string) => string;
	/**
	 * Stylesheets and scripts already inlined, by site path, for the pages of one build (its files do not change
	 * while it runs): every SCORM package and kit page carries the same ones, inlined once instead of once a page.
	 */
	memo?: Map<string, string | null>;
}

const MIME: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.js': 'text/javascript',
	'.css': 'text/css',
};

const mimeOf = (path: string) => MIME[posix.extname(path.split(/[?#]/)[0]!).toLowerCase()] ?? 'application/octet-stream';

export function dataUrl(path: string, bytes: Buffer): string {
	return `data:${mimeOf(path)};base64,${bytes.toString('base64')}`;
}

/** Astro's link prefetcher: useless in a kit, and it would reach for the network on hover. */
export const isPrefetchScript = (code: string) => code.includes('prefetchAll') && code.includes('defaultStrategy');

function must(read: InlineOptions['read'], path: string, what: string): Buffer {
	const bytes = read(path);
	if (!bytes) throw new Error(`offline kit: ${what} ${path} is not in the build output`);
	return bytes;
}

/** A module script with every static and dynamic import replaced by a data: URL of the (inlined) module. */
export function inlineModule(code: string, sitePath: string, read: InlineOptions['read'], seen: string[] = []): string {
	if (seen.includes(sitePath)) throw new Error(`offline kit: circular import ${[...seen, sitePath].join(' → ')}`);
	return code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"'\s]+\.m?js)\2/g, (_all, lead: string, quote: string, spec: string) => {
		if (/^(data|https?):/.test(spec)) return `${lead}${quote}${spec}${quote}`;
		const target = spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec);
		const inner = inlineModule(must(read, target, 'script').toString('utf8'), target, read, [...seen, sitePath]);
		return `${lead}${quote}data:text/javascript;base64,${Buffer.from(inner).toString('base64')}${quote}`;
	});
}

/** A stylesheet with url(/…) references inlined as data: URLs. */
export function inlineCss(css: string, sitePath: string, read: InlineOptions['read']): string {
	return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all, _q: string, ref: string) => {
		if (/^(data:|https?:|#)/.test(ref)) return all;
		const target = ref.startsWith('/') ? ref : posix.join(posix.dirname(sitePath), ref);
		const bytes = read(target.split(/[?#]/)[0]!);
		return bytes ? `url("${dataUrl(target, bytes)}")` : all;
	});
}

/** Script text of an element (raw text: parse5 keeps it as written). */
const codeOf = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const DROPPED_LINKS = ['icon', 'prefetch', 'preload', 'modulepreload', 'sitemap', 'alternate', 'canonical', 'manifest'];

/** Make one built page self-contained. */
export function inlinePage(html: string, { read, link, memo = new Map() }: InlineOptions): string {
	const once = (key: string, make: () => string | null) => {
		if (!memo.has(key)) memo.set(key, make());
		return memo.get(key)!;
	};
	const tree = parsePage(html);
	const remove = new Set<Element>();
	for (const el of allElements(tree)) {
		const href = attrOf(el, 'href');
		const src = attrOf(el, 'src');
		if (el.tagName === 'link' && href !== undefined) {
			// Stylesheets → <style>, icons dropped (a kit file needs none).
			const rel = (attrOf(el, 'rel') ?? '').split(/\s+/);
			if (rel.includes('stylesheet') && href.startsWith('/')) {
				const media = attrOf(el, 'media');
				replaceWith(el, 'style', media && media !== 'all' ? { media } : {}, once(`css ${href}`, () => inlineCss(must(read, href, 'stylesheet').toString('utf8'), href, read))!);
			} else if (rel.some((r) => DROPPED_LINKS.includes(r))) remove.add(el);
		} else if (el.tagName === 'script' && src?.startsWith('/')) {
			// External module scripts → inline modules (imports as data: URLs); the prefetcher is dropped.
			// null: Astro's prefetcher, which a kit drops.
			const inlined = once(`js ${src}`, () => {
				const code = must(read, src, 'script').toString('utf8');
				return isPrefetchScript(code) ? null : inlineModule(code, src, read).replace(/<\/script/gi, '<\\/script');
			});
			if (inlined === null) remove.add(el);
			else {
				const { src: _, ...attrs } = el.properties;
				replaceWith(el, 'script', attrs, inlined);
			}
		} else if (el.tagName === 'script' && attrOf(el, 'type') === 'module') {
			// Inline module scripts may import chunks too.
			el.children = [{ type: 'text', value: inlineModule(codeOf(el), '/_astro/inline.js', read) }];
		} else if (el.tagName === 'source') {
			// Responsive image sources: the kit keeps the single fallback image.
			remove.add(el);
		} else if (el.tagName === 'img' && src?.startsWith('/')) {
			el.properties.src = dataUrl(src, must(read, src, 'image'));
		} else if (el.tagName === 'a' && href?.startsWith('/')) {
			// Site links: to a kit file (relative) or to the public site.
			const [path, hash] = href.split('#');
			el.properties.href = `${link(path!)}${hash !== undefined ? `#${hash}` : ''}`;
		}
		delete el.properties.srcSet;
		delete el.properties.sizes;
	}
	for (const el of allElements(tree)) el.children = el.children.filter((c) => !(c.type === 'element' && remove.has(c)));
	tree.children = tree.children.filter((c) => !(c.type === 'element' && remove.has(c)));
	return toHtml(tree);
}

/** Turn an element into another one in place (the walk over the tree goes on unchanged). */
function replaceWith(el: Element, tagName: string, properties: Element['properties'], text: string) {
	el.tagName = tagName;
	el.properties = properties;
	el.children = [{ type: 'text', value: text }];
}

/** Relative link from one kit file to another (`slide/a.html` → `../cetak/a.html`). */
export function relativeLink(fromFile: string, toFile: string): string {
	const rel = posix.relative(posix.dirname(fromFile), toFile);
	return rel || posix.basename(toFile);
}
