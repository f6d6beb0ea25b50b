/**
 * The search index build, around Starlight's own Pagefind run: before the
 * build it sets the index chunk size (src/features/search/search-config.ts), and after it
 * reports what was indexed per language, failing the build when a site
 * language has no index (a page with the wrong `<html lang>` would otherwise
 * silently land in a third index nobody searches), or when a language's
 * WebAssembly is not the file the search dialog preloads.
 * Both run from src/features/build/post-build.ts, listed after Starlight so it runs after Pagefind.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH } from './search-config.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';

/** Before the build: Pagefind runs as a child process that inherits the environment. */
export function setSearchChunkSize(): void {
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(SEARCH.indexChunkSize);
}

/** After Pagefind: what was indexed per language; throws when a site language has no index or an unknown one has. */
export function checkSearchIndex(dist: string, logger: AstroIntegrationLogger): void {
	const bundle = join(dist, 'pagefind');
	const entryFile = join(bundle, 'pagefind-entry.json');
	if (!existsSync(entryFile)) {
		logger.warn('no pagefind/pagefind-entry.json: the search index was not built');
		return;
	}
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number; wasm?: string }> };
	const missing = LANGS.filter((lang) => !entry.languages[lang]);
	const extra = Object.keys(entry.languages).filter((lang) => !(LANGS as readonly string[]).includes(lang));
	if (missing.length || extra.length) {
		throw new Error(
			`Search index languages are ${Object.keys(entry.languages).join(', ')}; expected exactly ${LANGS.join(', ')}. ` +
				'Every indexed page needs <html lang="id"> or <html lang="en">: check pages built outside Starlight.',
		);
	}
	// The dialog asks for `wasm.<lang>.pagefind` as it opens, before Pagefind has read which file its language uses (Search.astro).
	const otherWasm = LANGS.filter((lang) => entry.languages[lang]!.wasm !== lang || !existsSync(join(bundle, `wasm.${lang}.pagefind`)));
	if (otherWasm.length) {
		throw new Error(
			`Pagefind's WebAssembly for ${otherWasm.join(', ')} is not wasm.<lang>.pagefind (entry: ${otherWasm.map((l) => `${l} → ${entry.languages[l]!.wasm ?? 'none'}`).join(', ')}); ` +
				'the search dialog preloads that file when it opens (src/features/search/Search.astro): change the preload there for a language Pagefind has no stemmer for.',
		);
	}
	const chunks = readdirSync(join(bundle, 'index'));
	const largest = Math.max(...chunks.map((f) => statSync(join(bundle, 'index', f)).size));
	const counts = LANGS.map((lang) => `${lang} ${entry.languages[lang]!.page_count} pages`).join(', ');
	logger.info(`search index: ${counts}; ${chunks.length} chunks, largest ${(largest / 1024).toFixed(1)} KB`);
}
