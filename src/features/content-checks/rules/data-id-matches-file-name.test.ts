import { describe, expect, it } from 'vitest';
import { dataIdMatchesFileName as rule } from './data-id-matches-file-name.ts';
import { both, parsed, path } from './test-lesson.ts';

const lessons = [...both('a', 'growth'), ...both('b', 'growth')];

describe(rule.name, () => {
	it('refuses an id that is not the file name', () => {
		const misnamed = { ...path('mine', { kind: 'persona', lessons: ['a', 'b'] }), file: 'content/paths/yours.yaml' };
		expect(rule.check(parsed({ lessons, paths: [misnamed] }))).toEqual([expect.objectContaining({ file: 'content/paths/yours.yaml', field: 'id', value: 'mine', message: 'the id must match the file name ("yours")' })]);
	});

	it('passes an id that is the file name', () => {
		expect(rule.check(parsed({ lessons, paths: [path('mine', { kind: 'persona', lessons: ['a', 'b'] })] }))).toEqual([]);
	});
});
