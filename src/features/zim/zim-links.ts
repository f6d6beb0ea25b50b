/**
 * Links inside a ZIM file (Kiwix) must be relative to the page and name files, not folders: `/belajar/x/` from
 * `jalur/y/index.html` becomes `../../belajar/x/index.html`. A link to a file left out of the ZIM (downloads) goes to
 * the public site instead. Pure: the caller says which files exist.
 */
import { posix } from 'node:path';

/** The ZIM entry a site path names: a folder path gets its index.html. */
export function entryOf(sitePath: string): string {
	const path = decodeURI(sitePath).replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** One link from the page `fromEntry`: relative when its target is in the ZIM, absolute on the public site when not. */
export function zimLink(link: string, fromEntry: string, exists: (entry: string) => boolean, site: string): string {
	if (!link.startsWith('/') || link.startsWith('//')) return link;
	const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(link)!;
	const entry = entryOf(path);
	if (!exists(entry)) return `${site}${link}`;
	const relative = posix.relative(posix.dirname(fromEntry), entry) || posix.basename(entry);
	// Kiwix reads ?query on its own pages; keep only the fragment.
	const hash = rest.includes('#') ? rest.slice(rest.indexOf('#')) : '';
	return encodeURI(relative) + hash;
}

const ATTR = /(\s(?:href|src|action|poster|data-src)=)(["'])(\/[^"']*)\2/g;
const SRCSET = /(\ssrcset=)(["'])([^"']*)\2/g;
const REFRESH = /(<meta\s+http-equiv=["']refresh["']\s+content=["']\d+;\s*url=)(\/[^"']*)(["'])/gi;
const CSS_URL = /url\((["']?)(\/[^)"']+)\1\)/g;

/** Every site-absolute link of an HTML page rewritten for the ZIM. */
export function rewriteHtml(html: string, fromEntry: string, exists: (entry: string) => boolean, site: string): string {
	const one = (l: string) => zimLink(l, fromEntry, exists, site);
	return html
		.replace(ATTR, (_, a: string, q: string, l: string) => `${a}${q}${one(l)}${q}`)
		.replace(SRCSET, (_, a: string, q: string, set: string) => `${a}${q}${set.split(',').map((part) => part.trim().replace(/^\/\S*/, (l) => one(l))).join(', ')}${q}`)
		.replace(REFRESH, (_, a: string, l: string, q: string) => `${a}${one(l)}${q}`)
		.replace(CSS_URL, (_, q: string, l: string) => `url(${q}${one(l)}${q})`);
}

/** url(/…) in a stylesheet, relative to the stylesheet's own entry. */
export const rewriteCss = (css: string, fromEntry: string, exists: (entry: string) => boolean, site: string): string =>
	css.replace(CSS_URL, (_, q: string, l: string) => `url(${q}${zimLink(l, fromEntry, exists, site)}${q})`);
