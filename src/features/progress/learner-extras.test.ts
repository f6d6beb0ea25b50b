import { describe, expect, it } from 'vitest';
import { addEntry, emptyBook } from '../business-book/book.ts';
import { emptyAttempts, recordFirst, recordRetry } from './first-attempts.ts';
import { emptyPlacement, recordPlacement } from '../placement/placement-record.ts';
import { extrasForExport, mergeImportedExtras } from './learner-extras.ts';
import { emptyProgress, exportCode, exportFile, importProgress, MAX_IMPORT_CHARS } from './progress.ts';

const rules = { lessons: new Set(['cost-of-goods', 'pricing-with-fees']), paths: new Set<string>(), today: '2026-12-01' };

const attempts = recordRetry(recordFirst(emptyAttempts(), 'cost-of-goods', 0, false, '2026-11-30T10:00:00.000Z'), 'cost-of-goods', 0, true, '2026-11-30T10:01:00.000Z');
const book = addEntry(emptyBook(), { id: 'abc1', key: 'hpp', text: 'Keripik Rp12.500', lesson: 'cost-of-goods', at: '2026-11-12' });
const saved = { firstAttempts: attempts, businessBook: book, placement: emptyPlacement() };

describe('first attempts and the business book in the progress export', () => {
	it('survive export → clear → import, by code and by file', () => {
		for (const text of [exportCode(emptyProgress(), extrasForExport(saved)), exportFile(emptyProgress(), '2026-12-01T00:00:00Z', extrasForExport(saved))]) {
			const result = importProgress(text, rules);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			const { next, changed } = mergeImportedExtras({ firstAttempts: emptyAttempts(), businessBook: emptyBook(), placement: emptyPlacement() }, result.extras, rules);
			expect(next).toEqual(saved);
			expect(changed).toEqual(['firstAttempts', 'businessBook']);
		}
	});

	it('importing the same again changes nothing', () => {
		const result = importProgress(exportCode(emptyProgress(), extrasForExport(saved)), rules);
		if (!result.ok) throw new Error('refused');
		expect(mergeImportedExtras(saved, result.extras, rules).changed).toEqual([]);
	});

	it('keep the first attempt already on the device, and drop bad data', () => {
		const device = { firstAttempts: recordFirst(emptyAttempts(), 'cost-of-goods', 0, true, '2026-11-29T08:00:00.000Z'), businessBook: emptyBook(), placement: emptyPlacement() };
		const bad = { firstAttempts: { v: 1, lessons: { 'cost-of-goods': { first: { 0: { ok: true, at: '2099-01-01' } }, retry: {} }, constructor: {} } }, businessBook: { v: 1, entries: [{ id: 'x', key: 'password', text: 'x', at: '2026-11-01' }] } };
		const result = importProgress(exportFile(emptyProgress(), '2026-12-01T00:00:00Z', bad), rules);
		if (!result.ok) throw new Error('refused');
		expect(mergeImportedExtras(device, result.extras, rules)).toEqual({ next: device, changed: [] });
		const older = importProgress(exportFile(emptyProgress(), '2026-12-01T00:00:00Z', extrasForExport(saved)), rules);
		if (!older.ok) throw new Error('refused');
		expect(mergeImportedExtras(device, older.extras, rules).next.firstAttempts.lessons['cost-of-goods']!.first[0]).toEqual({ ok: true, at: '2026-11-29T08:00:00.000Z' });
	});

	it('an export without the fields (an older release) imports progress as before', () => {
		const result = importProgress(exportCode(emptyProgress()), rules);
		expect(result).toEqual({ ok: true, state: emptyProgress(), extras: {} });
		if (!result.ok) throw new Error('refused');
		expect(mergeImportedExtras(saved, result.extras, rules).changed).toEqual([]);
	});

	it('a newer business book is refused, and an oversized file is refused as a whole', () => {
		const result = importProgress(exportFile(emptyProgress(), '2026-12-01T00:00:00Z', { businessBook: { v: 9, entries: [] } }), rules);
		if (!result.ok) throw new Error('refused');
		expect(mergeImportedExtras(saved, result.extras, rules).changed).toEqual([]);
		const huge = { v: 1, entries: Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, key: 'note', text: 'x'.repeat(1000), at: '2026-11-01' })) };
		expect(importProgress(exportFile(emptyProgress(), '2026-12-01T00:00:00Z', { businessBook: huge }), rules)).toEqual({ ok: false, error: 'too-large' });
		expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_IMPORT_CHARS);
	});

	it('kept placement results survive export → clear → import, worked out again from their answers', () => {
		const kept = recordPlacement(recordPlacement(emptyPlacement(), { at: '2026-10-01', stage: 'consistency', first: 'steady-production', answers: 'sell=food&steady=no' }), {
			at: '2026-11-30',
			stage: 'finance-basics',
			first: 'cost-of-goods',
			answers: 'sell=food&steady=yes&money=yes&records=yes&profit=no',
		});
		const withPlacement = { ...saved, placement: kept };
		const lessonRules = { ...rules, lessons: new Set([...rules.lessons, 'steady-production']) };
		for (const text of [exportCode(emptyProgress(), extrasForExport(withPlacement)), exportFile(emptyProgress(), '2026-12-01T00:00:00Z', extrasForExport(withPlacement))]) {
			const result = importProgress(text, lessonRules);
			if (!result.ok) throw new Error('refused');
			const { next, changed } = mergeImportedExtras({ firstAttempts: emptyAttempts(), businessBook: emptyBook(), placement: emptyPlacement() }, result.extras, lessonRules);
			expect(next.placement).toEqual(kept);
			expect(changed).toContain('placement');
		}
		// Without a kept result the export has no placement field (backups stay as they were).
		expect(Object.keys(extrasForExport(saved))).not.toContain('placement');
	});

	it('an imported placement is not taken on trust: stage and lesson come from its answers; bad ones are dropped', () => {
		const forged = { v: 1, results: [
			{ at: '2026-11-01', stage: 'growth', first: 'financing-kur', answers: 'steady=no' },
			{ at: '2099-01-01', stage: 'growth', answers: 'steady=yes' },
			{ at: '2026-11-02', stage: 'nowhere', answers: 'steady=yes' },
			{ at: '2026-11-03', stage: 'growth', answers: '<script>' },
		] };
		const result = importProgress(exportFile(emptyProgress(), '2026-12-01T00:00:00Z', { placement: forged }), { ...rules, lessons: new Set(['steady-production']) });
		if (!result.ok) throw new Error('refused');
		const { next } = mergeImportedExtras({ ...saved, placement: emptyPlacement() }, result.extras, rules);
		expect(next.placement.results).toEqual([{ at: '2026-11-01', stage: 'consistency', answers: 'steady=no' }]);
		const newer = importProgress(exportFile(emptyProgress(), '2026-12-01T00:00:00Z', { placement: { v: 2, results: [] } }), rules);
		if (!newer.ok) throw new Error('refused');
		expect(mergeImportedExtras(saved, newer.extras, rules).changed).toEqual([]);
	});
});
