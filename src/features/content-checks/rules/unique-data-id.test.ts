import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { uniqueDataId as rule } from './unique-data-id.ts';
import { both, parsed, path } from './test-lesson.ts';

const lessons = [...both('a', 'growth'), ...both('b', 'growth')];
const stages = (parse(readFileSync('content/stages.yaml', 'utf8')) as unknown[]).map((data) => ({ file: 'content/stages.yaml', data }));

describe(rule.name, () => {
	it('refuses a second path with the same id, naming the first', () => {
		const twin = { ...path('mine', { kind: 'persona', lessons: ['a', 'b'] }), file: 'content/paths/mine-too.yaml' };
		expect(rule.check(parsed({ lessons, paths: [path('mine', { kind: 'persona', lessons: ['a', 'b'] }), twin] }))).toEqual([
			expect.objectContaining({ file: 'content/paths/mine-too.yaml', field: 'id', value: 'mine', message: 'duplicate id: content/paths/mine.yaml already uses it' }),
		]);
	});

	it('refuses a stage listed twice', () => {
		expect(rule.check(parsed({ lessons, stages: [...stages, stages[0]!] }))).toEqual([expect.objectContaining({ file: 'content/stages.yaml', field: 'id' })]);
	});

	it('passes the stages as they are, and different ids', () => {
		expect(rule.check(parsed({ lessons, stages, paths: [path('one', { kind: 'persona', lessons: ['a', 'b'] }), path('two', { kind: 'persona', lessons: ['a', 'b'] })] }))).toEqual([]);
	});
});
