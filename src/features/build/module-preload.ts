/**
 * Module preloads: a page's scripts import shared chunks (the progress store, the preload helper, …), which the
 * browser only finds once the importing script has arrived: on a 400 ms link each level of imports is another
 * round trip. This step adds `<link rel="modulepreload">` to the head of every built page for the chunks its
 * scripts import (statically, at any depth) and that the page does not already load itself, so they all start in
 * the first wave. Dynamic imports (a tool loaded on demand) are left to load on demand.
 * Runs before the post-build pass (post-build.ts), which measures and hashes the final HTML.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { inlineScript } from '../../core/html/inline-script.ts';
import { fileURLToPath } from 'node:url';

/** Static imports of an ES module: `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function staticImports(code: string): string[] {
	return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

const SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="(\/_astro\/[^"]+\.js)"[^>]*>/g;

/** The chunks a page's module scripts import, at any depth, that the page does not load itself; site paths, in a stable order. */
export function preloadsFor(html: string, importsOf: (src: string) => string[]): string[] {
	const entries = [...html.matchAll(SCRIPT)].map((m) => m[1]!);
	const seen = new Set(entries);
	const found: string[] = [];
	const walk = (src: string) => {
		for (const dep of importsOf(src)) {
			if (seen.has(dep)) continue;
			seen.add(dep);
			found.push(dep);
			walk(dep);
		}
	};
	for (const e of entries) walk(e);
	return found;
}

/** Adds the preload links to one page's head; the page unchanged when it needs none. */
export function addPreloads(html: string, importsOf: (src: string) => string[]): string {
	return withPreloads(html, importsOf).html;
}

function withPreloads(html: string, importsOf: (src: string) => string[]): { html: string; links: number } {
	const deps = preloadsFor(html, importsOf);
	if (!deps.length || !html.includes('</head>')) return { html, links: 0 };
	const links = deps.map((d) => `<link rel="modulepreload" href="${d}">`).join('');
	return { html: html.replace('</head>', `${links}</head>`), links: deps.length };
}

/**
 * Lesson pages run their scripts after the first paint. On a cheap phone, a later lesson's scripts come from the
 * cache at once and ran before the text was painted: 13 modules and their work on the page (about 300 ms of a
 * simulated mid-range phone's main thread, and 20 requests, in Lighthouse). Now the text paints first; then
 * `after-paint.js` loads them, with the chunks they import, in page order (measured in the closing note of #20).
 * Which pages: the lessons (`/belajar/<slug>/`, `/en/belajar/<slug>/`), what a learner opens most. Not the
 * views the offline kits and SCORM packages inline (print, slides, embed): their inliner reads the page's own tags.
 */
export const AFTER_PAINT_PAGES = /^(?:\/[a-z]{2})?\/belajar\/[^/]+\/index\.html$/;

/**
 * The scripts that stay in the page: each reveals a part of the lesson's header that would push the lesson down if
 * it appeared after the text (the listen button, when the phone has a voice). The path bar needs none: the page
 * carries it, and a tiny inline script shows it before the lesson is drawn (paths/PathBar.astro).
 * Matched on Vite's name for a component's script file, `<Component>.astro_astro_type_script_index_<n>_lang.<hash>.js`;
 * a dist test fails if a lesson stops having them (after-paint.dist.test.ts).
 */
export const BEFORE_FIRST_PAINT = /^\/_astro\/(?:ListenButton)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

const MODULE_TAG = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

/**
 * One lesson page's scripts: the ones that reveal its header (BEFORE_FIRST_PAINT) stay, with their chunks preloaded
 * in the head; every other module script, and the chunks only they import, move into `<template id="nk-after-paint">`
 * at the end of the body, followed by the loader (`loader`: after-paint.js minified, inline: about 0.3 KB brotli
 * in each lesson, less than the request a cached file cost a first visit, which the calculator lesson's 50 KB
 * budget could not afford; the same text on every lesson, so one hash in the security headers). A module script written any other
 * way than Astro writes it (more attributes) stays where it is, and so do the chunks it needs.
 */
export function scriptsAfterPaint(html: string, importsOf: (src: string) => string[], loader: string): { html: string; links: number; deferred: number } {
	const tags = [...html.matchAll(MODULE_TAG)];
	const late = tags.filter((m) => !BEFORE_FIRST_PAINT.test(m[1]!));
	if (!late.length || !html.includes('</head>') || !html.includes('</body>')) return { ...withPreloads(html, importsOf), deferred: 0 };
	let out = html;
	for (const m of late) out = out.replace(m[0], '');
	// What still loads in the page (early scripts, and any odd module tag) preloads its chunks in the head…
	const early = preloadsFor(out, importsOf);
	// …and the template carries the rest: the late scripts and the chunks only they import.
	const loaded = new Set([...[...out.matchAll(SCRIPT)].map((m) => m[1]!), ...early]);
	const lateDeps = preloadsFor(late.map((m) => m[0]).join(''), importsOf).filter((d) => !loaded.has(d));
	const link = (d: string) => `<link rel="modulepreload" href="${d}">`;
	if (early.length) out = out.replace('</head>', `${early.map(link).join('')}</head>`);
	const template = `<template id="nk-after-paint">${lateDeps.map(link).join('')}${late.map((m) => m[0]).join('')}</template><script>${loader}</script>`;
	out = out.replace('</body>', `${template}</body>`);
	return { html: out, links: early.length + lateDeps.length, deferred: late.length };
}

function* htmlFiles(dir: string): Generator<string> {
	for (const d of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, d.name);
		if (d.isDirectory()) yield* htmlFiles(p);
		else if (d.name.endsWith('.html')) yield p;
	}
}

/** Rewrites every page of dist/ in turn (one file in memory at a time); returns how many pages got preloads. */
export function writeModulePreloads(dist: string, afterPaintSource: string): { pages: number; links: number; afterPaint: number } {
	const graph = new Map<string, string[]>();
	const importsOf = (src: string) => {
		let deps = graph.get(src);
		if (!deps) {
			const file = join(dist, src);
			deps = existsSync(file) ? staticImports(readFileSync(file, 'utf8')).map((rel) => posix.join(posix.dirname(src), rel)) : [];
			graph.set(src, deps);
		}
		return deps;
	};
	const loader = inlineScript(afterPaintSource);
	let pages = 0;
	let links = 0;
	let afterPaint = 0;
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf8');
		const site = `/${relative(dist, file).split(sep).join('/')}`;
		const out = AFTER_PAINT_PAGES.test(site) ? scriptsAfterPaint(html, importsOf, loader) : { ...withPreloads(html, importsOf), deferred: 0 };
		if (out.html === html) continue;
		writeFileSync(file, out.html);
		pages++;
		links += out.links;
		if (out.deferred) afterPaint++;
	}
	return { pages, links, afterPaint };
}

export default function modulePreload(): AstroIntegration {
	let root = '';
	return {
		name: 'naik-kelas:module-preload',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const t = Date.now();
				const dist = fileURLToPath(dir);
				if (!existsSync(join(dist, '_astro'))) return;
				const { pages, links, afterPaint } = writeModulePreloads(dist, readFileSync(join(root, 'src/features/build/after-paint.js'), 'utf8'));
				logger.info(`${pages} pages preload the module chunks their scripts import (${links} links), ${afterPaint} lessons run their scripts after the first paint, in ${Date.now() - t} ms`);
			},
		},
	};
}
