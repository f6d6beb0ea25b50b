/**
 * Build-time offline support, run after the build over dist/ by
 * src/features/offline/offline-step.ts (the web app manifests and icons are routes:
 * src/pages/[...lang]/manifest.webmanifest.ts, src/pages/icons/[icon].png.ts):
 * - the "save this path" manifests: each <SavePathOffline> gets the exact
 *   files and sizes its lessons need, measured on the built files;
 * - the service worker: src/features/offline/sw.ts bundled with esbuild, with each
 *   language's offline page and files and this release's offline cache name;
 * - the offline set-up cost (worker + offline page + its files) written where
 *   saving for offline is offered (OFFLINE_SETUP_MARKER).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gunzipSync, brotliCompressSync, constants } from 'node:zlib';
import { BROTLI_QUALITY } from '../build/measure-dist.ts';
import type { DistSite } from '../build/dist-site.ts';
import { OFFLINE_CACHE_PREFIX, OFFLINE_SETUP_MARKER, SAVE_MANIFEST_MARKER, type SaveManifest, type SizeTable } from './offline-cache.ts';
import { langOfPath, langPrefix } from '../../core/locales.ts';
import { pageFiles } from '../../core/html/page-files.ts';
import { attrOf, selectAll } from '../../core/html/html.ts';
import { DEFAULT_LANG, LANGS } from '../../core/locales.ts';
import { ui } from '../../core/i18n/ui.ts';
import { formatSize } from '../../core/i18n/format.ts';
import { urls } from '../../core/urls.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';

const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$|\/$/;

/** JS modules a script imports: statically (they load with the page) and dynamically (on demand, e.g. the search UI). */
export function jsImports(text: string, url: string): { static: string[]; dynamic: string[] } {
	const resolve = (spec: string) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
	const dynamic = [...text.matchAll(/\bimport\s*\(\s*["'`]((?:\.{1,2}\/|\/_astro\/)[^"'`$]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]!));
	const all = [...text.matchAll(/(?:\bimport|\bfrom)\s*["'`]((?:\.{1,2}\/|\/_astro\/)[^"'`$]+\.js)["'`]/g)].map((m) => resolve(m[1]!));
	return { static: [...new Set(all)], dynamic: [...new Set(dynamic)] };
}

/** Measures files once per build: many path pages share lessons and assets. */
export function createSizer(site: DistSite) {
	const sizes: SizeTable = {};
	return {
		sizes,
		size(url: string): [number, number] {
			let hit = sizes[url];
			if (!hit) {
				const body = site.read(url)!;
				const transfer = COMPRESSIBLE.test(url) ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }).length : body.length;
				sizes[url] = hit = [transfer, body.length];
			}
			return hit;
		},
		read: (url: string) => site.read(url)!.toString('utf8'),
		/** What a built page loads (parsed once per page). */
		pageFiles: (url: string) => pageFiles(site.html(site.fileOf(url))),
		exists: (url: string) => existsSync(site.fileOf(url)),
	};
}

/** The search files of one language (the dialog's word file and Pagefind's), and a page URL → fragment file map. */
function searchIndex(dist: string) {
	const base = join(dist, 'pagefind');
	const fragments = new Map<string, string>();
	if (!existsSync(base)) return { files: () => [] as string[], fragmentOf: () => undefined };
	const fragDir = join(base, 'fragment');
	for (const name of existsSync(fragDir) ? readdirSync(fragDir) : []) {
		try {
			const text = gunzipSync(readFileSync(join(fragDir, name))).toString('utf8');
			const json = JSON.parse(text.slice(text.indexOf('{')));
			fragments.set(json.url, `/pagefind/fragment/${name}`);
		} catch {
			/* an unreadable fragment only means that page is not searchable offline */
		}
	}
	const names = readdirSync(base);
	const listed = (dir: string) => (existsSync(join(base, dir)) ? readdirSync(join(base, dir)).map((n) => `/pagefind/${dir}/${n}`) : []);
	const chunks = [...listed('index'), ...listed('filter')];
	return {
		files: (lang: Lang) => [
			// The dialog's word list, text and links: without it the dialog cannot show anything but an error.
			urls.searchWords(lang),
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-entry.json',
			...names.filter((n) => n.startsWith(`pagefind.${lang}_`) && n.endsWith('.pf_meta')).map((n) => `/pagefind/${n}`),
			...names.filter((n) => n === `wasm.${lang}.pagefind`).map((n) => `/pagefind/${n}`),
			...chunks.filter((u) => posix.basename(u).startsWith(`${lang}_`)),
		],
		fragmentOf: (url: string) => fragments.get(url),
	};
}

type Sizer = ReturnType<typeof createSizer>;

export function buildSaveManifest(pages: string[], lang: Lang, sizer: Sizer, search: ReturnType<typeof searchIndex>, where: string): SaveManifest {
	const files = new Set<string>();
	const choices: SaveManifest['choices'] = [];
	const searchFiles = new Set<string>(search.files(lang));
	const seenChoice = new Set<string>();
	for (const page of pages) {
		if (!sizer.exists(page)) {
			throw new Error(`<SavePathOffline> on ${where} lists "${page}", but the build made no such page. Check the lesson's slug and language (urls.lesson(lang, slug)).`);
		}
		files.add(page);
		const found = sizer.pageFiles(page);
		const queue = [...found.assets];
		while (queue.length) {
			const url = queue.shift()!;
			if (files.has(url) || searchFiles.has(url) || !sizer.exists(url)) continue;
			files.add(url);
			if (url.endsWith('.js')) {
				const imports = jsImports(sizer.read(url), url);
				queue.push(...imports.static);
				// Loaded on demand (the search UI): part of "save search".
				for (const lazy of imports.dynamic) searchFiles.add(lazy);
			}
		}
		for (const img of found.images) if (sizer.exists(img)) files.add(img);
		for (const group of found.choices) {
			const key = group.map((c) => c.url).join(' ');
			if (seenChoice.has(key)) continue;
			seenChoice.add(key);
			choices.push(group.filter((c) => sizer.exists(c.url)));
		}
		const fragment = search.fragmentOf(page);
		if (fragment) searchFiles.add(fragment);
	}
	// Dynamically imported search UI modules may import more modules.
	const lazyQueue = [...searchFiles].filter((u) => u.startsWith('/_astro/'));
	while (lazyQueue.length) {
		const url = lazyQueue.shift()!;
		if (!sizer.exists(url)) continue;
		const imports = jsImports(sizer.read(url), url);
		for (const more of [...imports.static, ...imports.dynamic]) if (!searchFiles.has(more) && !files.has(more)) (searchFiles.add(more), lazyQueue.push(more));
	}
	const search_ = [...searchFiles].filter((u) => sizer.exists(u) && !files.has(u));
	const sizes: SizeTable = {};
	for (const url of [...files, ...search_, ...choices.flat().map((c) => c.url)]) sizes[url] = sizer.size(url);
	return { pages, files: [...files], choices: choices.filter((g) => g.length), search: search_, sizes };
}

/** Replace each <SavePathOffline> marker with its measured manifest, on these pages (all by default). Returns how many were filled. */
export function fillSaveManifests(site: DistSite, files: readonly string[] = site.pages): number {
	const sizer = createSizer(site);
	let search: ReturnType<typeof searchIndex> | undefined;
	let filled = 0;
	for (const file of files) {
		let html = site.html(file);
		if (!html.includes(SAVE_MANIFEST_MARKER)) continue;
		search ??= searchIndex(site.dir);
		const where = site.urlOf(file);
		// Only the marker in each box's start tag is replaced (the page's script names it too); the rest stays as built.
		const boxes = selectAll('nk-save-path', site.tree(file)).filter((box) => attrOf(box, 'dataManifest') === SAVE_MANIFEST_MARKER);
		for (const box of boxes.reverse()) {
			const pages = JSON.parse(attrOf(box, 'dataPages') ?? '[]') as string[];
			const at = html.indexOf(SAVE_MANIFEST_MARKER, box.position!.start.offset);
			const manifest = escapeAttr(JSON.stringify(buildSaveManifest(pages, langOfPath(where), sizer, search, where)));
			html = html.slice(0, at) + manifest + html.slice(at + SAVE_MANIFEST_MARKER.length);
			filled++;
		}
		site.write(file, html);
	}
	return filled;
}

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Per language, the offline page and the CSS and JS it loads: what the worker keeps for that language. */
export type OfflineShell = Record<Lang, { page: string; files: string[] }>;

/** The CSS and JS a built page loads, with the modules its scripts import statically. */
function loadedFiles(sizer: Sizer, page: string): Set<string> {
	const files = new Set<string>();
	const queue = [...sizer.pageFiles(page).assets];
	while (queue.length) {
		const url = queue.shift()!;
		if (files.has(url) || !sizer.exists(url)) continue;
		files.add(url);
		if (url.endsWith('.js')) queue.push(...jsImports(sizer.read(url), url).static);
	}
	return files;
}

/** The offline pages and everything they load: kept by the worker, one language at a time. */
export function offlineShell(site: DistSite): OfflineShell {
	const sizer = createSizer(site);
	const shell = {} as OfflineShell;
	for (const lang of LANGS) {
		const page = `${langPrefix(lang)}/offline/`;
		if (!sizer.exists(page)) throw new Error(`The offline page ${page} is missing from the build: it comes from src/content/docs/${lang === DEFAULT_LANG ? '' : `${lang}/`}offline.mdx.`);
		shell[lang] = { page, files: [...loadedFiles(sizer, page)].sort() };
	}
	return shell;
}

/**
 * The offline cache's name for this release: from the offline pages and their
 * files, so a release that changes neither keeps the cache (nothing is
 * downloaded again) and one that changes them fills a new one.
 */
export function offlineCacheName(site: DistSite, shell: OfflineShell): string {
	const hash = createHash('sha256');
	for (const lang of LANGS) for (const url of [shell[lang].page, ...shell[lang].files]) hash.update(url).update(site.read(url)!);
	return `${OFFLINE_CACHE_PREFIX}${hash.digest('hex').slice(0, 10)}`;
}

/**
 * What offline set-up downloads once, per language, brotli as served: the
 * worker (sw.js), the offline page and those of its files that the site's
 * pages do not load anyway (the files of the language's home page, the same
 * layout on every page, are already on the phone, in the browser's cache).
 */
export function setupCost(site: DistSite, shell: OfflineShell): Record<Lang, number> {
	const sizer = createSizer(site);
	const cost = {} as Record<Lang, number>;
	for (const lang of LANGS) {
		const everyPage = loadedFiles(sizer, `${langPrefix(lang)}/`);
		const own = shell[lang].files.filter((url) => !everyPage.has(url));
		cost[lang] = ['/sw.js', shell[lang].page, ...own].reduce((sum, url) => sum + sizer.size(url)[0], 0);
	}
	return cost;
}

/** Bundle src/features/offline/sw.ts with this release's offline pages and texts: dist/sw.js. */
export async function buildServiceWorker(site: DistSite, root: string): Promise<{ bytes: number; shell: OfflineShell; cache: string }> {
	const { build } = await import('esbuild');
	const shell = offlineShell(site);
	const cache = offlineCacheName(site, shell);
	await build({
		entryPoints: [join(root, 'src/features/offline/sw.ts')],
		bundle: true,
		format: 'iife',
		target: 'es2020',
		minify: true,
		legalComments: 'none',
		outfile: join(site.dir, 'sw.js'),
		define: {
			'process.env.NODE_ENV': '"production"',
			__NK_OFFLINE__: JSON.stringify(shell),
			__NK_OFFLINE_CACHE__: JSON.stringify(cache),
			__NK_NOT_SAVED__: JSON.stringify(Object.fromEntries(LANGS.map((lang) => [lang, { title: ui[lang].offline.searchNotSavedTitle, text: ui[lang].offline.searchNotSavedText }]))),
		},
		logLevel: 'silent',
	});
	return { bytes: statSync(join(site.dir, 'sw.js')).size, shell, cache };
}

/** Write each language's offline set-up cost over OFFLINE_SETUP_MARKER ("± 17 KB") on these pages (all by default). Returns how many pages had one. */
export function fillSetupCost(site: DistSite, cost: Record<Lang, number>, files: readonly string[] = site.pages): number {
	let filled = 0;
	for (const file of files) {
		const html = site.html(file);
		if (!html.includes(OFFLINE_SETUP_MARKER)) continue;
		const lang = langOfPath(site.urlOf(file));
		site.write(file, html.replaceAll(OFFLINE_SETUP_MARKER, formatSize(cost[lang], lang)));
		filled++;
	}
	return filled;
}
