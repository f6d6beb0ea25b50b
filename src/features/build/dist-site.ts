/**
 * The built site as the post-build pass sees it (src/features/build/post-build.ts):
 * the HTML files listed once and each read once, then kept in memory with
 * every step's edits, which are also written straight to disk (Workbox and
 * the tests read dist/ from disk).
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
	/** A page parsed (once, until a step rewrites it). */
	tree(file: string): Root;
	/** Let go of a page's text and tree once no later step needs them (a whole site would not fit in memory). */
	forget(file: string): void;
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
	const texts = new Map<string, string>();
	const trees = new Map<string, Root>();
	const html = (file: string) => {
		let text = texts.get(file);
		if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8')));
		return text;
	};
	const fileOf = (url: string) => join(dir, decodeURI(url.split(/[?#]/)[0]!), url.endsWith('/') ? 'index.html' : '');
	return {
		dir,
		pages,
		html,
		tree(file) {
			let tree = trees.get(file);
			if (!tree) trees.set(file, (tree = parsePage(html(file))));
			return tree;
		},
		forget(file) {
			// Every edit is on disk already (write() writes through), so a page read again later comes back the same.
			texts.delete(file);
			trees.delete(file);
		},
		write(file, text) {
			texts.set(file, text);
			trees.delete(file);
			writeFileSync(file, text);
		},
		fileOf,
		urlOf: (file) => `/${relative(dir, file).replaceAll('\\', '/').replace(/index\.html$/, '')}`,
		read(url) {
			const file = fileOf(url);
			if (texts.has(file) || isPage.has(file)) return Buffer.from(html(file));
			return existsSync(file) ? readFileSync(file) : undefined;
		},
	};
}
