import { describe, expect, it } from 'vitest';
import { emptyBook } from '../business-book/book.ts';
import { emptyAttempts, recordFirst } from '../progress/first-attempts.ts';
import { emptyProgress, markDone } from '../progress/progress.ts';
import { receiptFrom } from './from-device.ts';
import { emptyPlacement, recordPlacement } from '../placement/placement-record.ts';

describe('receipt from the device', () => {
	const progress = markDone(markDone(emptyProgress(), 'cost-of-goods', '2026-11-30'), 'product-photos', '2026-11-30');
	let attempts = recordFirst(emptyAttempts(), 'cost-of-goods', 0, false, '2026-11-30T10:00:00Z');
	attempts = recordFirst(attempts, 'cost-of-goods', 1, true, '2026-11-30T10:00:00Z');
	attempts = recordFirst(attempts, 'daily-bookkeeping', 0, true, '2026-11-30T10:00:00Z');
	const book = { ...emptyBook(), entries: [{ id: 'a1', key: 'hpp' as const, text: 'HPP Rp12.500', lesson: 'cost-of-goods', at: '2026-11-30' }, { id: 'a2', key: 'note' as const, text: 'private', lesson: 'cost-of-goods', at: '2026-11-30' }] };

	it('takes finished lessons and first tries, and no do-now result unless ticked', () => {
		const r = receiptFrom(progress, attempts, book, { lessons: true, doNow: [], made: '2026-12-01', name: '  Sari ' });
		expect(r.lessons).toEqual([
			{ lesson: 'cost-of-goods', finished: true, firstTry: { 0: false, 1: true } },
			{ lesson: 'daily-bookkeeping', finished: false, firstTry: { 0: true } },
			{ lesson: 'product-photos', finished: true, firstTry: {} },
		]);
		expect(r.doNow).toEqual([]);
		expect(r.name).toBe('Sari');
	});

	it('adds only the business-book entries she ticked', () => {
		const r = receiptFrom(progress, attempts, book, { lessons: false, doNow: ['a1'], made: '2026-12-01' });
		expect(r.lessons).toEqual([]);
		expect(r.doNow).toEqual([{ lesson: 'cost-of-goods', key: 'hpp', text: 'HPP Rp12.500' }]);
	});

	it('adds her first and latest placement only when she ticks it', () => {
		let kept = recordPlacement(emptyPlacement(), { at: '2026-09-01', stage: 'consistency', answers: 'steady=no' });
		kept = recordPlacement(kept, { at: '2026-10-01', stage: 'finance-basics', answers: 'steady=yes&money=no' });
		kept = recordPlacement(kept, { at: '2026-11-20', stage: 'social-commerce', answers: 'steady=yes&money=yes&records=yes&profit=yes&chat=no' });
		const choice = { lessons: true, doNow: [], made: '2026-12-01' };
		expect(receiptFrom(progress, attempts, book, choice, kept).placement).toBeUndefined();
		expect(receiptFrom(progress, attempts, book, { ...choice, placement: true }, kept).placement).toEqual({ first: { stage: 'consistency', at: '2026-09-01' }, latest: { stage: 'social-commerce', at: '2026-11-20' } });
		expect(receiptFrom(progress, attempts, book, { ...choice, placement: true }, emptyPlacement()).placement).toBeUndefined();
	});
});
