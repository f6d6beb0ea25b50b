import { describe, expect, it } from 'vitest';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { escapeGift, giftFile, type GiftLesson } from './gift.ts';

/** Every GIFT special character, a backslash, a line break and Rupiah, where real lessons could put them. */
const TRICKY: GiftLesson = {
	lessonId: 'cost-of-goods',
	title: 'HPP: harga {pokok} #1',
	url: 'https://example.org/belajar/hitung-hpp/',
	selfCheck: [
		{
			question: 'Bu Sari: modal Rp15.000 = 3 × Rp5.000? {ya} ~tidak~ #tanya\\jawab',
			options: [
				{ text: 'Ya: Rp15.000', correct: true, explain: 'Betul = 3 × Rp5.000 {tanpa} ongkir.' },
				{ text: 'Tidak ~ kurang', correct: false, explain: 'Salah: # lihat lagi\nlangkah 2.' },
				{ text: 'a:b', correct: false, explain: 'Tidak: hitung ulang.' },
			],
		},
		{
			question: 'Pertanyaan kedua biasa?',
			options: [
				{ text: 'Satu', correct: false, explain: 'Kurang tepat.' },
				{ text: 'Dua', correct: true, explain: 'Tepat sekali.' },
			],
		},
	],
};

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const mc = (qs: GIFTQuestion[]) => qs.filter((q): q is Extract<GIFTQuestion, { type: 'MC' }> => q.type === 'MC');

describe('GIFT question bank', () => {
	it('escapes every GIFT special character and the backslash', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('dua\nbaris')).toBe('dua baris');
	});

	it('parses back with gift-pegjs into the same questions, options, answer and feedback', () => {
		const text = giftFile(['Naik Kelas · test', 'CC BY-SA 4.0'], [TRICKY, { ...TRICKY, lessonId: 'second-lesson' }]);
		const parsed = parse(text);
		const categories = parsed.filter((q) => q.type === 'Category').map((q) => q.title);
		expect(categories).toEqual(['$course$/top/Naik Kelas/cost-of-goods', '$course$/top/Naik Kelas/second-lesson']);
		const questions = mc(parsed);
		expect(questions).toHaveLength(4);
		questions.slice(0, 2).forEach((q, qi) => {
			const source = TRICKY.selfCheck[qi]!;
			expect(q.title).toBe(`cost-of-goods ${qi + 1}`);
			expect(plain(q.stem.text)).toBe(plain(source.question));
			expect(q.choices.map((c) => plain(c.text.text))).toEqual(source.options.map((o) => plain(o.text)));
			expect(q.choices.map((c) => c.isCorrect)).toEqual(source.options.map((o) => o.correct));
			expect(q.choices.map((c) => plain(c.feedback?.text ?? ''))).toEqual(source.options.map((o) => plain(o.explain)));
		});
	});

	it('fails to parse when a special character is left unescaped (the test can fail)', () => {
		const broken = giftFile([], [TRICKY]).replace('Rp15.000 \\=', 'Rp15.000 =');
		expect(() => {
			const q = mc(parse(broken))[0]!;
			if (plain(q.stem.text) !== plain(TRICKY.selfCheck[0]!.question)) throw new Error('question changed');
		}).toThrow();
	});
});
