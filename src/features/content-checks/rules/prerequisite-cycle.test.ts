import { describe, expect, it } from 'vitest';
import { prerequisiteCycle as rule } from './prerequisite-cycle.ts';
import { pair, parsed } from './test-lesson.ts';

const lessonWith = (lessonId: string, prerequisites: string[]) => pair({ lessonId, prerequisites }, lessonId);

describe(rule.name, () => {
	it('refuses prerequisites that go round in a circle, once, naming the whole circle', () => {
		const errors = rule.check(parsed({ lessons: [...lessonWith('c-lesson', ['a-lesson']), ...lessonWith('a-lesson', ['b-lesson']), ...lessonWith('b-lesson', ['c-lesson'])] }));
		expect(errors).toEqual([{ file: 'src/content/docs/belajar/a-lesson.mdx', field: 'prerequisites.0', value: 'b-lesson', message: expect.stringContaining('a-lesson → b-lesson → c-lesson → a-lesson') }]);
	});
	it('refuses two lessons that need each other', () => {
		expect(rule.check(parsed({ lessons: [...lessonWith('a-lesson', ['b-lesson']), ...lessonWith('b-lesson', ['a-lesson'])] }))).toHaveLength(1);
	});
	it('passes a chain and a diamond', () => {
		const lessons = [...lessonWith('a-lesson', []), ...lessonWith('b-lesson', ['a-lesson']), ...lessonWith('c-lesson', ['a-lesson']), ...lessonWith('d-lesson', ['b-lesson', 'c-lesson'])];
		expect(rule.check(parsed({ lessons }))).toEqual([]);
	});
});
