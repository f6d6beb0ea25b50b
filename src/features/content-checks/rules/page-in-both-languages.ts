import type { CrossFileRule } from '../rule.ts';
import { langPrefix, otherLangs } from '../../../core/locales.ts';

export const pageInBothLanguages: CrossFileRule = {
	name: 'page-in-both-languages',
	description: 'Every docs page that is not a lesson (home, guides) exists in every site language at the same path.',
	scope: 'content',
	check({ input }) {
		const pages = input.pages ?? [];
		const keys = new Set(pages.map((p) => `${p.lang}:${p.rel}`));
		return pages
			.filter((p) => !p.rel.startsWith('belajar/')) // lessons: lesson-in-both-languages, by lessonId
			.flatMap((p) =>
				otherLangs(p.lang)
					.filter((other) => !keys.has(`${other}:${p.rel}`))
					.map((other) => ({ file: p.file, field: '(page)', message: `missing translation: add src/content/docs${langPrefix(other)}/${p.rel}` })),
			);
	},
};
