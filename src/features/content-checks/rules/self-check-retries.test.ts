import { describe, expect, it } from 'vitest';
import { selfCheckRetries as rule } from './self-check-retries.ts';
import { lesson, question } from './test-lesson.ts';
import type { ParsedLesson } from '../rule.ts';

const withRetry = (n: number) => ({ ...question(n), retry: question(n + 10) });

describe(rule.name, () => {
	it('asks for two questions with a retry', () => {
		expect(rule.check(lesson({ selfCheck: [withRetry(1), question(2), question(3)] }) as ParsedLesson)).toEqual([expect.objectContaining({ field: 'selfCheck', value: 1 })]);
	});
	it('passes two', () => {
		expect(rule.check(lesson({ selfCheck: [withRetry(1), withRetry(2), question(3)] }) as ParsedLesson)).toEqual([]);
	});
});
