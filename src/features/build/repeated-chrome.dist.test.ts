/**
 * What every page would otherwise repeat stays in cached files (issue 20, "lighter pages from the second lesson
 * on"): no page carries an inline `<style>` block, nor an inline module script (a module runs after the page is
 * parsed anyway, so inlining it only costs bytes on every page), and each lesson preloads the module chunks its
 * scripts import, so none waits for another import level to arrive.
 * Inline classic scripts stay allowed: the theme and storage guards must run before the first paint (minified at
 * build time). The search dialog's parts, text and links come with its word file when it first opens, and the
 * theme and language pickers' icons from the stylesheet. The views that stand alone by design (print, slides,
 * embed, short links: no site shell) keep their own inline styles.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMeter, listHtml } from './measure-dist.ts';
import { preloadsFor, staticImports } from './module-preload.ts';
import { BUDGETS } from './budgets.ts';
import { LANGS } from '../../core/locales.ts';
import { urls } from '../../core/urls.ts';
import { t } from '../../core/i18n/ui.ts';

const read = (f: string) => readFileSync(f, 'utf8');
/** Pages in the site's shell (Starlight's page frame, with its skip link). */
const pages = listHtml('dist').filter((f) => !/\/_/.test(f) && read(f).includes('class="sl-skip-link'));
const lessons = pages.filter((f) => /dist\/(en\/)?belajar\/[^/]+\/index\.html$/.test(f)).filter((f) => !/http-equiv="refresh"/i.test(readFileSync(f, 'utf8').slice(0, 2000)));

describe('repeated chrome stays in cached files', () => {
	it('there are shell pages and lessons to check', () => {
		expect(pages.length).toBeGreaterThan(100);
		expect(lessons.length).toBeGreaterThan(10);
	});

	it('no page has an inline <style> block', () => {
		const found = pages.flatMap((f) => [...read(f).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `${f}: <style> of ${m[1]!.length} bytes: ${m[1]!.slice(0, 80)}`));
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
	});

	it('no page has an inline module script', () => {
		const found = pages.flatMap((f) => [...read(f).matchAll(/<script\b(?![^>]*\bsrc=)[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1]!.trim()).map((m) => `${f}: ${m[1]!.trim().slice(0, 80)}`));
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
	});

	it('every lesson preloads the chunks its module scripts import, at any depth', () => {
		const importsOf = (src: string) => staticImports(readFileSync(join('dist', src), 'utf8')).map((rel) => new URL(rel, `http://x${src}`).pathname);
		const missing = lessons.flatMap((f) => {
			const html = read(f);
			const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!));
			return preloadsFor(html, importsOf)
				.filter((dep) => !preloaded.has(dep))
				.map((dep) => `${f}: ${dep}`);
		});
		expect(missing, missing.slice(0, 10).join('\n')).toEqual([]);
		// And the lessons do import shared chunks (the progress store): a broken graph reader must not pass.
		expect(read(lessons[0]!)).toMatch(/<link rel="modulepreload" href="\/_astro\/[^"]+\.js">/);
	});

	it("no page carries the search dialog's parts or their text: only the button, the input and two messages", () => {
		const found = pages.flatMap((f) => {
			const html = read(f);
			const search = /<nk-search\b[\s\S]*?<\/nk-search>/.exec(html)?.[0];
			if (!search) return [`${f}: no search dialog`];
			const strings = Object.keys(JSON.parse((/data-strings="([^"]*)"/.exec(search)?.[1] ?? '{}').replaceAll('&quot;', '"')) as object);
			const parts = ['data-examples', 'data-empty', 'data-filter-toggle', 'data-results', 'data-suggest'].filter((a) => search.includes(a));
			return [...parts.map((a) => `${f}: ${a}`), ...(strings.join() === 'loading,error' ? [] : [`${f}: data-strings has ${strings.join(', ')}`])];
		});
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
	});

	it("each language's search word file carries the dialog's text and links in that language", () => {
		for (const lang of LANGS) {
			const file = JSON.parse(readFileSync(join('dist', urls.searchWords(lang)), 'utf8')) as { forms: object; dialog: { strings: { searching: string }; examples: string[]; placement: { href: string } } };
			expect(file.forms).toBeTypeOf('object');
			expect(file.dialog.strings.searching).toBe(t(lang).search.searching);
			expect(file.dialog.examples).toEqual(t(lang).search.examples.split('|'));
			expect(file.dialog.placement.href).toBe(urls.placement(lang));
		}
	});

	it('no page repeats icons as inline SVG in the theme and language pickers, nor a template of theme icons', () => {
		const found = pages.flatMap((f) => {
			const html = read(f);
			const pickers = [...html.matchAll(/<starlight-(?:theme|lang)-select>[\s\S]*?<\/starlight-(?:theme|lang)-select>/g)].map((m) => m[0]);
			return [...(html.includes('id="theme-icons"') ? [`${f}: #theme-icons template`] : []), ...pickers.filter((p) => p.includes('<svg')).map(() => `${f}: <svg> in a picker`)];
		});
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
		// The pickers still show their icons, from the stylesheet, hidden from screen readers as before.
		expect(read(lessons[0]!)).toMatch(/<span aria-hidden="true" class="icon label-icon nk-icon nk-icon--laptop/);
	});

	it('the script that runs before the first paint is minified', () => {
		const head = read(lessons[0]!).slice(0, read(lessons[0]!).indexOf('</head>'));
		const first = /<script>([\s\S]*?)<\/script>/.exec(head)?.[1] ?? '';
		expect(first).toContain('__nkStorageBlocked');
		expect(first).toContain('StarlightThemeProvider');
		expect(first).not.toMatch(/\n\s|\/\*|\/\/ /);
	});

	it(`the median lesson's HTML is at most ${(BUDGETS.lessonHtmlMedianBytes / 1024).toFixed(1)} KB (brotli quality 5)`, () => {
		const meter = createMeter('dist');
		const sizes = lessons.map((f) => meter(f).html).sort((a, b) => a - b);
		const median = sizes[Math.floor(sizes.length / 2)]!;
		expect(median).toBeLessThanOrEqual(BUDGETS.lessonHtmlMedianBytes);
	});
});
