import { describe, expect, it } from 'vitest';
import { rankPrograms } from './program-rank.ts';

const p = (id: string, howToJoin: 'unknown' | { id: string; en: string }, status: 'active' | 'ended' | 'unknown' = 'unknown') => ({ id, howToJoin, status });
const join = { id: 'Daftar di situsnya', en: 'Sign up on its site' };

describe('program directory order', () => {
	it('puts programs with a known way to join first, ended ones after running ones, and keeps name order within a group', () => {
		const ranked = rankPrograms([p('a', 'unknown'), p('b', join, 'ended'), p('c', 'unknown', 'ended'), p('d', join), p('e', 'unknown', 'active'), p('f', join, 'active')]);
		expect(ranked.map((x) => x.id)).toEqual(['d', 'f', 'b', 'a', 'e', 'c']);
	});
});
