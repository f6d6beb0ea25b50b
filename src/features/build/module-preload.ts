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
import { join, posix } from 'node:path';
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

function* htmlFiles(dir: string): Generator<string> {
	for (const d of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, d.name);
		if (d.isDirectory()) yield* htmlFiles(p);
		else if (d.name.endsWith('.html')) yield p;
	}
}

/** Rewrites every page of dist/ in turn (one file in memory at a time); returns how many pages got preloads. */
export function writeModulePreloads(dist: string): { pages: number; links: number } {
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
	let pages = 0;
	let links = 0;
	for (const file of htmlFiles(dist)) {
		const out = withPreloads(readFileSync(file, 'utf8'), importsOf);
		if (!out.links) continue;
		writeFileSync(file, out.html);
		pages++;
		links += out.links;
	}
	return { pages, links };
}

export default function modulePreload(): AstroIntegration {
	return {
		name: 'naik-kelas:module-preload',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const t = Date.now();
				const dist = fileURLToPath(dir);
				if (!existsSync(join(dist, '_astro'))) return;
				const { pages, links } = writeModulePreloads(dist);
				logger.info(`${pages} pages preload the module chunks their scripts import (${links} links) in ${Date.now() - t} ms`);
			},
		},
	};
}
