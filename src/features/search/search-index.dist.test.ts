/**
 * The search index as built: one index per site language with its own
 * stemming, every lesson, path, program and workshop plan in it with its kind
 * and filters in its language, and no navigation chrome, quiz feedback or
 * trainer notes in what is searched and shown as excerpts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST, html, lessonSlugs, sourceCatalogue, sourceLessons } from '../../../tests/support/dist.ts';
import { KIND_LABELS, SEARCH_FILTERS } from './search-facets.ts';
import { SEARCH_META_MARK } from './search-meta-strip.ts';
import { searchOptions } from './search-config.ts';
import { urls } from '../../core/urls.ts';
import { listHtml } from '../build/measure-dist.ts';
import { t } from '../../core/i18n/ui.ts';
import { LANGS, type Lang } from '../../core/schemas/vocabulary.ts';

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

const bundle = join(DIST, 'pagefind');
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string }> };

/** Pagefind's files are gzip with a 12-byte signature in front of the data. */
const unpack = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);

const fragments = new Map<string, Fragment>();
for (const file of readdirSync(join(bundle, 'fragment'))) {
	const f = JSON.parse(unpack(join(bundle, 'fragment', file)).toString('utf8')) as Fragment;
	fragments.set(f.url, f);
}
const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

describe('search index', () => {
	it('has exactly one index per site language, each with the lesson pages and searched with its own stemmer', () => {
		expect(Object.keys(entry.languages).sort()).toEqual([...LANGS].sort());
		for (const lang of LANGS) {
			expect(entry.languages[lang]!.page_count).toBeGreaterThan(lessonSlugs().length);
			// Pagefind ships one WebAssembly build per stemming language: "id" is Indonesian stemming.
			expect(entry.languages[lang]!.wasm).toBe(lang);
		}
	});

	it('indexes every lesson in both languages with its kind, stage, minutes and keywords, labelled in its language', () => {
		for (const lang of LANGS) {
			for (const slug of lessonSlugs()) {
				const url = `${prefix(lang)}/belajar/${slug}/`;
				const f = fragments.get(url);
				expect(f, `${url} is not in the search index`).toBeDefined();
				expect(f!.filters.kind, url).toEqual([KIND_LABELS.lesson[lang]]);
				expect(f!.filters.stage?.[0], url).toMatch(lang === 'en' ? /^Stage \d: / : /^Tahap \d: /);
				expect(Number(f!.filters.minutes?.[0]), url).toBeGreaterThanOrEqual(5);
				expect(f!.filters.topic?.length, url).toBeGreaterThan(0);
				expect(f!.meta.keywords?.length, url).toBeGreaterThan(10);
			}
		}
	});

	it('gives paths, programs and workshop plans their kind, and programs their organizer type and audience', () => {
		for (const lang of LANGS) {
			const of = (kind: keyof typeof KIND_LABELS) => [...fragments.values()].filter((f) => f.filters.kind?.[0] === KIND_LABELS[kind][lang]);
			const paths = of('path');
			const programs = of('program');
			const workshops = of('workshop');
			expect(paths.length, `${lang} paths`).toBeGreaterThan(0);
			expect(programs.length, `${lang} programs`).toBeGreaterThan(0);
			expect(workshops.length, `${lang} workshop plans`).toBeGreaterThan(0);
			// Paths and workshop plans take their topics from their lessons.
			for (const f of paths) {
				expect(f.url).toMatch(new RegExp(`^${prefix(lang)}/jalur/[^/]+/$`));
				expect(f.filters.stage?.length, f.url).toBeGreaterThan(0);
				expect(f.filters.topic?.length, f.url).toBeGreaterThan(0);
			}
			for (const f of workshops) {
				expect(f.url).toMatch(new RegExp(`^${prefix(lang)}/pelatih/[^/]+/$`));
				expect(f.filters.topic?.length, f.url).toBeGreaterThan(0);
			}
			for (const f of programs) {
				expect(f.url).toMatch(new RegExp(`^${prefix(lang)}/program/[^/]+/$`));
				expect(f.filters.orgType?.length, f.url).toBe(1);
				expect(f.filters.audience?.length, f.url).toBeGreaterThan(0);
			}
		}
	});

	it('pages no longer carry the metadata block once it is indexed (search-meta-strip.ts): the index above has it', () => {
		const left = listHtml(DIST).filter((f) => !f.includes('/pagefind/') && readFileSync(f, 'utf8').includes(SEARCH_META_MARK));
		expect(left.slice(0, 10)).toEqual([]);
	});

	it('only uses the filter names the search dialog knows, plus minutes', () => {
		const names = new Set([...fragments.values()].flatMap((f) => Object.keys(f.filters)));
		expect([...names].sort()).toEqual([...SEARCH_FILTERS, 'minutes'].sort());
	});

	it('leaves navigation, lesson actions, quiz feedback, practice chrome and trainer notes out of lesson text', () => {
		for (const lang of LANGS) {
			const ui = t(lang);
			const chrome = [
				ui.lesson.share, ui.lesson.slides, ui.lesson.markDone, ui.practice.saved, ui.practice.writeHere,
				ui.selfCheck.right, ui.selfCheck.answerKey, ui.whatNext.nextInPath, ui.whatNext.allPaths,
				ui.trainer.title, ui.photoChecklist.reset, ui.offline.savedLink,
			];
			for (const slug of lessonSlugs()) {
				const f = fragments.get(`${prefix(lang)}/belajar/${slug}/`)!;
				for (const text of chrome) expect(f.content, `${f.url} has "${text}" in its search text`).not.toContain(text);
			}
		}
	});
});

describe('program pages in the search index', () => {
	it('hold what the program is (name, description, organiser, audience, region), not the ladder, related lessons, joining or sources', () => {
		const lessonTitles = sourceLessons().map((l) => l.data.title);
		for (const lang of LANGS) {
			const page = t(lang).programs.page;
			for (const p of sourceCatalogue().programs) {
				const f = fragments.get(`${prefix(lang)}/program/${p.id}/`);
				expect(f, p.id).toBeDefined();
				const text = f!.content;
				expect(f!.meta.title, p.id).toBe(p.name);
				expect(text, p.id).toContain(p.description[lang].split(' ').slice(0, 4).join(' '));
				expect(text, p.id).toContain(p.organizer);
				for (const heading of [page.stagesTitle, page.lessonsTitle, page.joinTitle, page.sourcesTitle]) expect(text, `${p.id}: "${heading}"`).not.toContain(heading);
				for (const src of p.sources) if (!p.description[lang].includes(src.title) && !p.name.includes(src.title)) expect(text, `${p.id}: source "${src.title}"`).not.toContain(src.title);
				for (const title of lessonTitles) expect(text, `${p.id}: lesson "${title}"`).not.toContain(title);
			}
		}
	});
});

describe('search dialog settings in the pages', () => {
	// The dialog builds its options from the page's language and the build's tag (searchOptions, search-config.ts).
	const options = (page: string) => {
		const tag = /<nk-search data-lang="(\w+)" data-tag="([^"]+)"/.exec(html(page));
		return searchOptions(tag![1] as Lang, tag![2]!);
	};

	it('load Pagefind from this site under a URL that stays the same for a whole release, so it can be cached offline', () => {
		const pages = ['/', '/en/', `/belajar/${lessonSlugs()[0]}/`, `/en/belajar/${lessonSlugs()[0]}/`];
		const tags = new Set(pages.map((p) => options(p).metaCacheTag));
		expect(tags.size).toBe(1);
		expect([...tags][0]).toMatch(/^[a-z0-9]+$/);
		for (const p of pages) expect(options(p).bundlePath).toBe('/pagefind/');
		// Each page's language, and its word file there.
		expect(pages.map((p) => options(p).lang)).toEqual(['id', 'en', 'id', 'en']);
		for (const p of pages) expect(options(p).wordsUrl).toBe(urls.searchWords(options(p).lang));
		for (const p of pages) expect(existsSync(join('dist', options(p).wordsUrl))).toBe(true);
	});
});
