import { describe, expect, it } from 'vitest';
import { lessonNamer, pagesOverLessonMax } from './lesson-lists.ts';

const lessons = [
	{ lessonId: 'cost-of-goods', slug: 'hitung-hpp' },
	{ lessonId: 'hpp', slug: 'hpp-dasar' },
	{ lessonId: 'pricing', slug: 'harga-jual' },
];
const name = lessonNamer(lessons);

describe('pages that name too many lessons', () => {
	it('count each lesson once, by its id or its address, whole names only', () => {
		expect(name('<a href="/belajar/hitung-hpp/">HPP</a> {"cost-of-goods":1}')).toEqual(new Set(['cost-of-goods']));
		expect(name('<p>hpp-dasar-lanjut, xhpp, hpp</p>')).toEqual(new Set(['hpp']));
		expect(name('<nk-card data-path-lessons="hpp,pricing,cost-of-goods">')).toEqual(new Set(['hpp', 'pricing', 'cost-of-goods']));
	});

	it('find a page that lists every lesson inline, with a small limit, and leave a page with a few alone', () => {
		const every = `<script type="application/json">${JSON.stringify(Object.fromEntries(lessons.map((l) => [l.lessonId, { u: `/belajar/${l.slug}/` }])))}</script>`;
		const few = '<a href="/belajar/harga-jual/">Harga</a><a href="/belajar/hpp-dasar/">HPP</a>';
		expect(pagesOverLessonMax([['/belajarku/', every], ['/jalur/x/', few]], name, 2)).toEqual([{ page: '/belajarku/', lessons: 3 }]);
		expect(pagesOverLessonMax([['/belajarku/', every], ['/jalur/x/', few]], name, 3)).toEqual([]);
	});
});
