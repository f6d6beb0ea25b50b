import { describe, expect, it } from 'vitest';
import { addPreloads, AFTER_PAINT_PAGES, BEFORE_FIRST_PAINT, preloadsFor, scriptsAfterPaint, staticImports } from './module-preload.ts';

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

	describe('lesson scripts after the first paint', () => {
		const listen = '/_astro/ListenButton.astro_astro_type_script_index_0_lang.Ab1-x.js';
		const search = '/_astro/Search.astro_astro_type_script_index_0_lang.Cd2.js';
		const selfCheck = '/_astro/SelfCheck.astro_astro_type_script_index_0_lang.Ef3.js';
		const graph: Record<string, string[]> = {
			[listen]: ['/_astro/progress-store.js'],
			[selfCheck]: ['/_astro/progress-store.js', '/_astro/first-attempts.js'],
			[search]: ['/_astro/words.js'],
		};
		const importsOf = (src: string) => graph[src] ?? [];
		const tag = (src: string) => `<script type="module" src="${src}"></script>`;
		const page = `<html><head><title>x</title>${tag(search)}</head><body><h1>Hitung HPP</h1>${tag(listen)}<p>Bu Lina</p>${tag(selfCheck)}</body></html>`;
		const { html, deferred } = scriptsAfterPaint(page, importsOf, 'LOADER');
		const [before, template = ''] = html.split('<template id="nk-after-paint">');

		it('keeps the scripts that reveal the header, with their chunks preloaded in the head', () => {
			expect(before).toContain(tag(listen));
			expect(html).toContain('<link rel="modulepreload" href="/_astro/progress-store.js"></head>');
		});

		it('moves every other script, in page order, and only the chunks they alone need, into the template, then the loader', () => {
			expect(deferred).toBe(2);
			expect(before).not.toContain(search);
			expect(before).not.toContain(selfCheck);
			expect(template).toBe(
				'<link rel="modulepreload" href="/_astro/words.js"><link rel="modulepreload" href="/_astro/first-attempts.js">' +
					`${tag(search)}${tag(selfCheck)}</template><script>LOADER</script></body></html>`,
			);
			// The lesson's text and order are untouched.
			expect(before).toContain('<h1>Hitung HPP</h1>');
		});

		it('leaves a page with no other scripts as the preload step alone would', () => {
			const onlyEarly = `<html><head></head><body>${tag(listen)}</body></html>`;
			expect(scriptsAfterPaint(onlyEarly, importsOf, '/x.js').html).toBe(addPreloads(onlyEarly, importsOf));
		});

		it('matches lesson pages in every language and Vite\'s names for the header scripts', () => {
			expect(['/belajar/hitung-hpp/index.html', '/en/belajar/hitung-hpp/index.html'].every((p) => AFTER_PAINT_PAGES.test(p))).toBe(true);
			expect(['/belajar/index.html', '/cetak/hitung-hpp/index.html', '/embed/belajar/hitung-hpp/index.html', '/slide/hitung-hpp/index.html'].some((p) => AFTER_PAINT_PAGES.test(p))).toBe(false);
			expect(BEFORE_FIRST_PAINT.test(listen)).toBe(true);
			expect(BEFORE_FIRST_PAINT.test('/_astro/ListenButton.astro_astro_type_script_index_0_lang.BiFaRvmK.js')).toBe(true);
			expect(BEFORE_FIRST_PAINT.test(search)).toBe(false);
		});
	});
});
