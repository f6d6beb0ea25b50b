import { describe, expect, it } from 'vitest';
import { readText } from '../../core/device-store.ts';
import { CLASSES_KIND, MAX_RECEIPTS, addClass, addReceipts, classCsv, emptyClasses, exportClasses, importClasses, mergeClasses, people, placementChange, prePostByQuestion, questionStats, stageNumber, removeClass, removeReceipt, splitCodes } from './classes.ts';
import { encodeReceipt, type PlacementMark, type Receipt } from './receipt.ts';

const ctx = { lessons: ['cost-of-goods', 'product-photos', 'daily-bookkeeping'], workshops: ['harga-dan-untung'], today: '2026-12-01' };
const sari = encodeReceipt({ made: '2026-11-30', name: 'Sari', lessons: [{ lesson: 'cost-of-goods', finished: true, firstTry: { 0: false, 1: true } }, { lesson: 'product-photos', finished: true, firstTry: { 0: false } }], doNow: [] });
const budi = encodeReceipt({ made: '2026-12-01', name: 'Budi', lessons: [{ lesson: 'cost-of-goods', finished: false, firstTry: { 0: false, 1: false } }], doNow: [] });
const withClass = () => addClass(emptyClasses(), { id: 'k1', name: 'Kelas Desa Sukamaju', date: '2026-12-01', plan: 'workshop:harga-dan-untung' });
const decoded = (s: ReturnType<typeof withClass>) => s.classes[0]!.receipts;

describe('classes on the trainer device', () => {
	it('adds codes pasted as a whole chat, each once', () => {
		const chat = `[10.01] Sari: Catatan belajar\nKode:\n${sari}\n[10.02] Budi: ${budi.toLowerCase()} makasih bu`;
		expect(splitCodes(chat)).toHaveLength(2);
		const { state, outcomes } = addReceipts(withClass(), 'k1', chat, ctx);
		expect(outcomes.map((o) => o.kind)).toEqual(['added', 'added']);
		expect(decoded(state).map((r) => r.code)).toEqual([sari, budi]);
		const again = addReceipts(state, 'k1', sari, ctx);
		expect(again.outcomes[0]!.kind).toBe('duplicate');
		expect(again.state).toBe(state);
	});

	it('refuses bad, foreign, tampered and oversized codes without touching the class', () => {
		const { state } = addReceipts(withClass(), 'k1', sari, ctx);
		const tampered = sari.slice(0, 20) + (sari[20] === 'A' ? 'B' : 'A') + sari.slice(21);
		for (const [text, problem] of [
			['hello', 'foreign'],
			[tampered, 'tampered'],
			['NK1:ZZ', 'malformed'],
			[`NK1:${'A'.repeat(5000)}`, 'oversized'],
			['NK9:ABC', 'newer'],
		] as const) {
			const out = addReceipts(state, 'k1', text, ctx);
			expect(out.outcomes).toEqual([{ kind: 'refused', problem }]);
			expect(out.state).toBe(state);
		}
	});

	it('removes one receipt from one class, leaving the others', () => {
		const { state } = addReceipts(withClass(), 'k1', `${sari}\n${budi}`, ctx);
		const other = addReceipts(addClass(state, { id: 'k2', name: 'Kelas lain', date: '2026-12-02', plan: '' }), 'k2', sari, ctx).state;
		const after = removeReceipt(other, 'k1', sari);
		expect(decoded(after).map((r) => r.code)).toEqual([budi]);
		expect(after.classes[1]!.receipts.map((r) => r.code)).toEqual([sari]);
	});

	it('stops at the receipt cap', () => {
		let state = withClass();
		for (let i = 0; i < MAX_RECEIPTS; i++) state = { ...state, classes: [{ ...state.classes[0]!, receipts: [...state.classes[0]!.receipts, { code: `NK1:${i.toString(32).toUpperCase()}`, added: '2026-12-01' }] }] };
		expect(addReceipts(state, 'k1', sari, ctx).outcomes).toEqual([{ kind: 'refused', problem: 'class-full' }]);
	});

	it('exports and imports classes with the same protections, merging without loss', () => {
		const { state } = addReceipts(withClass(), 'k1', `${sari}\n${budi}`, ctx);
		const file = exportClasses(state, '2026-12-01');
		const back = importClasses(file);
		expect(back).toEqual({ ok: true, state });
		expect(importClasses('{"app":"other"}')).toEqual({ ok: false, error: 'not-naik-kelas' });
		expect(importClasses(JSON.stringify({ app: 'naik-kelas', kind: 'classes', classes: { v: 2, classes: [] } }))).toEqual({ ok: false, error: 'newer-version' });
		expect(importClasses('x'.repeat(2_000_001))).toEqual({ ok: false, error: 'too-large' });
		const odd = JSON.parse(file);
		odd.classes.classes[0].receipts.push({ code: '<script>', added: '2026-12-01' }, { code: sari, added: 'yesterday' });
		odd.classes.classes.push({ id: 'constructor!', name: 'x', date: '2026-12-01' });
		expect(importClasses(JSON.stringify(odd))).toEqual({ ok: true, state });
		const merged = mergeClasses(withClass(), state);
		expect(merged.classes[0]!.receipts).toHaveLength(2);
		expect(removeClass(merged, 'k1').classes).toEqual([]);
	});

	it('keeps a newer release’s classes read-only (device store)', () => {
		expect(readText(CLASSES_KIND, JSON.stringify({ v: 2, classes: [] })).state).toBe('locked');
		expect(readText(CLASSES_KIND, JSON.stringify({ v: 1, classes: [] })).state).toBe('ok');
	});
});

describe('the class view', () => {
	const r = (x: Partial<Receipt> & { made: string }): Receipt => ({ format: 1, lessons: [], doNow: [], ...x });
	const receipts = [
		r({ made: '2026-12-01', name: 'Sari', pre: { workshop: 'w', lessons: [{ lesson: 'cost-of-goods', finished: false, firstTry: { 0: false, 1: false } }] } }),
		r({ made: '2026-12-01', name: ' sari ', lessons: [{ lesson: 'cost-of-goods', finished: true, firstTry: { 0: false, 1: true } }], post: { workshop: 'w', lessons: [{ lesson: 'cost-of-goods', finished: false, firstTry: { 0: true, 1: true } }] } }),
		r({ made: '2026-12-01', name: 'Budi', lessons: [{ lesson: 'cost-of-goods', finished: false, firstTry: { 0: false, 1: true } }] }),
	];

	it('one row per learner, questions most often wrong first, the change before → after', () => {
		const ps = people(receipts);
		expect(ps.map((p) => p.name)).toEqual(['Sari', 'Budi']);
		expect(questionStats(ps, ['cost-of-goods'])[0]).toEqual({ lesson: 'cost-of-goods', question: 0, answered: 2, wrong: 2 });
		expect(prePostByQuestion(ps)).toEqual([
			{ lesson: 'cost-of-goods', question: 0, before: 0, after: 1, people: 1 },
			{ lesson: 'cost-of-goods', question: 1, before: 0, after: 1, people: 1 },
		]);
		const csv = classCsv(ps, ['cost-of-goods'], { name: 'Nama', made: 'Dibuat', program: 'Program', finished: 'Selesai', firstTry: 'Percobaan pertama', pre: 'Awal', post: 'Akhir', placementThen: 'Tahap dulu', placementNow: 'Tahap sekarang' });
		expect(csv.split('\r\n')[0]).toBe('Nama,Dibuat,Program,cost-of-goods,Selesai,Percobaan pertama,Awal,Akhir,Tahap dulu,Tahap sekarang');
		expect(csv.split('\r\n')[1]).toBe('Sari,2026-12-01,,1,1,1/2,0/2,2/2,,');
		expect(classCsv([{ ...ps[1]!, name: '=HYPERLINK("x")' }], [], { name: 'n', made: 'm', program: 'p', finished: 'f', firstTry: 't', pre: 'a', post: 'b', placementThen: 'x', placementNow: 'y' })).toContain(`"'=HYPERLINK(""x"")"`);
	});

	it('placement before/after per person (earliest then, latest now) and for the group, and in the CSV', () => {
		const mark = (stage: PlacementMark['stage'], at: string): PlacementMark => ({ stage, at });
		const ps = people([
			r({ made: '2026-11-01', name: 'Sari', placement: { first: mark('finance-basics', '2026-10-01'), latest: mark('finance-basics', '2026-10-01') } }),
			r({ made: '2026-12-01', name: 'Sari', placement: { first: mark('consistency', '2026-09-01'), latest: mark('social-commerce', '2026-11-30') } }),
			r({ made: '2026-12-01', name: 'Budi', placement: { first: mark('level-up', '2026-09-01'), latest: mark('level-up', '2026-11-30') } }),
			r({ made: '2026-12-01', name: 'Ani', placement: { first: mark('growth', '2026-09-01'), latest: mark('level-up', '2026-11-30') } }),
			r({ made: '2026-12-01', name: 'Dewi' }),
		]);
		expect(ps[0]!.placement).toEqual({ first: mark('consistency', '2026-09-01'), latest: mark('social-commerce', '2026-11-30') });
		expect(placementChange(ps)).toEqual({ people: 3, up: 1, same: 1, down: 1 });
		expect(stageNumber('growth')).toBe(6);
		const head = { name: 'n', made: 'm', program: 'p', finished: 'f', firstTry: 't', pre: 'a', post: 'b', placementThen: 'x', placementNow: 'y' };
		const rows = classCsv(ps, [], head).split('\r\n');
		expect(rows[1]!.endsWith(',1,3')).toBe(true);
		expect(rows[4]!.endsWith(',,')).toBe(true);
	});
});
