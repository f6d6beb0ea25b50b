import type { LessonRule } from '../rule.ts';

export const exampleKind: LessonRule = {
	name: 'example-kind',
	description: 'Every <Example> says kind="do" (good example) or kind="dont" (weak example).',
	scope: 'lesson',
	check({ file, body }) {
		return (body.match(/<Example\b[^>]*>/g) ?? [])
			.filter((tag) => !/\bkind="(do|dont)"/.test(tag))
			.map((tag) => ({ file, field: '(body)', value: tag, message: '<Example> needs kind="do" (good example) or kind="dont" (weak example)', allowed: ['do', 'dont'] }));
	},
};
