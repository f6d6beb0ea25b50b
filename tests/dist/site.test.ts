import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, exists, html, htmlLang, json, lessonSlugs, sourceLessons } from '../support/dist.ts';
import { readMovedLessons } from '../../src/data/read-content.ts';
import { SITE_URL } from '../../src/config/site.ts';
import { PAGE_SIZE_MARKER } from '../../src/lib/page-size.ts';

describe('both languages', () => {
	it('home pages exist with the right <html lang>', () => {
		expect(htmlLang(html('/'))).toBe('id');
		expect(htmlLang(html('/en/'))).toBe('en');
	});

	it('every lesson is built in Indonesian and English, each with its own lang', () => {
		const slugs = lessonSlugs();
		expect(slugs.length).toBeGreaterThan(0);
		for (const slug of slugs) {
			expect(htmlLang(html(`/belajar/${slug}/`)), slug).toBe('id');
			expect(htmlLang(html(`/en/belajar/${slug}/`)), slug).toBe('en');
		}
	});

	it('links each lesson to its translation for search engines and the language picker', () => {
		for (const slug of lessonSlugs().slice(0, 5)) {
			expect(html(`/belajar/${slug}/`)).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/belajar/${slug}/"`));
		}
	});
});

describe('lesson pages for learners', () => {
	it('never contain trainer notes (they are for slides and print only)', () => {
		for (const slug of lessonSlugs()) {
			for (const prefix of ['', '/en']) expect(html(`${prefix}/belajar/${slug}/`), slug).not.toContain('nk-trainer-note');
		}
	});

	it('show the page size measured from the built bytes, not the marker', () => {
		for (const slug of lessonSlugs()) {
			const page = html(`/belajar/${slug}/`);
			expect(page).not.toContain(PAGE_SIZE_MARKER);
			expect(page).toMatch(/<span data-page-size>\d+ KB<\/span>/);
		}
	});

	it('have the practice checklist and every self-check question from the frontmatter', () => {
		for (const lesson of sourceLessons().slice(0, 10)) {
			const { data } = lesson;
			const page = html(`${lesson.lang === 'en' ? '/en' : ''}/belajar/${lesson.slug}/`);
			expect(page.match(/<fieldset class="nk-q"/g)?.length, lesson.file).toBe(data.selfCheck.length);
			expect(page.match(/<input type="checkbox" data-index="\d+"/g)?.length, lesson.file).toBe(data.practice.checklist.length);
		}
	});

	it('permanent /l/<lessonId>/ links forward to the lesson in both languages', () => {
		for (const lesson of sourceLessons()) {
			const prefix = lesson.lang === 'en' ? '/en' : '';
			expect(html(`${prefix}/l/${lesson.lessonId}/`)).toContain(`url=${prefix}/belajar/${lesson.slug}/`);
		}
	});
});

describe('moved lessons', () => {
	it('every old URL in content/moved-lessons.yaml redirects, in both languages', () => {
		const moves = readMovedLessons('.');
		const slugById = new Map(sourceLessons().map((l) => [l.lessonId, l.slug]));
		expect(Object.keys(moves).length).toBeGreaterThan(0);
		for (const [old, id] of Object.entries(moves)) {
			for (const prefix of ['', '/en']) {
				const page = html(`${prefix}/belajar/${old}/`);
				expect(page).toMatch(new RegExp(`http-equiv="refresh" content="0;url=${prefix}/belajar/${slugById.get(id)}/"`));
			}
		}
	});
});

describe('search index', () => {
	it('has an index per language', () => {
		const entry = json('pagefind/pagefind-entry.json');
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
		for (const lang of ['id', 'en']) expect(entry.languages[lang].page_count).toBeGreaterThanOrEqual(lessonSlugs().length);
	});
});

describe('hosting files', () => {
	it('writes _headers with a CSP whose script-src has no unsafe-inline', () => {
		const headers = readFileSync('dist/_headers', 'utf8');
		const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
		expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
	});

	it('has a 404 page in the default language', () => {
		expect(exists('/404.html')).toBe(true);
	});
});

describe('search engines', () => {
	const decode = (s: string) => s.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|lt|gt|apos));/gi, (_m, dec, hex, name) => (dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[name.toLowerCase()]!));
	const locs = () => [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

	it('the sitemap lists only indexable pages, each its own canonical', () => {
		const listed = locs();
		expect(listed.length).toBeGreaterThan(200);
		for (const path of listed) {
			const page = html(path);
			expect(page, path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
			if (canonical) expect(new URL(canonical).pathname, path).toBe(path);
		}
	});

	it('the sitemap has every lesson in both languages and no slide, handout or permanent-link page', () => {
		const listed = new Set(locs());
		for (const slug of lessonSlugs()) {
			expect(listed.has(`/belajar/${slug}/`), slug).toBe(true);
			for (const other of [`/slide/${slug}/`, `/cetak/${slug}/`, `/en/slide/${slug}/`, `/en/cetak/${slug}/`]) expect(listed.has(other), other).toBe(false);
		}
		expect([...listed].filter((p) => /^(\/en)?\/l\//.test(p))).toEqual([]);
	});

	it('slides and handouts describe the lesson and send search engines to it', () => {
		for (const l of sourceLessons().slice(0, 8)) {
			const prefix = l.lang === 'en' ? '/en' : '';
			for (const view of ['slide', 'cetak']) {
				const page = html(`${prefix}/${view}/${l.slug}/`);
				expect(/<link rel="canonical" href="([^"]+)"/.exec(page)?.[1], `${view} ${l.file}`).toBe(`${SITE_URL}${prefix}/belajar/${l.slug}/`);
				const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1];
				expect(decode(description ?? ''), `${view} ${l.file}`).toBe(l.data.description);
			}
		}
	});
});
