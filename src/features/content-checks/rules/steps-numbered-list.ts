import type { LessonRule } from '../rule.ts';

export const stepsNumberedList: LessonRule = {
	name: 'steps-numbered-list',
	description: '<Steps> wraps a numbered list that starts right after the opening tag.',
	scope: 'lesson',
	check({ file, body }) {
		if (!/<Steps>/.test(body)) return [];
		if (!/<Steps>\s*<\/Steps>/.test(body) && /<Steps>\s*\n\s*1\.\s/.test(body)) return [];
		return [{ file, field: '(body)', message: '<Steps> must wrap a numbered list that starts right after the opening tag (a blank line, then "1. …")' }];
	},
};
