import { describe, expect, it } from 'vitest';
import { pathLessonOnce as rule } from './path-lesson-once.ts';
import { both, parsed, path } from './test-lesson.ts';

const lessons = [...both('a', 'growth'), ...both('b', 'growth')];

describe(rule.name, () => {
	it('refuses a lesson listed twice, at its second place', () => {
		expect(rule.check(parsed({ lessons, paths: [path('mine', { kind: 'persona', lessons: ['a', 'b', 'a'] })] }))).toEqual([expect.objectContaining({ file: 'content/paths/mine.yaml', field: 'lessons.2', value: 'a', message: 'a lesson appears twice in this path' })]);
	});

	it('passes each lesson once', () => {
		expect(rule.check(parsed({ lessons, paths: [path('mine', { kind: 'persona', lessons: ['a', 'b'] })] }))).toEqual([]);
	});
});
