import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatMonth, formatDay, formatDecimal, formatList, formatMinutes, formatPercent, formatRupiah, formatSize } from './format.ts';

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
		expect(formatMinutes(210, 'id')).toBe('3 jam 30 menit');
		expect(formatMinutes(180, 'id')).toBe('3 jam');
		expect(formatMinutes(60, 'en', { inHours: false })).toBe('60 min');
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

describe('formatMonth', () => {
	it('writes the month a fact was checked, from a month or a day', () => {
		expect(formatMonth('2026-12', 'id')).toBe('Desember 2026');
		expect(formatMonth('2026-12-01', 'en')).toBe('December 2026');
		expect(formatMonth('2025-08-31', 'id')).toBe('Agustus 2025');
	});
});

describe('formatDate', () => {
	it('formats a calendar date in each language without shifting the day', () => {
		expect(formatDate('2026-11-22', 'id')).toBe('22 November 2026');
		expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
		expect(formatDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
	});
});

describe('formatSize', () => {
	it('formats sizes for each language', () => {
		expect(formatSize(100, 'id')).toBe('1 KB');
		expect(formatSize(48_500, 'id')).toBe('47 KB');
		expect(formatSize(180 * 1024, 'en')).toBe('180 KB');
		expect(formatSize(1.25 * 1024 * 1024, 'id')).toBe('1,3 MB');
		expect(formatSize(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
		expect(formatSize(3_400_000, 'en')).toBe('3.2 MB');
	});
});

describe('formatRupiah', () => {
	it('formats whole Rupiah the Indonesian way, with English digit grouping on English pages', () => {
		expect(formatRupiah(15000)).toBe('Rp15.000');
		expect(formatRupiah(-2300)).toMatch(/^-Rp2\.300$/);
		expect(formatRupiah(Number.NaN)).toBe('–');
		expect(formatRupiah(1250000, 'en')).toBe('Rp1,250,000');
	});
});

describe('formatDecimal and formatList', () => {
	it('writes a decimal mark and joins a list in each language', () => {
		expect(formatDecimal(8.5, 'id')).toBe('8,5');
		expect(formatDecimal('8.5', 'en')).toBe('8.5');
		expect(formatList([9, 10], 'id')).toBe('9 dan 10');
		expect(formatList([1, 2, 3], 'en')).toBe('1, 2 and 3');
		expect(formatList([7], 'en')).toBe('7');
	});
});

describe('formatPercent', () => {
	it('writes Indonesian percentages with a decimal comma and a no-break space, English ones the English way', () => {
		expect(formatPercent(38.2, 'id')).toBe('38,2\u00a0%');
		expect(formatPercent(38.2, 'en')).toBe('38.2%');
		expect(formatPercent(20, 'id')).toBe('20\u00a0%');
		expect(formatPercent(8.5, 'en')).toBe('8.5%');
		expect(formatPercent(-12.5, 'id')).toBe('-12,5\u00a0%');
	});

	it('rounds to the decimals asked for and drops a zero decimal', () => {
		expect(formatPercent(33.333, 'id')).toBe('33,3\u00a0%');
		expect(formatPercent(33.333, 'en', { decimals: 2 })).toBe('33.33%');
		expect(formatPercent(19.96, 'id')).toBe('20\u00a0%');
		expect(formatPercent(-0.01, 'id')).toBe('0\u00a0%');
		expect(formatPercent(1234.5, 'id')).toBe('1.234,5\u00a0%');
		expect(formatPercent(1234.5, 'en')).toBe('1,234.5%');
	});

	it('shows a dash for a value that is not a number', () => {
		expect(formatPercent(Number.NaN, 'id')).toBe('–');
	});
});
