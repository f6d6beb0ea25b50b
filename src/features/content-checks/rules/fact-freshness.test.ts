import { describe, expect, it } from 'vitest';
import { factFreshnessRule } from './fact-freshness.ts';
import { LESSON_BODY, pair, parsed } from './test-lesson.ts';

const TODAY = new Date('2026-12-01T00:00:00Z');
const rule = factFreshnessRule(() => TODAY);
const seed = { title: 'Laporan Somia CX', seed: '004_6615246d18e62d82.txt', year: 2024 };
const withSources = (...sources: object[]) => parsed({ lessons: pair({ sources: [seed, ...sources] }) });
const withBody = (extra: string) => parsed({ lessons: pair({}).map((l) => ({ ...l, body: `${LESSON_BODY}\n${extra}\n` })) });

describe(rule.name, () => {
	it('warns about a source checked 6 or more months ago, as a warning only', () => {
		const errors = rule.check(withSources({ title: 'IASC', url: 'https://iasc.ojk.go.id/Guest', checked: '2026-06-01' }));
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatchObject({ field: 'sources.1.checked', value: '2026-06-01', severity: 'warning' });
		expect(errors[0]!.message).toMatch(/checked 6 months ago/);
	});

	it('stays quiet about a fact checked under 6 months ago', () => {
		expect(rule.check(withSources({ title: 'IASC', url: 'https://iasc.ojk.go.id/Guest', checked: '2026-06-02' }))).toEqual([]);
		expect(rule.check(withBody('<KeyFact source="OJK" checked="2026-07">Fakta.</KeyFact>'))).toEqual([]);
	});

	it('counts unchecked web sources in one warning', () => {
		const errors = rule.check(withSources({ title: 'OSS', url: 'https://oss.go.id', unchecked: true }));
		expect(errors).toEqual([expect.objectContaining({ file: '(all content)', value: 2, severity: 'warning' })]);
	});

	it('fails a KeyFact whose checked is not a month, and warns about an old one', () => {
		const bad = rule.check(withBody('<KeyFact source="OJK" checked="Des 2026">Fakta.</KeyFact>'));
		expect(bad.map((e) => e.severity)).toEqual([undefined, undefined]);
		expect(bad[0]!.message).toMatch(/checked="YYYY-MM"/);
		const old = rule.check(withBody('<KeyFact source="OJK" checked="2024-11">Fakta.</KeyFact>'));
		expect(old).toEqual([expect.objectContaining({ severity: 'warning', value: '2024-11' }), expect.objectContaining({ severity: 'warning' })]);
		expect(old[0]!.message).toMatch(/25 months ago/);
	});
});
