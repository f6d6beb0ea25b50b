import { describe, expect, it } from 'vitest';
import { firstSentence, groupSummary } from './share-lesson.ts';

const words = { doNow: 'Lakukan sekarang ({n} menit)' };

describe('WA group summary', () => {
	it('gives title, the first sentence of the description, the do-now step and the permanent link, one per line', () => {
		expect(
			groupSummary({ title: 'Hitung HPP', description: 'Cari tahu modal satu barang. Lalu tentukan harga jual.', doNow: { task: 'Tulis HPP satu produkmu di catatan HP', minutes: 5 }, permalink: 'https://x.example/l/cost-of-goods/' }, words),
		).toBe('*Hitung HPP*\nCari tahu modal satu barang.\nLakukan sekarang (5 menit): Tulis HPP satu produkmu di catatan HP\nhttps://x.example/l/cost-of-goods/');
	});

	it('leaves the do-now line out when the lesson has none', () => {
		expect(groupSummary({ title: 'A', description: 'One line', permalink: 'https://x.example/l/a/' }, words)).toBe('*A*\nOne line\nhttps://x.example/l/a/');
	});

	it('keeps decimals and abbreviations inside the first sentence', () => {
		expect(firstSentence('Biaya 2.5 kali lipat dari modal.  Kalimat kedua.')).toBe('Biaya 2.5 kali lipat dari modal.');
		expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
	});
});
