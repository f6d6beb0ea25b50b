import { describe, expect, it } from 'vitest';
import { sameSlugBothLanguages as rule } from './same-slug-both-languages.ts';
import { lesson, pair, parsed } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses a translation under another file name', () => {
		expect(rule.check(parsed({ lessons: [lesson(), lesson({}, 'en', 'count-cost')] }))).toEqual([
			expect.objectContaining({ file: 'src/content/docs/en/belajar/count-cost.mdx', field: 'lessonId', value: 'cost-of-goods', message: expect.stringMatching(/used by src\/content\/docs\/belajar\/hitung-hpp\.mdx with another slug/) }),
		]);
	});

	it('passes the same slug in both languages', () => {
		expect(rule.check(parsed({ lessons: pair() }))).toEqual([]);
	});
});
