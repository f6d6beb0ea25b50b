import type { CrossFileRule } from '../content-check.ts';
import { LANGS, type Lang } from '../../schemas/vocabulary.ts';

export const lessonInBothLanguages: CrossFileRule = {
	name: 'lesson-in-both-languages',
	description: 'Every lesson exists in Bahasa Indonesia and in English, with the same lessonId.',
	scope: 'content',
	check({ byLang }) {
		return LANGS.flatMap((lang) => {
			const other: Lang = lang === 'id' ? 'en' : 'id';
			return [...byLang[lang]]
				.filter(([id]) => !byLang[other].has(id))
				.map(([id, lesson]) => {
					const expected = other === 'en' ? `src/content/docs/en/belajar/${lesson.slug}.mdx` : `src/content/docs/belajar/${lesson.slug}.mdx`;
					return { file: lesson.file, field: 'lessonId', value: id, message: `missing translation: add ${expected} (${other === 'en' ? 'English' : 'Indonesian'}) with the same lessonId` };
				});
		});
	},
};
