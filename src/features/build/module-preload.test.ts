import { describe, expect, it } from 'vitest';
import { addPreloads, preloadsFor, staticImports } from './module-preload.ts';

describe('module preloads', () => {
	it('finds static imports and leaves dynamic ones', () => {
		const code = 'import{a as b}from"./store.A1.js";import"./side.B2.js";export{c}from"../up.C3.js";const m=()=>import("./lazy.D4.js");';
		expect(staticImports(code)).toEqual(['./store.A1.js', './side.B2.js', '../up.C3.js']);
	});

	it('preloads imports at any depth, once, but not what the page already loads', () => {
		const graph: Record<string, string[]> = {
			'/_astro/a.js': ['/_astro/shared.js', '/_astro/b.js'],
			'/_astro/b.js': ['/_astro/shared.js'],
			'/_astro/shared.js': ['/_astro/deep.js'],
			'/_astro/deep.js': [],
		};
		const html = '<html><head><script type="module" src="/_astro/a.js"></script></head><body><script type="module" src="/_astro/b.js"></script></body></html>';
		const importsOf = (src: string) => graph[src] ?? [];
		expect(preloadsFor(html, importsOf)).toEqual(['/_astro/shared.js', '/_astro/deep.js']);
		expect(addPreloads(html, importsOf)).toContain('<link rel="modulepreload" href="/_astro/shared.js"><link rel="modulepreload" href="/_astro/deep.js"></head>');
	});

	it('leaves a page without module imports unchanged', () => {
		const html = '<html><head></head><body><script>1</script></body></html>';
		expect(addPreloads(html, () => [])).toBe(html);
	});
});
