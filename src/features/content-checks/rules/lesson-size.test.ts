import { describe, expect, it } from 'vitest';
import { lessonSize as rule, readingWords, WORDS_PER_MINUTE_MAX } from './lesson-size.ts';
import { LESSON_BODY, parsed, pair } from './test-lesson.ts';

const withBody = (words: number, durationMinutes = 5) => parsed({ lessons: pair({ durationMinutes }).map((l) => ({ ...l, body: `${LESSON_BODY}\n${'kata '.repeat(words)}\n` })) }).lessons[0]!;

describe(rule.name, () => {
	it('refuses more words than the stated minutes allow, and passes the same text with its real time', () => {
		const base = readingWords(LESSON_BODY);
		const tooLong = withBody(WORDS_PER_MINUTE_MAX * 5 - base + 1, 5);
		expect(rule.check(tooLong)).toEqual([expect.objectContaining({ field: 'durationMinutes', value: 5, message: expect.stringMatching(/more than 120 per stated minute \(600 for 5 minutes\)/) })]);
		expect(rule.check(withBody(WORDS_PER_MINUTE_MAX * 5 - base + 1, 6))).toEqual([]);
	});
	it('refuses a body of megabytes', () => {
		const huge = { ...withBody(0), body: `${LESSON_BODY}\n<table>${'<tr><td>1</td></tr>'.repeat(100_000)}</table>` };
		expect(rule.check(huge)).toEqual([expect.objectContaining({ field: '(body)', message: expect.stringContaining('larger than 32 KB') })]);
	});
	it('counts words a learner reads, not tags or imports', () => {
		expect(readingWords("import { A } from 'x';\n\n## Kenapa\n\n<Example kind=\"do\" title=\"Baik\">Bu Sari jual **kue**.</Example>\n\n- satu\n")).toBe(6);
	});
});
