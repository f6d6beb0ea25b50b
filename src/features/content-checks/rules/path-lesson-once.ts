import type { CrossFileRule } from '../rule.ts';

export const pathLessonOnce: CrossFileRule = {
	name: 'path-lesson-once',
	description: 'A learning path lists each lesson once.',
	scope: 'content',
	check({ paths }) {
		return paths.flatMap(({ file, data }) =>
			data.lessons.flatMap((ref, i) => (data.lessons.indexOf(ref) < i ? [{ file, field: `lessons.${i}`, value: ref, message: 'a lesson appears twice in this path' }] : [])),
		);
	},
};
