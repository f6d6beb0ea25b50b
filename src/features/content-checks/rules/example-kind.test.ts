import { describe, expect, it } from 'vitest';
import { exampleKind as rule } from './example-kind.ts';
import { bodyOnly } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses an example without kind, or with another kind', () => {
		const errors = rule.check(bodyOnly('<Example title="x">y</Example>\n<Example kind="good" title="x">y</Example>'));
		expect(errors).toEqual([
			expect.objectContaining({ value: '<Example title="x">', allowed: ['do', 'dont'], message: expect.stringMatching(/kind="do"/) }),
			expect.objectContaining({ value: '<Example kind="good" title="x">' }),
		]);
	});

	it('passes do and dont examples', () => {
		expect(rule.check(bodyOnly('<Example kind="do" title="a">y</Example>\n<Example kind="dont" title="b">y</Example>'))).toEqual([]);
	});
});
