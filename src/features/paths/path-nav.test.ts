import { describe, expect, it } from 'vitest';
import { pathProgress, positionsOf, programsForPath, totalMinutes } from './path-nav.ts';

const paths = [
	{ id: 'finance-basics', lessons: ['a', 'b', 'c'] },
	{ id: 'persona', lessons: ['c', 'x'] },
];
const minutes = new Map([
	['a', 10],
	['b', 12],
	['c', 15],
	['x', 8],
]);

describe('positionsOf', () => {
	it('finds a lesson in every path that holds it, with neighbours', () => {
		expect(positionsOf(paths, 'c').map((p) => [p.path.id, p.index, p.total, p.previous, p.next])).toEqual([
			['finance-basics', 2, 3, 'b', undefined],
			['persona', 0, 2, undefined, 'x'],
		]);
		expect(positionsOf(paths, 'nothing')).toEqual([]);
	});
});

describe('totalMinutes', () => {
	it('adds lesson minutes and counts unknown ids as zero', () => {
		expect(totalMinutes(['a', 'b', 'ghost'], minutes)).toBe(22);
	});
});

describe('pathProgress', () => {
	it('counts done lessons, the next one and the minutes left', () => {
		const done = new Set(['a', 'c']);
		expect(pathProgress(['a', 'b', 'c'], (id) => done.has(id), minutes)).toEqual({ done: 2, total: 3, nextIndex: 1, remainingMinutes: 12, complete: false });
	});
	it('starts at the first lesson with nothing done', () => {
		expect(pathProgress(['a', 'b', 'c'], () => false, minutes)).toEqual({ done: 0, total: 3, nextIndex: 0, remainingMinutes: 37, complete: false });
	});
	it('is complete when every lesson is done', () => {
		expect(pathProgress(['a', 'b'], () => true, minutes)).toEqual({ done: 2, total: 2, nextIndex: -1, remainingMinutes: 0, complete: true });
		expect(pathProgress([], () => true, minutes).complete).toBe(false);
	});
});

describe('programsForPath', () => {
	const programs = [
		{ id: 'stage-only', lessons: [], stages: ['finance-basics'], topics: [], platforms: [] },
		{ id: 'two-lessons', lessons: ['a', 'b'], stages: [], topics: [], platforms: [] },
		{ id: 'one-lesson', lessons: ['c'], stages: ['growth'], topics: [], platforms: [] },
		{ id: 'unrelated', lessons: ['z'], stages: ['growth'], topics: [], platforms: [] },
		{ id: 'ended', lessons: ['a', 'b', 'c'], stages: ['finance-basics'], topics: [], platforms: [], status: 'ended' },
	];
	const stageOf = new Map([
		['a', 'finance-basics'],
		['b', 'finance-basics'],
		['c', 'finance-basics'],
		['x', 'social-commerce'],
	]);
	it('puts shared lessons first, then stage matches, and leaves out ended and unrelated programs', () => {
		expect(programsForPath(programs, { lessons: ['a', 'b', 'c'], stage: 'finance-basics' }, stageOf).map((p) => p.id)).toEqual(['two-lessons', 'one-lesson', 'stage-only']);
	});
	it('uses the stages of a persona path’s lessons', () => {
		expect(programsForPath(programs, { lessons: ['x', 'a'] }, stageOf).map((p) => p.id)).toEqual(['two-lessons', 'stage-only']);
	});
	it('respects the limit', () => {
		expect(programsForPath(programs, { lessons: ['a', 'b', 'c'], stage: 'finance-basics' }, stageOf, 1)).toHaveLength(1);
	});
});
