import { describe, expect, it } from 'vitest';
import { digitWords, numberWords, speakable, splitSentences, writtenNumberWords, yearWords } from './speech-text.ts';
import type { Lang } from '../../core/locales.ts';

const sentences = (text: string, lang: Lang = 'id') => splitSentences(text, lang).map(([a, b]) => text.slice(a, b));

describe('numberWords (Indonesian)', () => {
	it.each([
		[0, 'nol'],
		[7, 'tujuh'],
		[10, 'sepuluh'],
		[11, 'sebelas'],
		[15, 'lima belas'],
		[20, 'dua puluh'],
		[38, 'tiga puluh delapan'],
		[100, 'seratus'],
		[101, 'seratus satu'],
		[250, 'dua ratus lima puluh'],
		[1000, 'seribu'],
		[1001, 'seribu satu'],
		[1500, 'seribu lima ratus'],
		[2024, 'dua ribu dua puluh empat'],
		[11000, 'sebelas ribu'],
		[15000, 'lima belas ribu'],
		[100000, 'seratus ribu'],
		[120000, 'seratus dua puluh ribu'],
		[101000, 'seratus satu ribu'],
		[1000000, 'satu juta'],
		[1500000, 'satu juta lima ratus ribu'],
		[3900000, 'tiga juta sembilan ratus ribu'],
		[2000000000, 'dua miliar'],
		[1000001000, 'satu miliar seribu'],
		[7000000000000, 'tujuh triliun'],
	])('%i → %s', (n, words) => expect(numberWords(n, 'id')).toBe(words));
});

describe('numberWords (English)', () => {
	it.each([
		[0, 'zero'],
		[12, 'twelve'],
		[21, 'twenty-one'],
		[105, 'one hundred and five'],
		[999, 'nine hundred and ninety-nine'],
		[1000, 'one thousand'],
		[2005, 'two thousand and five'],
		[15000, 'fifteen thousand'],
		[120000, 'one hundred and twenty thousand'],
		[1250000, 'one million two hundred and fifty thousand'],
	])('%i → %s', (n, words) => expect(numberWords(n, 'en')).toBe(words));

	it('refuses what is not a whole number, and reads a huge one digit by digit', () => {
		expect(() => numberWords(1.5, 'en')).toThrow(RangeError);
		expect(() => numberWords(-1, 'id')).toThrow(RangeError);
		expect(numberWords(1e18, 'id').split(' ')).toHaveLength(19);
	});
});

describe('years, digits and written numbers', () => {
	it('says years the way each language does', () => {
		expect(yearWords(2024, 'id')).toBe('dua ribu dua puluh empat');
		expect(yearWords(2024, 'en')).toBe('twenty twenty-four');
		expect(yearWords(2005, 'en')).toBe('two thousand and five');
		expect(yearWords(1998, 'en')).toBe('nineteen ninety-eight');
		expect(yearWords(1905, 'en')).toBe('nineteen oh five');
		expect(yearWords(1900, 'en')).toBe('nineteen hundred');
	});

	it('reads codes and phone numbers digit by digit', () => {
		expect(digitWords('0812', 'id')).toBe('nol delapan satu dua');
		expect(digitWords('0812-3', 'en')).toBe('zero eight one two three');
		expect(writtenNumberWords('007', 'id')).toBe('nol nol tujuh');
	});

	it('uses the page language’s separators', () => {
		expect(writtenNumberWords('15.000', 'id')).toBe('lima belas ribu');
		expect(writtenNumberWords('1,5', 'id')).toBe('satu koma lima');
		expect(writtenNumberWords('38,25', 'id')).toBe('tiga puluh delapan koma dua lima');
		expect(writtenNumberWords('15,000', 'en')).toBe('fifteen thousand');
		expect(writtenNumberWords('8.5', 'en')).toBe('eight point five');
		expect(writtenNumberWords('2024', 'en', { year: true })).toBe('twenty twenty-four');
		expect(writtenNumberWords('2024', 'en')).toBe('two thousand and twenty-four');
	});
});

describe('speakable (Indonesian pages)', () => {
	it.each([
		['Harganya Rp15.000.', 'Harganya lima belas ribu rupiah.'],
		['Rp1,5 juta', 'satu koma lima juta rupiah'],
		['Modal Rp 120.000 per batch', 'Modal seratus dua puluh ribu rupiah per batch'],
		['Untung: -Rp2.300', 'Untung: minus dua ribu tiga ratus rupiah'],
		['Rp15 rb saja', 'lima belas ribu rupiah saja'],
		['Rp10.000–Rp15.000', 'sepuluh ribu sampai lima belas ribu rupiah'],
		['antara Rp10.000-15.000', 'antara sepuluh ribu sampai lima belas ribu rupiah'],
		['Rp5.000/botol', 'lima ribu rupiah per botol'],
		['38,2 %', 'tiga puluh delapan koma dua persen'],
		['38,2\u00a0%', 'tiga puluh delapan koma dua persen'],
		['komisi 20%', 'komisi dua puluh persen'],
		['10–20%', 'sepuluh sampai dua puluh persen'],
		['Pada tahun 2024 banyak toko', 'Pada tahun dua ribu dua puluh empat banyak toko'],
		['5–10 menit', 'lima sampai sepuluh menit'],
		['1-2 cm', 'satu sampai dua sentimeter'],
		['250 gr gula', 'dua ratus lima puluh gram gula'],
		['3,9 juta orang', 'tiga koma sembilan juta orang'],
		['buka 08.00–17.00', 'buka delapan sampai tujuh belas'],
		['pukul 09.30', 'pukul sembilan lewat tiga puluh'],
		['balas 2x sehari', 'balas dua kali sehari'],
		['HP dan HPP', 'ha pe dan ha pe pe'],
		['Bayar lewat QRIS atau COD, kabari di WA.', 'Bayar lewat kris atau ce o de, kabari di we a.'],
		['Kode OTP jangan dibagi', 'Kode o te pe jangan dibagi'],
		['cabai, bawang, dll.', 'cabai, bawang, dan lain-lain.'],
		['cabai, dll. untuk sambal', 'cabai, dan lain-lain untuk sambal'],
		['Buka 09.00-11.30 saja', 'Buka sembilan sampai sebelas lewat tiga puluh saja'],
		['mis. kerupuk', 'misalnya kerupuk'],
		['No. 3', 'nomor tiga'],
		['Hubungi 0812-3456-7890', 'Hubungi nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol'],
		['Rp120.000 dibagi 20 = Rp6.000', 'seratus dua puluh ribu rupiah dibagi dua puluh sama dengan enam ribu rupiah'],
		['Rp6.000 + Rp3.500', 'enam ribu rupiah tambah tiga ribu lima ratus rupiah'],
		['≈ Rp10.000', 'sekitar sepuluh ribu rupiah'],
		['⏱ 12 menit', 'dua belas menit'],
		['✓ Contoh baik', 'Contoh baik'],
		['Bagikan 📣 sekarang', 'Bagikan sekarang'],
		['Setelan → Sistem → Bahasa', 'Setelan, Sistem, Bahasa'],
		['langkah ke-2', 'langkah ke-dua'],
		['cek 2026-11-22', 'cek dua puluh dua November dua ribu dua puluh enam'],
		['KOPI ENAK MURAH', 'KOPI ENAK MURAH'],
	])('%s → %s', (text, said) => expect(speakable(text, 'id')).toBe(said));

	it('leaves plain words alone and tidies spaces', () => {
		expect(speakable('  Bu Lina   jualan sambal botol.  ', 'id')).toBe('Bu Lina jualan sambal botol.');
		expect(speakable('WAKTU', 'id')).toBe('WAKTU');
		expect(speakable('HPP-nya naik', 'id')).toBe('ha pe pe-nya naik');
	});
});

describe('speakable (English pages)', () => {
	it.each([
		['It sells for Rp15,000.', 'It sells for fifteen thousand rupiah.'],
		['Rp1.5 million', 'one point five million rupiah'],
		['a 38.2% margin', 'a thirty-eight point two percent margin'],
		['up to 8.5%', 'up to eight point five percent'],
		['In 2024, many shops', 'In twenty twenty-four, many shops'],
		['5–10 minutes', 'five to ten minutes'],
		['3.9 million sellers', 'three point nine million sellers'],
		['open 08.00–17.00', "open eight o'clock to seventeen o'clock"],
		['at 9:05', 'at nine oh five'],
		['speed 1.25', 'speed one point two five'],
		['Pay by QRIS or COD, message on WA.', 'Pay by kris or C O D, message on WhatsApp.'],
		['your HPP', 'your H P P'],
		['e.g. crackers', 'for example crackers'],
		['250 g sugar', 'two hundred and fifty grams sugar'],
	])('%s → %s', (text, said) => expect(speakable(text, 'en')).toBe(said));
});

describe('splitSentences', () => {
	it('splits at the end of each sentence', () => {
		expect(sentences('Bu Lina jualan sambal. Modalnya kecil! Untungnya? Besar.')).toEqual(['Bu Lina jualan sambal.', 'Modalnya kecil!', 'Untungnya?', 'Besar.']);
	});

	it('does not break inside amounts and decimals', () => {
		expect(sentences('Harganya Rp15.000. Modalnya Rp1,5 juta. Komisi 8,5 % saja.')).toEqual(['Harganya Rp15.000.', 'Modalnya Rp1,5 juta.', 'Komisi 8,5 % saja.']);
		expect(sentences('It costs Rp15,000. The fee is 8.5%.', 'en')).toEqual(['It costs Rp15,000.', 'The fee is 8.5%.']);
	});

	it('does not break after abbreviations that never end a sentence', () => {
		expect(sentences('Pakai kemasan, mis. toples. Lalu tempel label.')).toEqual(['Pakai kemasan, mis. toples.', 'Lalu tempel label.']);
		expect(sentences('Add a hook, e.g. Fresh today. Then the price.', 'en')).toEqual(['Add a hook, e.g. Fresh today.', 'Then the price.']);
		expect(sentences('Lihat No. 3 di daftar.')).toEqual(['Lihat No. 3 di daftar.']);
	});

	it('lets "dll." close a sentence only when a capital follows', () => {
		expect(sentences('Beli cabai, bawang, dll. Lalu masak.')).toEqual(['Beli cabai, bawang, dll.', 'Lalu masak.']);
		expect(sentences('Beli cabai, bawang, dll. untuk sambal.')).toEqual(['Beli cabai, bawang, dll. untuk sambal.']);
	});

	it('keeps list numbers and option letters with their text', () => {
		expect(sentences('1. Satu batch sambal butuh Rp120.000. Berapa HPP per botol?')).toEqual(['1. Satu batch sambal butuh Rp120.000.', 'Berapa HPP per botol?']);
		expect(sentences('A. Rp6.000')).toEqual(['A. Rp6.000']);
	});

	it('keeps closing quotes with their sentence and skips empty pieces', () => {
		expect(sentences('Tulis “Harga: Rp15.000.” Lalu kirim.')).toEqual(['Tulis “Harga: Rp15.000.”', 'Lalu kirim.']);
		expect(sentences('   ')).toEqual([]);
		expect(sentences('… ')).toEqual([]);
	});

	it('gives offsets into the original text, so the reader can highlight it', () => {
		const text = '  Satu.   Dua.  ';
		expect(splitSentences(text, 'id')).toEqual([[2, 7], [10, 14]]);
	});
});
