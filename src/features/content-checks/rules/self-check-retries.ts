import type { LessonRule } from '../rule.ts';

/** Questions per lesson that offer a second try on the same point after a wrong answer. */
export const MIN_RETRY_QUESTIONS = 2;

export const selfCheckRetries: LessonRule = {
	name: 'self-check-retries',
	description: `At least ${MIN_RETRY_QUESTIONS} self-check questions have a \`retry\`: another question on the same point, offered after a wrong answer.`,
	scope: 'lesson',
	check({ file, data }) {
		const withRetry = data.selfCheck.filter((q) => q.retry).length;
		if (withRetry >= MIN_RETRY_QUESTIONS) return [];
		return [{ file, field: 'selfCheck', value: withRetry, message: `${withRetry} question(s) have a retry; give at least ${MIN_RETRY_QUESTIONS} questions a \`retry:\` (question and options, one correct, an explain for each) that asks about the same point in a different situation` }];
	},
};
