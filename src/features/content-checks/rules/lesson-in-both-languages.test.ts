import { describe, expect, it } from 'vitest';
import { lessonInBothLanguages as rule } from './lesson-in-both-languages.ts';
import { lesson, pair, parsed } from './test-lesson.ts';

describe(rule.name, () => {
	it('names the file to add for a missing translation, either way', () => {
		const [error, ...rest] = rule.check(parsed({ lessons: [lesson()] }));
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: 'lessonId', value: 'cost-of-goods' });
		expect(error!.message).toMatch(/missing translation: add src\/content\/docs\/en\/belajar\/hitung-hpp\.mdx \(English\)/);
		expect(rule.check(parsed({ lessons: [lesson({}, 'en')] }))[0]?.message).toMatch(/add src\/content\/docs\/belajar\/hitung-hpp\.mdx \(Indonesian\)/);
	});

	it('passes a lesson in both languages', () => {
		expect(rule.check(parsed({ lessons: pair() }))).toEqual([]);
	});
});
