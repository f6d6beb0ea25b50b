import { describe, expect, it } from 'vitest';
import { optionOrder, shuffled } from './option-order.ts';

describe('optionOrder', () => {
	it('is a permutation of every option', () => {
		for (const count of [2, 3, 4]) {
			for (let q = 0; q < 20; q++) {
				expect([...optionOrder('hitung-hpp', q, count)].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
			}
		}
	});

	it('is the same every time for the same lesson and question', () => {
		expect(optionOrder('hitung-hpp', 2, 4)).toEqual(optionOrder('hitung-hpp', 2, 4));
		expect(shuffled('hitung-hpp', '1r', ['a', 'b', 'c'])).toEqual(shuffled('hitung-hpp', '1r', ['a', 'b', 'c']));
	});

	it('differs between questions and lessons, and moves the first option out of first place about 3 times in 4', () => {
		const orders = new Set<string>();
		let firstStays = 0;
		const n = 400;
		for (let q = 0; q < n; q++) {
			const order = optionOrder(`lesson-${q % 40}`, q, 4);
			orders.add(order.join(''));
			if (order[0] === 0) firstStays++;
		}
		// 24 permutations of 4 options: a fair shuffle reaches (nearly) all of them.
		expect(orders.size).toBeGreaterThanOrEqual(22);
		// The author's first option stays first about 1 time in 4 (not always, not never).
		expect(firstStays / n).toBeGreaterThan(0.15);
		expect(firstStays / n).toBeLessThan(0.35);
	});

	it('keeps a single option and an empty list as they are', () => {
		expect(optionOrder('x', 0, 1)).toEqual([0]);
		expect(optionOrder('x', 0, 0)).toEqual([]);
	});
});
