import { describe, expect, it } from 'vitest';
import { stagePathLessons as rule } from './stage-path-lessons.ts';
import { both, parsed, path } from './test-lesson.ts';

const lessons = [...both('separate-money', 'finance-basics'), ...both('daily-records', 'finance-basics', 12), ...both('wa-basics', 'social-commerce')];

describe(rule.name, () => {
	it('requires a stage path to list every lesson of its stage and no other, naming the lesson', () => {
		const errors = rule.check(parsed({ lessons, paths: [path('finance-basics', { kind: 'stage', stage: 'finance-basics', lessons: ['separate-money', 'wa-basics'] })] }));
		expect(errors).toEqual([
			expect.objectContaining({ file: 'content/paths/finance-basics.yaml', field: 'lessons.1', value: 'wa-basics', message: expect.stringMatching(/belongs to stage "social-commerce".*move it to content\/paths\/social-commerce\.yaml/) }),
			expect.objectContaining({ file: 'content/paths/finance-basics.yaml', field: 'lessons', value: 'daily-records', message: expect.stringMatching(/every lesson of its stage/) }),
		]);
	});

	it('accepts a complete stage path, and leaves persona paths alone', () => {
		const errors = rule.check(
			parsed({
				lessons,
				paths: [
					path('finance-basics', { kind: 'stage', stage: 'finance-basics', lessons: ['separate-money', 'daily-records'] }),
					path('first-sale', { kind: 'persona', lessons: ['separate-money', 'wa-basics'] }),
				],
			}),
		);
		expect(errors).toEqual([]);
	});
});
