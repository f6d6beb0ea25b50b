import { describe, expect, it } from 'vitest';
import { ageInMonths, datedFactsOf, formatToDoList, freshness, isHomePage, keyFactsIn, RECHECK_AFTER_MONTHS, STALE_AFTER_MONTHS, toDoList } from './freshness.ts';

const TODAY = new Date('2026-12-01T00:00:00Z');

describe('freshness', () => {
	it('counts whole calendar months from a day or a month', () => {
		expect(ageInMonths('2026-12-01', TODAY)).toBe(0);
		expect(ageInMonths('2026-11-02', TODAY)).toBe(0);
		expect(ageInMonths('2026-11-01', TODAY)).toBe(1);
		expect(ageInMonths('2026-06', TODAY)).toBe(6);
		expect(ageInMonths('2025-06-01', TODAY)).toBe(18);
		expect(ageInMonths('2027-01', TODAY)).toBe(0);
		expect(() => ageInMonths('Dec 2026', TODAY)).toThrow(/YYYY-MM/);
	});

	it('has a re-check threshold of 6 months and a stale one of 18', () => {
		expect([RECHECK_AFTER_MONTHS, STALE_AFTER_MONTHS]).toEqual([6, 18]);
		expect(freshness('2026-07', TODAY)).toBe('fresh');
		expect(freshness('2026-06', TODAY)).toBe('recheck');
		expect(freshness('2025-07', TODAY)).toBe('recheck');
		expect(freshness('2025-06', TODAY)).toBe('stale');
	});

	it('tells a bare home page from a specific page', () => {
		for (const url of ['https://oss.go.id', 'https://oss.go.id/', 'https://faq.whatsapp.com', 'https://www.facebook.com/help', 'https://seller.shopee.co.id/edu']) expect(isHomePage(url), url).toBe(true);
		for (const url of ['https://iasc.ojk.go.id/Guest', 'https://www.facebook.com/help/123', 'https://faq.whatsapp.com/?lang=id', 'https://x.id/2025/07/biaya']) expect(isHomePage(url), url).toBe(false);
	});

	it('finds dated KeyFacts and web sources, and lists them never-checked first, then oldest first', () => {
		expect(keyFactsIn('<KeyFact source="OJK" checked="2026-12">x</KeyFact> <KeyFact source="Laporan">y</KeyFact>')).toEqual([
			{ tag: '<KeyFact source="OJK" checked="2026-12">', source: 'OJK', checked: '2026-12' },
			{ tag: '<KeyFact source="Laporan">', source: 'Laporan', checked: undefined },
		]);
		const facts = [
			...datedFactsOf('b.mdx', [{ title: 'Seed', seed: '004_a.txt' }, { title: 'IASC', url: 'https://iasc.ojk.go.id/Guest', checked: '2026-12-01' }], '<KeyFact source="BPJPH" checked="2024-10">x</KeyFact>'),
			...datedFactsOf('a.yaml', [{ title: 'OSS', url: 'https://oss.go.id', unchecked: true }, { title: 'Fee', url: 'https://x.id/fee', checked: '2025-08-01' }]),
		];
		expect(toDoList(facts, TODAY).map((f) => [f.file, f.label, f.checked, f.ageMonths, f.freshness])).toEqual([
			['a.yaml', 'OSS', undefined, undefined, undefined],
			['b.mdx', 'BPJPH', '2024-10', 26, 'stale'],
			['a.yaml', 'Fee', '2025-08-01', 16, 'recheck'],
			['b.mdx', 'IASC', '2026-12-01', 0, 'fresh'],
		]);
	});
});

describe('formatToDoList', () => {
	it('prints one line per fact, never-checked first, and a summary naming the oldest check', () => {
		const text = formatToDoList(
			[
				...datedFactsOf('b.mdx', [{ title: 'IASC', url: 'https://iasc.ojk.go.id/Guest', checked: '2026-12-01' }], '<KeyFact source="BPJPH" checked="2024-10">x</KeyFact>'),
				...datedFactsOf('a.mdx', [{ title: 'OSS', url: 'https://oss.go.id', unchecked: true }]),
			],
			TODAY,
		);
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/^ +never +— +unchecked, home page +a\.mdx +OSS <https:\/\/oss\.go\.id>$/);
		expect(lines[1]).toMatch(/26 mo +2024-10 +stale +b\.mdx +<KeyFact> BPJPH$/);
		expect(lines[2]).toMatch(/0 mo +2026-12-01 +fresh +b\.mdx +IASC/);
		expect(lines.at(-2)).toBe('3 dated fact(s): 2 checked (1 fresh, 0 due for a re-check after 6 months, 1 shown as possibly out of date after 18), 1 never checked');
		expect(lines.at(-1)).toBe('oldest check: 2024-10 (26 months) in b.mdx');
	});
});
