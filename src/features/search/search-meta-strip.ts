/**
 * The search metadata block (SearchMeta.astro: the filter values, keywords, synonyms and filler words a page gives
 * the search index) is read by Pagefind at build time and by nothing else: no learner, no screen reader, no script.
 * Once Pagefind has indexed the built pages (Starlight runs it in its own `astro:build:done`, listed before this
 * integration), the block leaves every page: about 0.75 KB brotli of each lesson's HTML, mostly the filler words
 * every page repeats. The index keeps all of it. Runs before the module preloads and the post-build pass, which
 * measure the final HTML; one file in memory at a time.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The block as SearchMeta.astro renders it: empty spans that carry Pagefind attributes, nothing else. */
const BLOCK = /<div hidden data-pagefind-ignore data-nk-search-meta>(?:\s*<span(?:\s+[\w:-]+(?:="[^"]*")?)*\s*><\/span>)*\s*<\/div>/g;
/** Any trace of the block: a page that still has one after stripping has a block of another shape (a bug to fix here). */
export const SEARCH_META_MARK = 'data-nk-search-meta';

/** The page without its search metadata block(s). */
export function stripSearchMeta(html: string): string {
	return html.includes(SEARCH_META_MARK) ? html.replace(BLOCK, '') : html;
}

function* htmlFiles(dir: string): Generator<string> {
	for (const d of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, d.name);
		if (d.isDirectory()) {
			// Pagefind's own files and the hashed assets hold no pages.
			if (p !== join(dir, 'pagefind') && p !== join(dir, '_astro')) yield* htmlFiles(p);
		} else if (d.name.endsWith('.html')) yield p;
	}
}

/** Strips every page of dist/; returns how many pages had a block. Throws on a block this step cannot read. */
export function writeStrippedPages(dist: string): number {
	let pages = 0;
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf8');
		if (!html.includes(SEARCH_META_MARK)) continue;
		const out = stripSearchMeta(html);
		if (out.includes(SEARCH_META_MARK)) throw new Error(`${file}: a search metadata block (${SEARCH_META_MARK}) of a shape src/features/search/search-meta-strip.ts does not know; SearchMeta.astro must render empty <span>s only.`);
		writeFileSync(file, out);
		pages++;
	}
	return pages;
}

export default function searchMetaStrip(): AstroIntegration {
	return {
		name: 'naik-kelas:search-meta-strip',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				// Without Pagefind's index (a build without search) the block is all the search has: leave it.
				if (!existsSync(join(dist, 'pagefind'))) return;
				const t = Date.now();
				logger.info(`search metadata taken out of ${writeStrippedPages(dist)} pages after indexing, in ${Date.now() - t} ms`);
			},
		},
	};
}
