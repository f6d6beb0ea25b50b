/**
 * Pages that stay the same size at any curriculum size: a page may name at most LESSONS_PER_PAGE_MAX different
 * lessons (by id or address) in its HTML, links, data attributes and inline JSON alike. A page that named every
 * lesson (Belajarku and Kelas saya carried the whole catalogue as JSON) grows with each one: at 5,000 lessons
 * such a page is far over the 20 KB brotli a page may weigh. Long lists are loaded on demand instead
 * (src/core/catalogue/lesson-cards.ts, the picker's /jalur/susun/<stage>.json) or shown in parts
 * (src/features/paths/path-parts.ts). Checked over dist/ by lesson-lists.dist.test.ts. Pure.
 */

/** The most lessons one page may name: a path page's part (PATH_STEPS_PER_PAGE). */
export const LESSONS_PER_PAGE_MAX = 50;

/** A reader that counts the different lessons a page names, from every lesson's id and slug. */
export function lessonNamer(lessons: Iterable<{ lessonId: string; slug: string }>): (html: string) => Set<string> {
	const byName = new Map<string, string>();
	for (const l of lessons) {
		byName.set(l.lessonId, l.lessonId);
		byName.set(l.slug, l.lessonId);
	}
	if (!byName.size) return () => new Set();
	const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	// A whole name only: `hpp` is not named by `hitung-hpp`.
	const pattern = new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`, 'g');
	return (html) => new Set([...html.matchAll(pattern)].map((m) => byName.get(m[0])!));
}

/** The pages that name more than `max` lessons, with how many, largest first. */
export function pagesOverLessonMax(pages: Iterable<[string, string]>, name: (html: string) => Set<string>, max = LESSONS_PER_PAGE_MAX): { page: string; lessons: number }[] {
	const over: { page: string; lessons: number }[] = [];
	for (const [page, html] of pages) {
		const n = name(html).size;
		if (n > max) over.push({ page, lessons: n });
	}
	return over.sort((a, b) => b.lessons - a.lessons || a.page.localeCompare(b.page));
}
