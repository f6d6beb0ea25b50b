/**
 * The site's two languages and its lesson pages as built: <html lang> and
 * hreflang links, what a learner's lesson page carries, and the permanent and
 * moved-lesson addresses that forward to a lesson.
 */
import { describe, expect, it } from 'vitest';
import { html, htmlLang, lessonSlugs, sourceLessons } from '../../../tests/support/dist.ts';
import { readMovedLessons } from '../../core/catalogue/read-content.ts';
import { PAGE_SIZE_MARKER } from '../build/page-size.ts';

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
