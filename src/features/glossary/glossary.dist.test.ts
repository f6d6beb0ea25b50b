/**
 * The small dictionary in the built site: /kamus/ and /en/kamus/ hold every term of content/glossary.yaml with its
 * anchor, the sidebar links to it in both languages, search indexed it, and every link a lesson makes to a term
 * (`/kamus/#ongkir`) lands on an anchor that exists, in the lesson's own language.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, exists, html, json, sourceCatalogue } from '../../../tests/support/dist.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';
import { t } from '../../core/i18n/ui.ts';

const { glossary } = sourceCatalogue();
const main = (page: string) => page.split('<main')[1]?.split('</main>')[0] ?? '';
/** The ids of the glossary page in a language. */
const anchors = (lang: (typeof LANGS)[number]) => new Set([...main(html(urls.glossary(lang))).matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]!));

describe('the Kamus kecil page', () => {
	it.each(LANGS)('exists in %s with one anchor per term, its term, meaning and example', (lang) => {
		expect(exists(urls.glossary(lang))).toBe(true);
		const page = main(html(urls.glossary(lang)));
		expect(anchors(lang)).toEqual(new Set(glossary.map((g) => g.id)));
		const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
		for (const term of glossary) {
			const entry = decode(page.split(new RegExp(`<dt id="${term.id}"[ >]`))[1]?.split('</dd>')[0] ?? '');
			expect(entry, term.id).toContain(term.term[lang]);
			expect(entry, term.id).toContain(term.meaning[lang]);
			expect(entry, term.id).toContain(term.example[lang]);
		}
	});

	it.each(LANGS)('is in the sidebar in %s (a lesson page, and the glossary page itself)', (lang) => {
		for (const page of [html(urls.lesson(lang, 'hitung-hpp')), html(urls.glossary(lang))]) expect(page).toMatch(new RegExp(`<a href="${urls.glossary(lang)}"[^>]*>\\s*<span[^>]*>${t(lang).sidebar.entries.kamus}</span>`));
	});

	it('is in the search index of both languages', () => {
		const entry = json('pagefind/pagefind-entry.json') as { languages: Record<string, { page_count: number }> };
		for (const lang of LANGS) expect(entry.languages[lang]!.page_count).toBeGreaterThan(0);
		// Pagefind marks the pages it indexes; the glossary must not opt out.
		for (const lang of LANGS) expect(html(urls.glossary(lang))).toContain('data-pagefind-body');
	});
});

describe('lesson links to the Kamus kecil', () => {
	const pages = LANGS.flatMap((lang) => {
		const dir = join(DIST, urls.lesson(lang, '').replace(/^\//, ''));
		return readdirSync(dir, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => ({ lang, path: urls.lesson(lang, d.name) }));
	});
	const links = pages.flatMap(({ lang, path }) => [...main(html(path)).matchAll(/href="((?:\/en)?\/kamus\/)#([^"]*)"/g)].map((m) => ({ lang, path, page: m[1]!, id: m[2]! })));

	it('exist: the lessons use the glossary', () => {
		expect(pages.length).toBeGreaterThanOrEqual(2 * 54);
		expect(links.length).toBeGreaterThanOrEqual(100);
	});

	it('land on an anchor that exists, on the glossary page of the lesson\'s language', () => {
		const ids = Object.fromEntries(LANGS.map((lang) => [lang, anchors(lang)]));
		const bad = links.filter((l) => l.page !== urls.glossary(l.lang) || !ids[l.lang]!.has(l.id));
		expect(bad).toEqual([]);
	});
});
