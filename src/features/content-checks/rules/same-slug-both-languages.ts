import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

export const sameSlugBothLanguages: CrossFileRule = {
	name: 'same-slug-both-languages',
	description: 'Both language versions of a lesson have the same file name (slug).',
	scope: 'content',
	check({ lessons, byLang }) {
		const errors: ContentError[] = [];
		const first = new Map<string, { slug: string; file: string }>();
		for (const lesson of lessons) {
			if (byLang[lesson.lang].get(lesson.data.lessonId) !== lesson) continue; // a duplicate: unique-lesson-id reports it
			const id = lesson.data.lessonId;
			const other = first.get(id);
			if (other && other.slug !== lesson.slug) {
				errors.push({ file: lesson.file, field: 'lessonId', value: id, message: `lessonId is used by ${other.file} with another slug: both languages must use the same file name` });
			}
			first.set(id, { slug: lesson.slug, file: lesson.file });
		}
		return errors;
	},
};
