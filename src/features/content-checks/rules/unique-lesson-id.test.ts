import { describe, expect, it } from 'vitest';
import { uniqueLessonId as rule } from './unique-lesson-id.ts';
import { pair, parsed } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses a second lesson with the same lessonId, naming the first', () => {
		expect(rule.check(parsed({ lessons: [...pair(), ...pair({}, 'hpp-lain')] }))).toEqual([
			expect.objectContaining({ file: 'src/content/docs/belajar/hpp-lain.mdx', field: 'lessonId', value: 'cost-of-goods', message: expect.stringMatching(/^duplicate lessonId: src\/content\/docs\/belajar\/hitung-hpp\.mdx already uses it/) }),
			expect.objectContaining({ file: 'src/content/docs/en/belajar/hpp-lain.mdx' }),
		]);
	});

	it('passes one lesson per id in each language', () => {
		expect(rule.check(parsed({ lessons: [...pair(), ...pair({ lessonId: 'other' }, 'lain')] }))).toEqual([]);
	});
});
