import { describe, expect, it } from 'vitest';
import { checkQuestions } from './workshop-check.ts';

describe('workshop before/after check', () => {
	it('takes every lesson\'s first question before anyone\'s second, up to the cap', () => {
		const lessons = [
			{ lessonId: 'a', questions: 3 },
			{ lessonId: 'b', questions: 1 },
			{ lessonId: 'c', questions: 4 },
		];
		expect(checkQuestions(lessons, 5)).toEqual([
			{ lesson: 'a', index: 0 },
			{ lesson: 'b', index: 0 },
			{ lesson: 'c', index: 0 },
			{ lesson: 'a', index: 1 },
			{ lesson: 'c', index: 1 },
		]);
		expect(checkQuestions(lessons, 100)).toHaveLength(8);
		expect(checkQuestions([], 5)).toEqual([]);
	});
});
