import { describe, expect, it } from 'vitest';
import { translationMatchesSource as rule } from './translation-matches-source.ts';
import { lesson, pair, parsed, question } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses a translation whose stage or duration differs, on the English file', () => {
		expect(rule.check(parsed({ lessons: [lesson(), lesson({ durationMinutes: 12, stage: 'growth' }, 'en')] }))).toEqual([
			expect.objectContaining({ file: 'src/content/docs/en/belajar/hitung-hpp.mdx', field: 'stage', value: 'growth', message: expect.stringMatching(/differs from the Indonesian version \("finance-basics"\)/) }),
			expect.objectContaining({ file: 'src/content/docs/en/belajar/hitung-hpp.mdx', field: 'durationMinutes', value: 12 }),
		]);
	});

	it('refuses a translation with another number of questions or checklist items', () => {
		expect(rule.check(parsed({ lessons: [lesson(), lesson({ selfCheck: [question(1), question(2), question(3), question(4)] }, 'en')] }))).toEqual([expect.objectContaining({ field: 'selfCheck' })]);
		const longer = { title: 'Cost', task: 'Work out the cost of one product.', checklist: ['Ingredients', 'Prices', 'Divide', 'Round up'] };
		expect(rule.check(parsed({ lessons: [lesson(), lesson({ practice: longer }, 'en')] }))).toHaveLength(1);
	});

	it('passes a faithful translation', () => {
		expect(rule.check(parsed({ lessons: pair() }))).toEqual([]);
	});
});
