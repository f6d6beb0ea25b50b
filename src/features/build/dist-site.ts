/**
 * The built site as the post-build pass sees it (src/features/build/post-build.ts):
 * the HTML files listed once; a page is read from disk when a step asks for it,
 * and every edit is written straight back to disk. Only the page a step is
 * working on is kept in memory (its text and, once asked for, its tree): the
 * pass streams, one page at a time, so its memory does not grow with the
 * site (at 5,000 lessons, some 30,000 pages would be about a gigabyte of text).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listHtml } from './measure-dist.ts';
import { parsePage, type Root } from '../../core/html/html.ts';

export interface DistSite {
	dir: string;
	/** Every built HTML file (absolute paths, sorted). */
	pages: string[];
	/** A page's HTML, with the edits made so far. */
	html(file: string): string;
	/** A page parsed (once while it is the page in hand, until a step rewrites it). */
	tree(file: string): Root;
	/** Let go of the page in hand now (it would go anyway when the next page is read). */
	forget(file: string): void;
	/** The pages whose HTML contains each marker, read in one pass (a step asks once, instead of reading every page again). */
	pagesWith(markers: readonly string[]): Map<string, string[]>;
	/** Replace a page's HTML. */
	write(file: string, html: string): void;
	/** File of a site URL: `/belajar/a/` → `<dist>/belajar/a/index.html`. */
	fileOf(url: string): string;
	/** Site URL of a page file: `<dist>/belajar/a/index.html` → `/belajar/a/`. */
	urlOf(file: string): string;
	/** Any built file by site URL (pages as edited so far), or undefined when the build made none. */
	read(url: string): Buffer | undefined;
}

export function readDist(dir: string): DistSite {
	const pages = listHtml(dir);
	const isPage = new Set(pages);
	// The one page in hand: its file, its text and (when asked for) its tree.
	let current: { file: string; text: string; tree?: Root } | undefined;
	const hold = (file: string) => {
		if (current?.file !== file) current = { file, text: readFileSync(file, 'utf8') };
		return current;
	};
	const fileOf = (url: string) => join(dir, decodeURI(url.split(/[?#]/)[0]!), url.endsWith('/') ? 'index.html' : '');
	return {
		dir,
		pages,
		html: (file) => hold(file).text,
		tree(file) {
			const page = hold(file);
			return (page.tree ??= parsePage(page.text));
		},
		forget(file) {
			if (current?.file === file) current = undefined;
		},
		pagesWith(markers) {
			const found = new Map(markers.map((m) => [m, [] as string[]]));
			for (const file of pages) {
				const text = readFileSync(file, 'utf8');
				for (const m of markers) if (text.includes(m)) found.get(m)!.push(file);
			}
			return found;
		},
		write(file, text) {
			writeFileSync(file, text);
			current = { file, text };
		},
		fileOf,
		urlOf: (file) => `/${relative(dir, file).replaceAll('\\', '/').replace(/index\.html$/, '')}`,
		read(url) {
			const file = fileOf(url);
			if (current?.file === file) return Buffer.from(current.text);
			if (isPage.has(file) || existsSync(file)) return readFileSync(file);
			return undefined;
		},
	};
}
