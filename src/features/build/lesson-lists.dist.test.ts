/**
 * No page lists the curriculum inline (src/features/build/lesson-lists.ts): at 78 lessons a page that names more
 * than LESSONS_PER_PAGE_MAX of them is one that names every lesson, and would grow with the curriculum.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listHtml } from './measure-dist.ts';
import { LESSONS_PER_PAGE_MAX, lessonNamer, pagesOverLessonMax } from './lesson-lists.ts';
import { DIST, sourceCatalogue, sourceLessons } from '../../../tests/support/dist.ts';
import { workshopLessons } from '../trainer/workshop.ts';
import { PICKER_INLINE_MAX } from '../paths/picker-lessons.ts';

/**
 * Pages with a limit of their own, each with why (paths without the `/en` prefix). The custom-path picker lists a
 * language's lessons in the page up to PICKER_INLINE_MAX and loads each stage's list on demand above that
 * (src/features/paths/picker-lessons.ts): flat beyond that size, by design.
 */
const OWN_LIMIT: Record<string, number> = {
	'/jalur/susun/': PICKER_INLINE_MAX,
};

describe('pages stay the same size at any curriculum size', () => {
	const name = lessonNamer(sourceLessons());
	const pages = listHtml(DIST).map((file): [string, string] => [file.slice(DIST.length).replace(/index\.html$/, ''), readFileSync(file, 'utf8')]);

	it(`the real curriculum has more lessons than one page may name (${LESSONS_PER_PAGE_MAX}), so a page listing them all is seen`, () => {
		expect(new Set(sourceLessons().map((l) => l.lessonId)).size).toBeGreaterThan(LESSONS_PER_PAGE_MAX);
	});

	it(`no page names more than ${LESSONS_PER_PAGE_MAX} lessons, except pages with a limit of their own`, () => {
		const limitOf = (page: string) => OWN_LIMIT[page.replace(/^\/en\//, '/')] ?? LESSONS_PER_PAGE_MAX;
		const over = pagesOverLessonMax(pages, name).filter((p) => p.lessons > limitOf(p.page));
		expect(over.map((p) => `${p.page} names ${p.lessons} lessons`)).toEqual([]);
	});

	it('the pages that show a device\'s lessons load them instead of carrying them', () => {
		// Kelas saya carries the workshop plans' short lists (a plan is a fixed handful of lessons); nothing else.
		const plans = new Set(sourceCatalogue().workshops.flatMap((w) => workshopLessons(w)));
		for (const page of ['/', '/belajarku/', '/pelatih/kelas/', '/lanjut/', '/buku-usaha/', '/mulai/hasil/', '/jalur/', '/pelatih/', '/404/'].flatMap((p) => [p, `/en${p}`])) {
			const found = pages.find(([p]) => p === page);
			expect(found, page).toBeDefined();
			const named = [...name(found![1])];
			if (page.endsWith('/pelatih/kelas/')) expect(named.filter((id) => !plans.has(id)), page).toEqual([]);
			else expect(named.length, page).toBeLessThanOrEqual(5);
		}
	});

});
