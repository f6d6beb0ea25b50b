import { describe, expect, it } from 'vitest';
import { readText } from '../../core/device-store.ts';
import { ATTEMPTS_KIND, emptyAttempts, firstTry, importAttempts, mergeAttempts, recordFirst, recordRetry } from './first-attempts.ts';

const rules = { lessons: new Set(['hitung-hpp', 'foto-produk']), paths: new Set<string>(), today: '2026-12-01' };

describe('first attempts', () => {
	it('keeps the first answer to a question, whatever comes after', () => {
		let s = recordFirst(emptyAttempts(), 'hitung-hpp', 0, false, '2026-11-30T10:00:00Z');
		s = recordFirst(s, 'hitung-hpp', 0, true, '2026-11-30T10:01:00Z');
		s = recordFirst(s, 'hitung-hpp', 1, true, '2026-11-30T10:02:00Z');
		expect(s.lessons['hitung-hpp']!.first).toEqual({ 0: { ok: false, at: '2026-11-30T10:00:00Z' }, 1: { ok: true, at: '2026-11-30T10:02:00Z' } });
		expect(firstTry(s, 'hitung-hpp')).toEqual({ right: 1, answered: 2 });
	});

	it('records the retry apart: it never overwrites the first attempt', () => {
		let s = recordFirst(emptyAttempts(), 'hitung-hpp', 2, false, '2026-11-30T10:00:00Z');
		s = recordRetry(s, 'hitung-hpp', 2, true, '2026-11-30T10:01:00Z');
		s = recordRetry(s, 'hitung-hpp', 2, false, '2026-11-30T10:02:00Z');
		expect(s.lessons['hitung-hpp']).toEqual({ first: { 2: { ok: false, at: '2026-11-30T10:00:00Z' } }, retry: { 2: { ok: true, at: '2026-11-30T10:01:00Z' } } });
		expect(firstTry(s, 'hitung-hpp')).toEqual({ right: 0, answered: 1 });
	});

	it('ignores odd ids and indexes', () => {
		const s = emptyAttempts();
		expect(recordFirst(s, 'constructor', 0, true, '2026-11-30')).toBe(s);
		expect(recordFirst(s, 'hitung-hpp', 99, true, '2026-11-30')).toBe(s);
		expect(firstTry(s, 'toString')).toEqual({ right: 0, answered: 0 });
	});

	it('reads stored data through the device store rules: newer versions are read-only', () => {
		const good = { v: 1, lessons: { 'hitung-hpp': { first: { 0: { ok: true, at: '2026-11-30' } }, retry: {} } } };
		expect(readText(ATTEMPTS_KIND, JSON.stringify(good))).toMatchObject({ state: 'ok', value: good });
		expect(readText(ATTEMPTS_KIND, JSON.stringify({ v: 2, lessons: {} }))).toMatchObject({ state: 'locked', reason: 'newer' });
		expect(readText(ATTEMPTS_KIND, '{oops')).toMatchObject({ state: 'locked', reason: 'unreadable' });
	});

	it('imports only known lessons, real dates not in the future, and sane sizes', () => {
		const raw = {
			v: 1,
			lessons: {
				'hitung-hpp': { first: { 0: { ok: true, at: '2026-11-30T10:00:00Z' }, 1: { ok: 'yes', at: '2026-11-30' }, 2: { ok: false, at: '2026-02-30' }, 3: { ok: true, at: '2027-05-01' }, 77: { ok: true, at: '2026-11-30' } }, retry: [] },
				'not-a-lesson': { first: { 0: { ok: true, at: '2026-11-30' } }, retry: {} },
				constructor: { first: { 0: { ok: true, at: '2026-11-30' } }, retry: {} },
			},
		};
		expect(importAttempts(raw, rules)).toEqual({ v: 1, lessons: { 'hitung-hpp': { first: { 0: { ok: true, at: '2026-11-30T10:00:00Z' } }, retry: {} } } });
		expect(importAttempts({ v: 9, lessons: {} }, rules)).toBeNull();
		expect(importAttempts('nope', rules)).toBeNull();
		const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`l-${i}`, { first: {}, retry: {} }]));
		expect(importAttempts({ v: 1, lessons: many }, rules)).toBeNull();
	});

	it('merges keeping the earlier answer of each question', () => {
		const a = recordFirst(emptyAttempts(), 'hitung-hpp', 0, true, '2026-11-30T12:00:00Z');
		const b = recordFirst(recordFirst(emptyAttempts(), 'hitung-hpp', 0, false, '2026-11-29T12:00:00Z'), 'foto-produk', 1, true, '2026-11-30T00:00:00Z');
		const m = mergeAttempts(a, b);
		expect(m.lessons['hitung-hpp']!.first[0]).toEqual({ ok: false, at: '2026-11-29T12:00:00Z' });
		expect(m.lessons['foto-produk']!.first[1]).toEqual({ ok: true, at: '2026-11-30T00:00:00Z' });
		expect(mergeAttempts(m, m)).toEqual(m);
	});
});
