import { describe, expect, it } from 'vitest';
import { pathMaxLessonMinutes as rule } from './path-max-lesson-minutes.ts';
import { both, parsed, path } from './test-lesson.ts';

const lessons = [...both('separate-money', 'finance-basics'), ...both('daily-records', 'finance-basics', 12)];

describe(rule.name, () => {
	it('refuses a lesson longer than maxLessonMinutes', () => {
		const errors = rule.check(parsed({ lessons, paths: [path('short', { kind: 'persona', lessons: ['separate-money', 'daily-records'], maxLessonMinutes: 10 })] }));
		expect(errors).toEqual([expect.objectContaining({ file: 'content/paths/short.yaml', field: 'lessons.1', value: 'daily-records', message: expect.stringMatching(/12 minutes.*at most 10/) })]);
	});

	it('passes lessons within the limit, and paths without one', () => {
		expect(rule.check(parsed({ lessons, paths: [path('short', { kind: 'persona', lessons: ['separate-money', 'daily-records'], maxLessonMinutes: 12 }), path('any', { kind: 'persona', lessons: ['separate-money', 'daily-records'] })] }))).toEqual([]);
	});
});
