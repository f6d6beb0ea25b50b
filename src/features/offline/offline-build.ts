/**
 * Build-time offline support, run after the build over dist/ by
 * src/features/offline/offline-step.ts (the web app manifests and icons are routes:
 * src/pages/[...lang]/manifest.webmanifest.ts, src/pages/icons/[icon].png.ts):
 * - the "save this path" manifests: each <SavePathOffline> gets the exact
 *   files and sizes its lessons need, measured on the built files;
 * - the service worker: src/features/offline/sw.ts bundled with esbuild, its precache list
 *   (the offline pages) injected by workbox-build.
 */
import { existsSync, readFileSync, readdirSync, statSync, rmSync, mkdtempSync } from 'node:fs';
import { join, posix } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync, brotliCompressSync, constants } from 'node:zlib';
import { BROTLI_QUALITY } from '../build/measure-dist.ts';
import type { DistSite } from '../build/dist-site.ts';
import { SAVE_MANIFEST_MARKER, type SaveManifest, type SizeTable } from './offline-cache.ts';
import { langOfPath } from '../../core/locales.ts';
import { pageFiles } from '../../core/html/page-files.ts';
import { attrOf, selectAll } from '../../core/html/html.ts';
import { LANGS } from '../../core/locales.ts';
import { ui } from '../../core/i18n/ui.ts';
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

/** Pagefind's files for one language, and a page URL → fragment file map. */
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

/** Replace each <SavePathOffline> marker with its measured manifest. Returns how many were filled. */
export function fillSaveManifests(site: DistSite): number {
	const sizer = createSizer(site);
	let search: ReturnType<typeof searchIndex> | undefined;
	let filled = 0;
	for (const file of site.pages) {
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

/** The offline pages and everything they load: precached / warmed when the worker installs. */
export function offlineShell(site: DistSite): { pages: string[]; assets: string[] } {
	const pages = ['/offline/', '/en/offline/'];
	const sizer = createSizer(site);
	const assets = new Set<string>();
	for (const page of pages) {
		if (!sizer.exists(page)) throw new Error(`The offline page ${page} is missing from the build: it comes from src/content/docs/${page === '/offline/' ? '' : 'en/'}offline.mdx.`);
		const queue = [...sizer.pageFiles(page).assets];
		while (queue.length) {
			const url = queue.shift()!;
			if (assets.has(url) || !sizer.exists(url)) continue;
			assets.add(url);
			if (url.endsWith('.js')) queue.push(...jsImports(sizer.read(url), url).static);
		}
	}
	return { pages, assets: [...assets].sort() };
}

/** Bundle src/features/offline/sw.ts and inject the precache list: dist/sw.js. */
export async function buildServiceWorker(site: DistSite, root: string): Promise<{ bytes: number; precached: number; warmed: number }> {
	const { build } = await import('esbuild');
	const { injectManifest } = await import('workbox-build');
	const dist = site.dir;
	const shell = offlineShell(site);
	const tmp = mkdtempSync(join(tmpdir(), 'nk-sw-'));
	try {
		const bundled = join(tmp, 'sw.js');
		await build({
			entryPoints: [join(root, 'src/features/offline/sw.ts')],
			bundle: true,
			format: 'iife',
			target: 'es2020',
			minify: true,
			legalComments: 'none',
			outfile: bundled,
			define: {
				'process.env.NODE_ENV': '"production"',
				__NK_SHELL_ASSETS__: JSON.stringify(shell.assets),
				__NK_NOT_SAVED__: JSON.stringify(Object.fromEntries(LANGS.map((lang) => [lang, { title: ui[lang].offline.searchNotSavedTitle, text: ui[lang].offline.searchNotSavedText }]))),
			},
			logLevel: 'silent',
		});
		const result = await injectManifest({
			swSrc: bundled,
			swDest: join(dist, 'sw.js'),
			globDirectory: dist,
			globPatterns: shell.pages.map((p) => `${p.slice(1)}index.html`),
			// The offline pages are stored under their folder URL, the one the worker falls back to.
			manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: `/${e.url.replace(/index\.html$/, '')}` })), warnings: [] })],
		});
		if (result.count !== shell.pages.length) throw new Error(`service worker: expected ${shell.pages.length} precached offline pages, got ${result.count}`);
		return { bytes: statSync(join(dist, 'sw.js')).size, precached: result.count, warmed: shell.assets.length };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
