import { describe, expect, it } from 'vitest';
import { readText } from '../../core/device-store.ts';
import { MAX_RESULTS, PLACEMENT_KIND, emptyPlacement, mergePlacement, preferredFor, recordPlacement, stagesMoved, startLesson, thenAndNow, type PlacementRecord } from './placement-record.ts';
import { answersQuery, place } from './placement.ts';

const rec = (at: string, stage: PlacementRecord['stage'], answers = 'steady=no', first?: string): PlacementRecord => ({ at, stage, answers, ...(first ? { first } : {}) });

describe('kept placement results', () => {
	it('keeps each result with its date; the same answers the same day (a reload) are kept once', () => {
		let s = recordPlacement(emptyPlacement(), rec('2026-10-01', 'consistency', 'steady=no', 'steady-production'));
		s = recordPlacement(s, rec('2026-10-01', 'consistency', 'steady=no', 'steady-production'));
		expect(s.results).toHaveLength(1);
		s = recordPlacement(s, rec('2026-12-01', 'finance-basics', 'steady=yes&money=no'));
		expect(thenAndNow(s)).toEqual({ then: s.results[0], now: s.results[1] });
		expect(stagesMoved(s.results[0]!, s.results[1]!)).toBe(1);
	});

	it('other answers the same day replace that day\'s result, but never the first one ("then")', () => {
		let s = recordPlacement(emptyPlacement(), rec('2026-10-01', 'consistency'));
		s = recordPlacement(s, rec('2026-10-01', 'finance-basics', 'steady=yes'));
		expect(s.results.map((r) => r.stage)).toEqual(['consistency', 'finance-basics']);
		s = recordPlacement(s, rec('2026-10-01', 'growth', 'steady=yes&nib=no'));
		expect(s.results.map((r) => r.stage)).toEqual(['consistency', 'growth']);
	});

	it('keeps the first and the latest results when there are many', () => {
		let s = emptyPlacement();
		for (let d = 1; d <= 30; d++) s = recordPlacement(s, rec(`2026-11-${String(d).padStart(2, '0')}`, 'consistency', `steady=${d % 2 ? 'no' : 'some'}`));
		expect(s.results).toHaveLength(MAX_RESULTS);
		expect(s.results[0]!.at).toBe('2026-11-01');
		expect(s.results.at(-1)!.at).toBe('2026-11-30');
	});

	it('as device data: odd entries are dropped, a newer version is locked, not overwritten', () => {
		const text = JSON.stringify({ v: 1, results: [rec('2026-11-02', 'growth'), { at: '2026-02-30', stage: 'growth', answers: '' }, { at: '2026-11-01', stage: 'x', answers: '' }, rec('2026-11-01', 'consistency', 'a=b', 'constructor')] });
		const read = readText(PLACEMENT_KIND, text);
		expect(read.state).toBe('ok');
		expect(read.value.results).toEqual([rec('2026-11-01', 'consistency', 'a=b'), rec('2026-11-02', 'growth')]);
		expect(readText(PLACEMENT_KIND, JSON.stringify({ v: 2, results: [] })).state).toBe('locked');
		expect(readText(PLACEMENT_KIND, '{').state).toBe('locked');
	});

	it('merges two devices: every result once, oldest first', () => {
		const a = { v: 1 as const, results: [rec('2026-10-01', 'consistency'), rec('2026-11-01', 'finance-basics', 'steady=yes')] };
		const b = { v: 1 as const, results: [rec('2026-11-01', 'finance-basics', 'steady=yes'), rec('2026-09-01', 'consistency', 'steady=some')] };
		expect(mergePlacement(a, b).results.map((r) => r.at)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
	});
});

describe('one first lesson for the result page and the path page', () => {
	const path = ['separate-business-money', 'daily-bookkeeping', 'cost-of-goods', 'profit-per-product'];
	const none = () => false;
	it('is the placement\'s lesson when it is on the path and not done', () => {
		const r = place({ steady: 'yes', money: 'yes', records: 'yes', profit: 'no' });
		expect(r.stage).toBe('finance-basics');
		expect(startLesson(path, none, r.firstLesson)).toBe('cost-of-goods');
	});
	it('else the first lesson not done; all done: the placement\'s lesson or the first', () => {
		expect(startLesson(path, (id) => id === 'cost-of-goods' || id === 'separate-business-money', 'cost-of-goods')).toBe('daily-bookkeeping');
		expect(startLesson(path, none, 'not-on-this-path')).toBe('separate-business-money');
		expect(startLesson(path, () => true, 'cost-of-goods')).toBe('cost-of-goods');
		expect(startLesson(path, () => true)).toBe('separate-business-money');
	});
	it('the path page prefers the lesson only on the path her latest result started her on', () => {
		const answers = answersQuery({ steady: 'yes', money: 'yes', records: 'yes', profit: 'no' }).slice(1);
		const s = recordPlacement(emptyPlacement(), rec('2026-11-01', 'finance-basics', answers, 'cost-of-goods'));
		expect(preferredFor(s, 'finance-basics')).toBe('cost-of-goods');
		expect(preferredFor(s, 'consistency')).toBeUndefined();
		expect(preferredFor(emptyPlacement(), 'finance-basics')).toBeUndefined();
	});
});
