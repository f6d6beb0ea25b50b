import type { LessonRule } from '../rule.ts';

export const lessonSectionHeadings: LessonRule = {
	name: 'lesson-section-headings',
	description: 'The lesson has `## ` section headings (each one becomes a slide).',
	scope: 'lesson',
	check({ file, body }) {
		if (/^##[ \t]+\S/m.test(body)) return [];
		return [{ file, field: '(body)', message: 'a lesson needs `## ` section headings (they become slides)' }];
	},
};
