import { describe, expect, it } from 'vitest';
import { readText } from '../../core/device-store.ts';
import {
	REVIEW_KIND,
	addDays,
	answer,
	daysUntilNext,
	dueCards,
	emptyReview,
	enrol,
	importReview,
	isDay,
	localDay,
	mergeReview,
	optionOrder,
	parseCardId,
	setReviewOff,
	settle,
	type ReviewState,
} from './review.ts';

const questions = new Map([
	['cost-of-goods', 4],
	['pricing-with-fees', 3],
]);
const start = (today = '2026-12-01') => enrol(emptyReview(), new Map([['cost-of-goods', today]]), questions, today);

describe('review schedule (Leitner: 1, 7, 30 days)', () => {
	it('puts every question of a finished lesson in box 1, due the next day', () => {
		const s = start();
		expect(Object.keys(s.cards)).toEqual(['cost-of-goods.0', 'cost-of-goods.1', 'cost-of-goods.2', 'cost-of-goods.3']);
		expect(s.cards['cost-of-goods.0']).toEqual({ box: 1, due: '2026-12-02' });
		expect(dueCards(s, '2026-12-01')).toEqual([]);
		expect(dueCards(s, '2026-12-02')).toHaveLength(4);
	});

	it('enrolling again keeps the cards already scheduled', () => {
		const s = answer(start(), 'cost-of-goods.0', true, '2026-12-02');
		expect(enrol(s, new Map([['cost-of-goods', '2026-12-01']]), questions, '2026-12-05')).toBe(s);
	});

	it('a lesson finished long ago is due at once; one finished yesterday (maybe the UTC day) waits for tomorrow', () => {
		const old = enrol(emptyReview(), new Map([['pricing-with-fees', '2026-10-01']]), questions, '2026-12-01');
		expect(old.cards['pricing-with-fees.0']!.due).toBe('2026-10-02');
		expect(dueCards(old, '2026-12-01')).toHaveLength(3);
		const skew = enrol(emptyReview(), new Map([['pricing-with-fees', '2026-11-30']]), questions, '2026-12-01');
		expect(skew.cards['pricing-with-fees.0']!.due).toBe('2026-12-02');
	});

	it('right moves a card to the next box (7, then 30 days), then it is learned; wrong sends it back to box 1', () => {
		let s = start();
		const id = 'cost-of-goods.1';
		s = answer(s, id, true, '2026-12-02');
		expect(s.cards[id]).toEqual({ box: 2, due: '2026-12-09' });
		expect(daysUntilNext(s, id, '2026-12-02')).toBe(7);
		s = answer(s, id, true, '2026-12-09');
		expect(s.cards[id]).toEqual({ box: 3, due: '2027-01-08' });
		const wrong = answer(s, id, false, '2027-01-08');
		expect(wrong.cards[id]).toEqual({ box: 1, due: '2027-01-09' });
		s = answer(s, id, true, '2027-01-08');
		expect(s.cards[id]).toEqual({ box: 4 });
		expect(daysUntilNext(s, id, '2027-01-08')).toBeNull();
		expect(dueCards(s, '2099-01-01')).not.toContain(id);
	});

	it('shows at most 5 a visit, oldest due first', () => {
		let s = enrol(emptyReview(), new Map([['cost-of-goods', '2026-10-01'], ['pricing-with-fees', '2026-09-01']]), questions, '2026-12-01');
		expect(dueCards(s, '2026-12-01')).toEqual(['pricing-with-fees.0', 'pricing-with-fees.1', 'pricing-with-fees.2', 'cost-of-goods.0', 'cost-of-goods.1']);
		for (const id of dueCards(s, '2026-12-01')) s = answer(s, id, true, '2026-12-01');
		expect(dueCards(s, '2026-12-01')).toEqual(['cost-of-goods.2', 'cost-of-goods.3']);
	});

	it('turned off, nothing is due; turned on again, the same cards come back', () => {
		const s = start();
		const off = setReviewOff(s, true);
		expect(dueCards(off, '2026-12-10')).toEqual([]);
		expect(dueCards(setReviewOff(off, false), '2026-12-10')).toHaveLength(4);
	});

	it('answering an unknown card or on an invalid day changes nothing', () => {
		const s = start();
		expect(answer(s, 'constructor', true, '2026-12-02')).toBe(s);
		expect(answer(s, 'cost-of-goods.0', true, 'not-a-day')).toBe(s);
	});

	it('options come in a stable shuffled order', () => {
		expect(optionOrder('cost-of-goods.0', 4)).toEqual(optionOrder('cost-of-goods.0', 4));
		expect([...optionOrder('cost-of-goods.0', 4)].sort()).toEqual([0, 1, 2, 3]);
		const firsts = new Set(Array.from({ length: 40 }, (_, i) => optionOrder(`lesson-${i}.0`, 3)[0]));
		expect(firsts.size).toBe(3);
	});
});

describe('a day is the learner’s local calendar day', () => {
	// 16:30 UTC: 23:30 in Jakarta (WIB), 00:30 next day in Makassar (WITA), 01:30 in Jayapura (WIT).
	const instant = new Date('2026-12-01T16:30:00Z');
	it('Asia/Jakarta, Makassar and Jayapura', () => {
		expect(localDay(instant, 'Asia/Jakarta')).toBe('2026-12-01');
		expect(localDay(instant, 'Asia/Makassar')).toBe('2026-12-02');
		expect(localDay(instant, 'Asia/Jayapura')).toBe('2026-12-02');
	});

	it('a card due tomorrow is due at the same instant in Makassar and Jayapura, not yet in Jakarta', () => {
		const s = start('2026-12-01');
		expect(dueCards(s, localDay(instant, 'Asia/Jakarta'))).toEqual([]);
		expect(dueCards(s, localDay(instant, 'Asia/Makassar'))).toHaveLength(4);
		expect(dueCards(s, localDay(instant, 'Asia/Jayapura'))).toHaveLength(4);
	});

	it('early morning in Jayapura (still yesterday in UTC) does not count as the next day', () => {
		// Finished at 07:00 WIT on 2 December = 22:00 UTC on 1 December: progress may record "2026-12-01".
		const today = localDay(new Date('2026-12-01T22:00:00Z'), 'Asia/Jayapura')!;
		expect(today).toBe('2026-12-02');
		const s = enrol(emptyReview(), new Map([['cost-of-goods', '2026-12-01']]), questions, today);
		expect(dueCards(s, today)).toEqual([]);
		expect(dueCards(s, '2026-12-03')).toHaveLength(4);
	});

	it('month and year ends', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
	});
});

describe('clock changes', () => {
	it('an invalid clock or time zone shows nothing and changes nothing', () => {
		expect(localDay(new Date(Number.NaN))).toBeNull();
		expect(localDay(new Date(8.64e15 + 1))).toBeNull();
		expect(localDay(new Date('2026-12-01T00:00:00Z'), 'Mars/Olympus')).toBeNull();
		const s = start();
		expect(dueCards(s, localDay(new Date(Number.NaN)))).toEqual([]);
		expect(isDay('2026-02-30')).toBe(false);
		expect(isDay('1999-12-31')).toBe(false);
	});

	it('clock moved back: cards answered "in the future" come back within their interval from the real today', () => {
		// The phone thought it was 2031; a card answered then was due in 2031 + 7 days.
		let s = answer(start(), 'cost-of-goods.0', true, '2031-05-01');
		expect(s.cards['cost-of-goods.0']!.due).toBe('2031-05-08');
		s = settle(s, '2026-12-03');
		expect(s.cards['cost-of-goods.0']).toEqual({ box: 2, due: '2026-12-10' });
		expect(dueCards(s, '2026-12-10')).toContain('cost-of-goods.0');
	});

	it('clock moved back a day: nothing is due that day, the card keeps its box and comes back the next day', () => {
		const s = settle(start('2026-12-01'), '2026-11-30');
		expect(dueCards(s, '2026-11-30')).toEqual([]);
		expect(s.cards['cost-of-goods.0']).toEqual({ box: 1, due: '2026-12-01' });
		expect(settle(start('2026-12-01'), '2026-12-01')).toEqual(start('2026-12-01'));
	});

	it('clock far forward: at most 5 cards, the rest wait; nothing is marked learned by the jump', () => {
		const s = start();
		const due = dueCards(s, '2099-01-01');
		expect(due).toHaveLength(4);
		expect(Object.values(s.cards).every((c) => c.box === 1)).toBe(true);
	});
});

describe('review as device data and in the export', () => {
	const rules = { questions };
	it('stores and reads back; odd entries are dropped', () => {
		const s = start();
		expect(readText(REVIEW_KIND, JSON.stringify(s))).toEqual({ state: 'ok', value: s, from: 1 });
		const odd = { v: 1, off: 'yes', cards: { 'cost-of-goods.0': { box: 9, due: '2026-12-02' }, 'x.1': { box: 1, due: '2026-13-01' }, 'constructor.0': { box: 1, due: '2026-12-02' }, 'cost-of-goods.2': { box: 4 } } };
		expect(REVIEW_KIND.validate(odd)).toEqual({ v: 1, off: false, cards: { 'cost-of-goods.2': { box: 4 } } });
		expect(readText(REVIEW_KIND, JSON.stringify({ v: 2, cards: {} })).state).toBe('locked');
	});

	it('an import keeps known lessons and questions only, and refuses too many cards', () => {
		const raw = { v: 1, off: true, cards: { 'cost-of-goods.3': { box: 2, due: '2026-12-09' }, 'cost-of-goods.7': { box: 1, due: '2026-12-02' }, 'made-up.0': { box: 1, due: '2026-12-02' } } };
		expect(importReview(raw, rules)).toEqual({ v: 1, off: true, cards: { 'cost-of-goods.3': { box: 2, due: '2026-12-09' } } });
		expect(importReview({ v: 2, cards: {} }, rules)).toBeNull();
		expect(importReview('NK1.', rules)).toBeNull();
		const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`l${i}.0`, { box: 1, due: '2026-12-02' }]));
		expect(importReview({ v: 1, cards: many }, rules)).toBeNull();
	});

	it('merging keeps the further box; off wins', () => {
		const a: ReviewState = { v: 1, off: false, cards: { 'cost-of-goods.0': { box: 2, due: '2026-12-09' }, 'cost-of-goods.1': { box: 1, due: '2026-12-02' } } };
		const b: ReviewState = { v: 1, off: true, cards: { 'cost-of-goods.0': { box: 1, due: '2026-12-03' }, 'cost-of-goods.1': { box: 3, due: '2027-01-01' } } };
		expect(mergeReview(a, b)).toEqual({ v: 1, off: true, cards: { 'cost-of-goods.0': { box: 2, due: '2026-12-09' }, 'cost-of-goods.1': { box: 3, due: '2027-01-01' } } });
	});

	it('card ids', () => {
		expect(parseCardId('cost-of-goods.3')).toEqual({ lessonId: 'cost-of-goods', question: 3 });
		expect(parseCardId('toString.0')).toBeNull();
		expect(parseCardId('Cost.0')).toBeNull();
	});
});
