import type { CrossFileRule } from '../content-check.ts';

export const pageInBothLanguages: CrossFileRule = {
	name: 'page-in-both-languages',
	description: 'Every docs page that is not a lesson (home, guides) exists in both languages at the same path.',
	scope: 'content',
	check({ input }) {
		const pages = input.pages ?? [];
		const keys = new Set(pages.map((p) => `${p.lang}:${p.rel}`));
		return pages
			.filter((p) => !p.rel.startsWith('belajar/')) // lessons: lesson-in-both-languages, by lessonId
			.filter((p) => !keys.has(`${p.lang === 'id' ? 'en' : 'id'}:${p.rel}`))
			.map((p) => ({ file: p.file, field: '(page)', message: `missing translation: add src/content/docs/${p.lang === 'id' ? 'en/' : ''}${p.rel}` }));
	},
};
