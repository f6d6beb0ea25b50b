import type { CrossFileRule } from '../rule.ts';

export const pathMaxLessonMinutes: CrossFileRule = {
	name: 'path-max-lesson-minutes',
	description: 'A path with maxLessonMinutes lists no lesson that takes longer.',
	scope: 'content',
	check({ paths, byLang }) {
		return paths.flatMap(({ file, data }) => {
			const max = data.maxLessonMinutes;
			if (max === undefined) return [];
			return data.lessons.flatMap((ref, i) => {
				const lesson = byLang.id.get(ref);
				if (!lesson || lesson.data.durationMinutes <= max) return [];
				return [{ file, field: `lessons.${i}`, value: ref, message: `this lesson takes ${lesson.data.durationMinutes} minutes but the path allows at most ${max} (maxLessonMinutes): take it out of the path or shorten the lesson` }];
			});
		});
	},
};
