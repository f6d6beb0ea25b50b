import { describe, expect, it } from 'vitest';
import { readText } from '../../core/device-store.ts';
import { BUSINESS_BOOK_KEYS } from '../../core/schemas/lesson.ts';
import { BOOK_KEYS, BOOK_KIND, addEntry, amountIn, editEntry, emptyBook, importBook, latest, mergeBook, newEntryId, newestFirst, removeEntry, saveFromCalculator, startingPoints, type ChannelPrice } from './book.ts';

const rules = { lessons: new Set(['hitung-hpp', 'harga-jual-dan-biaya-platform']), paths: new Set<string>(), today: '2026-12-01' };
const pricesText = (prices: ChannelPrice[]) => prices.map((p) => `${p.channel}: ${p.price}`).join('; ');

describe('amountIn', () => {
	it('reads the Rupiah figure she wrote', () => {
		expect(amountIn('HPP keripik Rp12.500 per bungkus')).toBe(12500);
		expect(amountIn('Rp 9.000')).toBe(9000);
		expect(amountIn('3 bahan, Rp9.000')).toBe(9000);
		expect(amountIn('12500')).toBe(12500);
		expect(amountIn('12,500 per pack')).toBe(12500);
		expect(amountIn('belum tahu')).toBeUndefined();
	});
});

describe('business book', () => {
	it('knows exactly the kinds the lesson schema allows for saveAs', () => {
		expect(BOOK_KEYS).toEqual(BUSINESS_BOOK_KEYS);
	});

	it('adds an entry with its lesson and date, reading the HPP figure', () => {
		const book = addEntry(emptyBook(), { id: 'a1', key: 'hpp', text: '  Keripik: Rp12.500 ', lesson: 'hitung-hpp', at: '2026-11-12' });
		expect(book.entries).toEqual([{ id: 'a1', key: 'hpp', text: 'Keripik: Rp12.500', amount: 12500, lesson: 'hitung-hpp', at: '2026-11-12' }]);
		expect(latest(book, 'hpp')?.amount).toBe(12500);
	});

	it('refuses empty entries and unknown kinds', () => {
		expect(addEntry(emptyBook(), { id: 'a1', key: 'note', text: '   ', at: '2026-11-12' }).entries).toEqual([]);
		expect(addEntry(emptyBook(), { id: 'a1', key: 'recipe' as 'note', text: 'x', at: '2026-11-12' }).entries).toEqual([]);
	});

	it('edits (new date, figure read again) and deletes', () => {
		let book = addEntry(emptyBook(), { id: 'a1', key: 'hpp', text: 'Rp12.500', at: '2026-11-12' });
		book = editEntry(book, 'a1', 'Rp13.000 setelah harga minyak naik', '2026-11-20');
		expect(book.entries[0]).toMatchObject({ text: 'Rp13.000 setelah harga minyak naik', amount: 13000, at: '2026-11-20' });
		book = editEntry(book, 'a1', 'belum dihitung lagi', '2026-11-21');
		expect(book.entries[0]!.amount).toBeUndefined();
		expect(removeEntry(book, 'a1').entries).toEqual([]);
		const priced = addEntry(emptyBook(), { id: 'p', key: 'selling-price', text: 'Shopee: 20000', prices: [{ channel: 'Shopee', price: 20000 }], at: '2026-11-12' });
		expect(editEntry(priced, 'p', 'Shopee Rp21.000', '2026-11-13').entries[0]).toEqual({ id: 'p', key: 'selling-price', text: 'Shopee Rp21.000', at: '2026-11-13' });
	});

	it('lists newest first and finds the newest of a kind', () => {
		let book = addEntry(emptyBook(), { id: 'a', key: 'hpp', text: 'Rp10.000', at: '2026-11-01' });
		book = addEntry(book, { id: 'b', key: 'hpp', text: 'Rp11.000', at: '2026-11-12' });
		book = addEntry(book, { id: 'c', key: 'hpp', text: 'Rp12.000', at: '2026-11-12' });
		expect(newestFirst(book).map((e) => e.id)).toEqual(['c', 'b', 'a']);
		expect(latest(book, 'hpp')?.amount).toBe(12000);
	});

	it('saves HPP and the price per channel from the calculator, one channel row each', () => {
		let book = saveFromCalculator(emptyBook(), { ids: ['h1', 'p1'], hpp: { amount: 12500, text: 'Rp12.500' }, price: { channel: 'Shopee', price: 20000 }, pricesText, lesson: 'harga-jual-dan-biaya-platform', at: '2026-11-12' });
		book = saveFromCalculator(book, { ids: ['h2', 'p2'], hpp: { amount: 12500, text: 'Rp12.500' }, price: { channel: 'WhatsApp', price: 18000 }, pricesText, lesson: 'harga-jual-dan-biaya-platform', at: '2026-11-12' });
		book = saveFromCalculator(book, { ids: ['h3', 'p3'], hpp: { amount: 12500, text: 'Rp12.500' }, price: { channel: 'Shopee', price: 21000 }, pricesText, lesson: 'harga-jual-dan-biaya-platform', at: '2026-11-13' });
		expect(book.entries.filter((e) => e.key === 'hpp').map((e) => e.id)).toEqual(['h1']);
		const prices = book.entries.filter((e) => e.key === 'selling-price');
		expect(prices).toHaveLength(1);
		expect(prices[0]).toMatchObject({ id: 'p1', at: '2026-11-13', prices: [{ channel: 'WhatsApp', price: 18000 }, { channel: 'Shopee', price: 21000 }], text: 'WhatsApp: 18000; Shopee: 21000' });
	});

	it('shows a later lesson what it starts from', () => {
		let book = addEntry(emptyBook(), { id: 'a', key: 'hpp', text: 'Rp10.000', at: '2026-11-01' });
		book = addEntry(book, { id: 'b', key: 'selling-price', text: 'Shopee: 20000', prices: [{ channel: 'Shopee', price: 20000 }], at: '2026-11-02' });
		expect(startingPoints(book, 'price-list').map((e) => e.id)).toEqual(['b']);
		expect(startingPoints(book, 'selling-price').map((e) => e.id)).toEqual(['a', 'b']);
		expect(startingPoints(book, 'note')).toEqual([]);
	});

	it('makes unique entry ids', () => {
		const book = addEntry(emptyBook(), { id: (1000).toString(36), key: 'note', text: 'x', at: '2026-11-01' });
		expect(newEntryId(book, 1000)).toBe((1001).toString(36));
		expect(newEntryId(emptyBook(), 1000)).toBe((1000).toString(36));
	});

	it('reads stored data through the device store: newer versions are read-only', () => {
		expect(readText(BOOK_KIND, JSON.stringify({ v: 1, entries: [{ id: 'a', key: 'note', text: 'hi', at: '2026-11-01' }] }))).toMatchObject({ state: 'ok' });
		expect(readText(BOOK_KIND, JSON.stringify({ v: 2, entries: [] }))).toMatchObject({ state: 'locked', reason: 'newer' });
	});

	it('imports only known kinds and lessons, real dates, within the size caps', () => {
		const raw = {
			v: 1,
			entries: [
				{ id: 'a', key: 'hpp', text: 'Rp12.500', amount: 12500, lesson: 'hitung-hpp', at: '2026-11-12' },
				{ id: 'b', key: 'recipe', text: 'x', at: '2026-11-12' },
				{ id: 'c', key: 'note', text: 'x', at: '2026-02-30' },
				{ id: 'd', key: 'note', text: 'x', at: '2027-01-01' },
				{ id: 'e', key: 'note', text: 'x', lesson: 'not-a-lesson', at: '2026-11-12' },
				{ id: 'f', key: 'note', text: 'x'.repeat(3000), at: '2026-11-12' },
				{ id: 'a', key: 'note', text: 'dup', at: '2026-11-12' },
				{ id: '__proto__', key: 'note', text: 'x', at: '2026-11-12' },
				{ id: 'g', key: 'selling-price', text: 'p', prices: [{ channel: 'Shopee', price: 20000 }, { channel: '', price: 1 }, { channel: 'X', price: -5 }], at: '2026-11-12' },
			],
		};
		const book = importBook(raw, rules)!;
		expect(book.entries.map((e) => e.id)).toEqual(['a', 'e', 'g']);
		expect(book.entries[1]!.lesson).toBeUndefined();
		expect(book.entries[2]!.prices).toEqual([{ channel: 'Shopee', price: 20000 }]);
		expect(importBook({ v: 2, entries: [] }, rules)).toBeNull();
		expect(importBook({ v: 1, entries: Array.from({ length: 301 }, (_, i) => ({ id: `x${i}`, key: 'note', text: 'x', at: '2026-11-12' })) }, rules)).toBeNull();
		expect(importBook(null, rules)).toBeNull();
	});

	it('merges an import: every entry once, the later edit wins', () => {
		const device = addEntry(emptyBook(), { id: 'a', key: 'note', text: 'old', at: '2026-11-01' });
		const imported = addEntry(addEntry(emptyBook(), { id: 'a', key: 'note', text: 'new', at: '2026-11-05' }), { id: 'b', key: 'note', text: 'b', at: '2026-11-02' });
		const merged = mergeBook(device, imported);
		expect(merged.entries.map((e) => [e.id, e.text])).toEqual([['a', 'new'], ['b', 'b']]);
		expect(mergeBook(merged, merged)).toEqual(merged);
	});
});
