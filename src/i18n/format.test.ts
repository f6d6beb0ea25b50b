import { describe, expect, it } from 'vitest';
import { fill, formatDay, formatMinutes } from './format.ts';

describe('fill', () => {
	it('replaces placeholders and leaves unknown ones visible', () => {
		expect(fill('Langkah {n} dari {total}', { n: 3, total: 12 })).toBe('Langkah 3 dari 12');
		expect(fill('{a} {missing}', { a: 'x' })).toBe('x {missing}');
	});
});

describe('formatMinutes', () => {
	it('writes minutes and hours in both languages', () => {
		expect(formatMinutes(45, 'id')).toBe('45 menit');
		expect(formatMinutes(85, 'id')).toBe('1 jam 25 menit');
		expect(formatMinutes(120, 'en')).toBe('2 h');
		expect(formatMinutes(61, 'en')).toBe('1 h 1 min');
		expect(formatMinutes(-3, 'en')).toBe('0 min');
	});
});

describe('formatDay', () => {
	it('shows a saved day without shifting it', () => {
		expect(formatDay('2026-01-05', 'id')).toBe('5 Jan 2026');
		expect(formatDay('2026-05-31T23:00:00Z', 'id')).toBe('31 Mei 2026');
		expect(formatDay('2026-08-01', 'en')).toBe('1 Aug 2026');
		expect(formatDay('bad', 'en')).toBe('bad');
	});
});
