import type { CrossFileRule } from '../rule.ts';
import { LANGS } from '../../../core/schemas/vocabulary.ts';
import { langPrefix, otherLangs } from '../../../core/locales.ts';

/** Language names for authors' messages, in English: 'Indonesian', 'English'. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export const lessonInBothLanguages: CrossFileRule = {
	name: 'lesson-in-both-languages',
	description: 'Every lesson exists in every site language (Bahasa Indonesia and English), with the same lessonId.',
	scope: 'content',
	check({ byLang }) {
		return LANGS.flatMap((lang) =>
			otherLangs(lang).flatMap((other) =>
				[...byLang[lang]]
					.filter(([id]) => !byLang[other].has(id))
					.map(([id, lesson]) => {
						const expected = `src/content/docs${langPrefix(other)}/belajar/${lesson.slug}.mdx`;
												return { file: lesson.file, field: 'lessonId', value: id, message: `missing translation: add ${expected} (${LANGUAGE_NAMES.of(other)}) with the same lessonId` };
					}),
			),
		);
	},
};
