/**
 * What every page would otherwise repeat stays in cached files (issue 20, "lighter pages from the second lesson
 * on"): no page carries an inline `<style>` block, nor an inline module script (a module runs after the page is
 * parsed anyway, so inlining it only costs bytes on every page), and each lesson preloads the module chunks its
 * scripts import, so none waits for another import level to arrive.
 * Inline classic scripts stay allowed: the theme and storage guards must run before the first paint (minified at
 * build time). The search dialog's parts, text, links and options come with its word file and cached script when it
 * first opens, the listen buttons' status words with the reader; the frame's icons (pickers, menu button, sidebar
 * carets, search button, heading links) come from the stylesheet, the sidebar's restore from the frame's cached
 * script, and the frame's own parts carry no scoped class names. The views that stand alone by design (print, slides,
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
import { fill } from '../../core/i18n/format.ts';
import { listenNotices, listenStatuses } from '../../core/i18n/listen-words.ts';

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

	it("no page draws the frame's icons as inline SVG: heading links, the menu button, the sidebar's carets and the search button use the stylesheet's", () => {
		const parts: [string, RegExp][] = [
			['a heading link', /<a class="sl-anchor-link"[\s\S]*?<\/a>/g],
			['the menu button', /<button popovertarget="starlight__sidebar"[\s\S]*?<\/button>/g],
			['the sidebar', /<sl-sidebar-state-persist\b[\s\S]*?<\/sl-sidebar-state-persist>/g],
			['the search button', /<button type="button" class="nk-search-open"[\s\S]*?<\/button>/g],
		];
		const found = pages.flatMap((f) => parts.flatMap(([name, re]) => [...read(f).matchAll(re)].filter((m) => m[0].includes('<svg')).map(() => `${f}: <svg> in ${name}`)));
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
		// The icons are still there, hidden from screen readers, each named by its element's text.
		const html = read(lessons[0]!);
		expect(html).toMatch(/<button popovertarget="starlight__sidebar"[^>]*><span aria-hidden="true" class="nk-icon nk-icon--bars open-menu"><\/span><span aria-hidden="true" class="nk-icon nk-icon--close close-menu"><\/span><span class="sr-only">[^<]+<\/span><\/button>/);
		expect(html).toMatch(/<summary><span class="group-label"><span class="large">[^<]+<\/span><\/span><span aria-hidden="true" class="nk-icon nk-icon--right-caret caret"><\/span><\/summary>/);
		expect(html).toMatch(/<button type="button" class="nk-search-open"[^>]*><span aria-hidden="true" class="nk-icon nk-icon--magnifier"><\/span>/);
	});

	it('every heading of a lesson keeps its link: to its own id, named in the page\'s language, its icon hidden', () => {
		const bad = lessons.flatMap((f) => {
			const html = read(f);
			const lang = f.startsWith('dist/en/') ? 'en' : 'id';
			const wrappers = [...html.matchAll(/<div class="sl-heading-wrapper level-h(\d)"><h\1 id="([^"]+)">([\s\S]*?)<\/h\1><a class="sl-anchor-link" href="#([^"]+)"><span aria-hidden="true" class="sl-anchor-icon"><span class="nk-icon nk-icon--link-alt"><\/span><\/span><span class="sr-only" data-pagefind-ignore>([^<]*)<\/span><\/a><\/div>/g)];
			const headings = [...html.matchAll(/<div class="sl-heading-wrapper/g)].length;
			const text = (h: string) => h.replace(/<[^>]+>/g, '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
			return [
				...(wrappers.length === headings && headings > 0 ? [] : [`${f}: ${wrappers.length} of ${headings} heading links in the expected shape`]),
				...wrappers.filter((m) => m[2] !== m[4]).map((m) => `${f}: #${m[4]} on heading #${m[2]}`),
				...wrappers.filter((m) => text(m[5]!) !== fill(t(lang).lesson.headingLink, { title: text(m[3]!) })).map((m) => `${f}: named "${m[5]}"`),
			];
		});
		expect(bad, bad.slice(0, 10).join('\n')).toEqual([]);
	});

	it("no page restores the sidebar with inline scripts: the frame's cached module does, from Starlight's saved state", () => {
		const found = pages.flatMap((f) => {
			const html = read(f);
			const sidebar = /<sl-sidebar-state-persist data-hash="[0-9a-z]{7}">([\s\S]*?)<\/sl-sidebar-state-persist>/.exec(html);
			if (!html.includes('<sl-sidebar-state-persist')) return [];
			return [
				...(sidebar ? [] : [`${f}: no sidebar state element with its hash`]),
				...(/_starlightScrollRestore|sl-sidebar-state'|<script aria-hidden/.test(html) ? [`${f}: an inline sidebar restore script`] : []),
				// Starlight's own script saves which group was toggled by the restore point in it.
				...(sidebar && [...sidebar[1]!.matchAll(/<details\b/g)].length !== [...sidebar[1]!.matchAll(/<\/summary><sl-sidebar-restore data-index="\d+"><\/sl-sidebar-restore>/g)].length ? [`${f}: a sidebar group without its restore point`] : []),
			];
		});
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
	});

	it('the sidebar list, the pickers, the menu button, the progress box and the offline notice carry no scoped class names', () => {
		const parts: [string, RegExp][] = [
			['the sidebar list', /<ul class="top-level">[\s\S]*?<\/sl-sidebar-state-persist>/g],
			['a picker', /<starlight-(?:theme|lang)-select>[\s\S]*?<\/starlight-(?:theme|lang)-select>/g],
			['the menu button', /<button popovertarget="starlight__sidebar"[\s\S]*?<\/button>/g],
			['the progress box', /<nav class="nk-menu-progress"[\s\S]*?<\/nav>/g],
			['the offline notice', /<p class="nk-saved-link"[\s\S]*?<\/nk-offline-notice>/g],
		];
		const found = pages.flatMap((f) => parts.flatMap(([name, re]) => [...read(f).matchAll(re)].filter((m) => /\bastro-[a-z0-9]{8}\b|data-astro-cid/.test(m[0])).map((m) => `${f}: ${name}: ${/[^<]*\bastro-[a-z0-9]{8}[^>]*/.exec(m[0])?.[0]}`)));
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
		expect(read(lessons[0]!)).toMatch(/<ul class="top-level">/);
	});

	it("no page carries the search dialog's options, only its language and the build's tag", () => {
		const found = pages.flatMap((f) => {
			const tag = /<nk-search\b[^>]*>/.exec(read(f))?.[0] ?? '';
			return /data-options/.test(tag) || !/^<nk-search data-lang="(?:id|en)" data-tag="[a-z0-9]+" data-strings="/.test(tag) ? [`${f}: ${tag.slice(0, 120)}`] : [];
		});
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
	});

	it("no lesson carries the listen buttons' status words or the no-voice note's text: they come with the reader and on demand", () => {
		const found = lessons.flatMap((f) => {
			const html = read(f);
			const lang = f.startsWith('dist/en/') ? 'en' : 'id';
			const buttons = [...html.matchAll(/<nk-listen\b[\s\S]*?<\/nk-listen>/g)].map((m) => m[0]);
			return [
				...(buttons.length ? [] : [`${f}: no listen button`]),
				...buttons.filter((b) => b.includes('data-words')).map(() => `${f}: data-words on a listen button`),
				...buttons.flatMap((b) => Object.values(listenStatuses[lang]).filter((w) => b.includes(w)).map((w) => `${f}: "${w}" in a listen button`)),
				...Object.values(listenNotices[lang]).filter((w) => html.includes(w.slice(0, 40))).map((w) => `${f}: "${w.slice(0, 40)}…"`),
			];
		});
		expect(found, found.slice(0, 10).join('\n')).toEqual([]);
		// What shows before the first press stays: the button's word and name, and the message for a reader that cannot load.
		const html = read(lessons.find((f) => !f.startsWith('dist/en/'))!);
		expect(html).toContain(`aria-label="${t('id').listen.lessonLabel}"`);
		expect(html).toContain(`data-not-loaded="${t('id').listen.notLoaded}"`);
		expect(html).toMatch(/<div class="nk-listen-notice" data-listen-notice data-pagefind-ignore hidden><p data-no-voice><\/p><details data-no-voice><summary><\/summary><p><\/p><\/details><p data-no-speech hidden><\/p><button/);
	});

	it("the menu's progress script is minified", () => {
		const script = /<nav class="nk-menu-progress"[^>]*><script>([\s\S]*?)<\/script>/.exec(read(lessons[0]!))?.[1] ?? '';
		expect(script).toContain('naik-kelas:progress');
		expect(script).not.toMatch(/\n\s/);
	});

	it(`the median lesson's HTML is at most ${(BUDGETS.lessonHtmlMedianBytes / 1024).toFixed(1)} KB (brotli quality 5)`, () => {
		const meter = createMeter('dist');
		const sizes = lessons.map((f) => meter(f).html).sort((a, b) => a - b);
		const median = sizes[Math.floor(sizes.length / 2)]!;
		expect(median).toBeLessThanOrEqual(BUDGETS.lessonHtmlMedianBytes);
	});
});
