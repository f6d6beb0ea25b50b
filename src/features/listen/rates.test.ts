import { describe, expect, it } from 'vitest';
import { RATES, rateOf } from './rates.ts';

describe('rateOf', () => {
	it('reads back a stored speed and falls back to normal speed', () => {
		expect(RATES).toEqual([0.8, 1, 1.25]);
		expect(rateOf('0.8')).toBe(0.8);
		expect(rateOf('1.25')).toBe(1.25);
		expect(rateOf('3')).toBe(1);
		expect(rateOf(null)).toBe(1);
		expect(rateOf('')).toBe(1);
	});
});
