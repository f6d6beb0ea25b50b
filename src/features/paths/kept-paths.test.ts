import { describe, expect, it } from 'vitest';
import { readText } from '../../core/device-store.ts';
import { decodeReceipt, encodeReceipt } from '../evidence/receipt.ts';
import { customRows } from './kept-paths-view.ts';
import { customPathId, emptyKept, forgetCustomPath, importKept, isProgramTag, keepCustomPath, keepProgram, KEPT_KIND, latestProgram, MAX_KEPT_PATHS, mergeKept, programFromQuery, programOf } from './kept-paths.ts';

const rules = { lessons: new Set(['hpp', 'harga', 'foto']), paths: new Set(['finance-basics', 'tahap-1']), today: '2026-12-02' };

describe('program tags', () => {
	it('accepts a-z, 0-9 and single hyphens up to 32 characters, and ignores anything else', () => {
		expect(programFromQuery('?program=desa-maju-2026')).toBe('desa-maju-2026');
		expect(programFromQuery('program=KUR-Batch')).toBe('kur-batch');
		for (const bad of ['?program=', '?program=a_b', '?program=-a', '?program=a--b', `?program=${'a'.repeat(33)}`, '?program=%3Cscript%3E', '?program=a%20b', '?x=1']) expect(programFromQuery(bad)).toBeUndefined();
		expect(isProgramTag('a'.repeat(32))).toBe(true);
		expect(isProgramTag('constructor')).toBe(true);
	});

	it('a tag accepted here goes into a receipt and comes back out', () => {
		const tag = programFromQuery('?program=pelatihan-umkm-7')!;
		const code = encodeReceipt({ made: '2026-12-02', program: tag, lessons: [{ lesson: 'hpp', finished: true, firstTry: { 0: true } }], doNow: [] });
		const back = decodeReceipt(code, { lessons: ['hpp'], today: '2026-12-02' });
		expect(back.ok && back.receipt.program).toBe('pelatihan-umkm-7');
	});

	it('keeps the tag a path was started from; a later link does not replace it', () => {
		let s = keepProgram(emptyKept(), 'tahap-1', 'kelas-a', '2026-11-01');
		s = keepProgram(s, 'tahap-1', 'kelas-b', '2026-12-01');
		s = keepProgram(s, 'tahap-1', 'Not OK', '2026-12-01');
		expect(programOf(s, 'tahap-1')).toEqual({ tag: 'kelas-a', at: '2026-11-01' });
		expect(programOf(s, 'constructor')).toBeUndefined();
		s = keepProgram(s, 'finance-basics', 'kelas-c', '2026-11-20');
		expect(latestProgram(s)).toEqual({ pathId: 'finance-basics', tag: 'kelas-c' });
	});
});

describe('kept custom paths', () => {
	it('keeps a path once, with its first day, newest first, and its tag', () => {
		let { state, id } = keepCustomPath(emptyKept(), { title: 'Kelas Desa', lessons: ['hpp', 'harga', 'hpp'] }, '2026-11-01', 'desa');
		expect(state.custom).toEqual([{ id, title: 'Kelas Desa', lessons: ['hpp', 'harga'], started: '2026-11-01' }]);
		({ state } = keepCustomPath(state, { title: 'Lain', lessons: ['foto'] }, '2026-11-05'));
		({ state } = keepCustomPath(state, { title: 'Kelas Desa', lessons: ['hpp', 'harga'] }, '2026-12-01', 'other'));
		expect(state.custom.map((p) => [p.title, p.started])).toEqual([['Kelas Desa', '2026-11-01'], ['Lain', '2026-11-05']]);
		expect(programOf(state, id)?.tag).toBe('desa');
		expect(id).toBe(customPathId(['hpp', 'harga'], 'Kelas Desa'));
	});

	it('cleans the title someone else wrote, and keeps at most MAX_KEPT_PATHS', () => {
		let state = emptyKept();
		for (let i = 0; i < MAX_KEPT_PATHS + 3; i++) state = keepCustomPath(state, { title: `Jalur \u202e${i}`, lessons: ['hpp'] }, '2026-11-01', `p${i}`).state;
		expect(state.custom).toHaveLength(MAX_KEPT_PATHS);
		expect(state.custom[0]!.title).toBe(`Jalur ${MAX_KEPT_PATHS + 2}`);
		// The tags of forgotten paths go with them.
		expect(Object.keys(state.programs)).toHaveLength(MAX_KEPT_PATHS);
	});

	it('survives export → import with known lessons and paths only; bad data is dropped, not thrown', () => {
		let { state, id } = keepCustomPath(emptyKept(), { title: 'Kelas', lessons: ['hpp', 'gone'] }, '2026-11-01', 'desa');
		state = keepProgram(state, 'tahap-1', 'desa', '2026-11-02');
		state = keepProgram(state, 'old-path', 'x', '2026-11-02');
		const back = importKept(JSON.parse(JSON.stringify(state)), rules)!;
		// 'gone' is not a lesson of this release: the path is the same lessons without it, under its own id.
		expect(back.custom.map((p) => p.lessons)).toEqual([['hpp']]);
		expect(back.programs['tahap-1']).toEqual({ tag: 'desa', at: '2026-11-02' });
		expect(Object.hasOwn(back.programs, 'old-path')).toBe(false);
		expect(Object.hasOwn(back.programs, id)).toBe(false);
		expect(importKept({ v: 2, custom: [] }, rules)).toBeNull();
		for (const bad of [null, 'x', [], { v: 1, custom: 'x', programs: [] }, { v: 1, custom: [{ title: 1 }, null, { title: 'a', lessons: ['hpp'], started: '2030-01-01' }], programs: { tahap_1: { tag: 'a', at: '2026-01-01' }, 'tahap-1': { tag: 'A B', at: '2026-01-01' } } }]) {
			const r = importKept(bad, rules);
			expect(r === null || (r.custom.length === 0 && Object.keys(r.programs).length === 0)).toBe(true);
		}
	});

	it('merges two devices without losing a path; the earliest start and tag win', () => {
		const a = keepCustomPath(emptyKept(), { title: 'A', lessons: ['hpp'] }, '2026-11-03', 'x').state;
		const b = keepCustomPath(keepCustomPath(emptyKept(), { title: 'B', lessons: ['foto'] }, '2026-11-04').state, { title: 'A', lessons: ['hpp'] }, '2026-11-01', 'y').state;
		const m = mergeKept(a, b);
		expect(m.custom.map((p) => [p.title, p.started])).toEqual([['A', '2026-11-01'], ['B', '2026-11-04']]);
		expect(programOf(m, customPathId(['hpp'], 'A'))?.tag).toBe('y');
	});

	it('forgets one path and its tag, nothing else; it stays gone through export → import', () => {
		let { state, id } = keepCustomPath(emptyKept(), { title: 'Kelas Desa', lessons: ['hpp'] }, '2026-11-01', 'desa');
		({ state } = keepCustomPath(state, { title: 'Lain', lessons: ['foto'] }, '2026-11-05', 'lain'));
		state = keepProgram(state, 'tahap-1', 'kur', '2026-11-02');
		const after = forgetCustomPath(state, id);
		expect(after.custom.map((p) => p.title)).toEqual(['Lain']);
		expect(Object.hasOwn(after.programs, id)).toBe(false);
		expect(Object.keys(after.programs).sort()).toEqual([customPathId(['foto'], 'Lain'), 'tahap-1'].sort());
		expect(forgetCustomPath(after, id)).toBe(after);
		expect(forgetCustomPath(after, 'constructor')).toBe(after);
		const back = importKept(JSON.parse(JSON.stringify(after)), rules)!;
		expect(back.custom.map((p) => p.title)).toEqual(['Lain']);
		expect(mergeKept(emptyKept(), back).custom.map((p) => p.title)).toEqual(['Lain']);
	});

	it('is device data: stored text reads back, a newer release locks it', () => {
		const state = keepCustomPath(emptyKept(), { title: 'A', lessons: ['hpp'] }, '2026-11-03').state;
		expect(readText(KEPT_KIND, JSON.stringify(state))).toMatchObject({ state: 'ok', value: state });
		expect(readText(KEPT_KIND, JSON.stringify({ v: 2 }))).toMatchObject({ state: 'locked', reason: 'newer' });
	});
});

describe('kept custom paths as Belajarku rows', () => {
	it('lists only lessons this language has, links back to the path, and names an untitled path', () => {
		const state = keepCustomPath(keepCustomPath(emptyKept(), { title: '', lessons: ['hpp', 'harga'] }, '2026-11-01').state, { title: 'Kosong', lessons: ['gone'] }, '2026-11-02').state;
		const rows = customRows(state, { hpp: {}, foto: {} }, '/jalur/susun/', 'Jalur belajar pilihan');
		expect(rows).toEqual([{ id: customPathId(['hpp', 'harga'], ''), kind: 'custom', title: 'Jalur belajar pilihan', url: '/jalur/susun/?l=hpp,harga', lessons: ['hpp'], started: '2026-11-01' }]);
	});
});
