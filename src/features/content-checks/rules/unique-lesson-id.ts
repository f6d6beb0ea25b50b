import type { CrossFileRule } from '../rule.ts';

export const uniqueLessonId: CrossFileRule = {
	name: 'unique-lesson-id',
	description: 'No two lessons in one language share a lessonId.',
	scope: 'content',
	check({ lessons, byLang }) {
		return lessons
			.filter((lesson) => byLang[lesson.lang].get(lesson.data.lessonId) !== lesson)
			.map((lesson) => {
				const id = lesson.data.lessonId;
				const first = byLang[lesson.lang].get(id)!;
				return { file: lesson.file, field: 'lessonId', value: id, message: `duplicate lessonId: ${first.file} already uses it. Every lesson needs its own permanent id.` };
			});
	},
};
