import { describe, expect, it } from 'vitest';
import { glossaryTermsExplained as rule, firstUse, formPattern } from './glossary-terms-explained.ts';
import { lesson, parsed } from './test-lesson.ts';

const entry = (id: string, id_: string[], en: string[] = []) => ({
	id,
	term: { id: id_[0], en: en[0] ?? id },
	meaning: { id: 'Ongkos kirim, yaitu biaya kurir.', en: 'The shipping fee.' },
	example: { id: 'Ongkir Rp12.000.', en: 'A Rp12.000 shipping fee.' },
	mustExplain: { id: id_, en },
});
const glossary = [{ file: 'content/glossary.yaml', data: entry('ongkir', ['ongkir'], ['ongkir']) }, { file: 'content/glossary.yaml', data: entry('hpp', ['HPP'], ['HPP']) }];
const body = (text: string) => `import { KeyFact } from '~/features/lessons/kit';\n\n## Kenapa ongkir penting\n\n${text}\n`;
const errorsFor = (text: string, lang: 'id' | 'en' = 'id') => rule.check(parsed({ lessons: [lesson({}, lang, 'hitung-hpp', body(text))], glossary }));

describe(rule.name, () => {
	it('flags the first unexplained use, naming file, line and the link to add', () => {
		const errors = errorsFor('Bu Lina menambah ongkir ke harga. Ongkir (ongkos kirim) dibayar pembeli.');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: '(body, line 5)', value: 'Bu Lina menambah ongkir ke harga. Ongkir (ongkos kirim) dibayar pembeli.' });
		expect(errors[0]!.message).toContain('[ongkir](/kamus/#ongkir)');
	});

	it('passes a link to the entry, an explanation in brackets or a defining word, and skips headings', () => {
		expect(errorsFor('Tambahkan [ongkir](/kamus/#ongkir) ke harga, dan **HPP** (harga pokok produksi) juga.')).toEqual([]);
		expect(errorsFor('Biaya ongkos kirim (ongkir) ditanggung pembeli. HPP artinya modal satu barang.')).toEqual([]);
		expect(errorsFor('Tambahkan [ongkir](/en/kamus/#ongkir) ke harga.', 'en')).toEqual([]);
	});

	it('does not take a link to another page or entry, or the wrong language, as an explanation', () => {
		expect(errorsFor('Baca [ongkir](/belajar/ongkir/) dulu.')).toHaveLength(1);
		expect(errorsFor('Baca [ongkir](/kamus/#hpp) dulu.')).toHaveLength(1);
		expect(errorsFor('Add the [ongkir](/kamus/#ongkir) to the price.', 'en')).toHaveLength(1);
	});

	it('reads only learner text: trainer notes, tags and code do not count as the first use', () => {
		const first = firstUse({ lang: 'id', body: body('<TrainerNote minutes={5}>Tanya soal ongkir.</TrainerNote>\n\n<KeyFact source="ongkir">x</KeyFact>\n\nLalu ongkir dihitung.') }, entry('ongkir', ['ongkir']));
		expect(first?.text).toBe('ongkir');
		expect(body('').length).toBeLessThan(first!.offset);
		const afterQuote = firstUse({ lang: 'id', body: body('> Ongkir ke Jl. Melati = Rp10.000\n\nKetik /ongkir atau #ongkir, lalu ongkir muncul.') }, entry('ongkir', ['ongkir']));
		expect(afterQuote?.offset).toBe(body('> Ongkir ke Jl. Melati = Rp10.000\n\nKetik /ongkir atau #ongkir, lalu ').length - 1);
	});

	it('matches capital words only in capitals, with suffixes, never inside a longer word', () => {
		expect('HPP-nya naik'.match(formPattern('HPP'))).toEqual(['HPP-nya']);
		expect('hpp naik'.match(formPattern('HPP'))).toBeNull();
		expect('Ongkirnya mahal'.match(formPattern('ongkir'))).toEqual(['Ongkirnya']);
		expect('resiko tinggi'.match(formPattern('resi'))).toBeNull();
	});

	it('leaves a language without forms alone', () => {
		const glossaryIdOnly = [{ file: 'content/glossary.yaml', data: entry('caption', ['caption']) }];
		expect(rule.check(parsed({ lessons: [lesson({}, 'en', 'hitung-hpp', body('Write a caption.'))], glossary: glossaryIdOnly }))).toEqual([]);
	});
});
