import { describe, expect, it } from 'vitest';
import { linkFirstUses } from './glossary-links.ts';
import { parseLessonText } from '../../core/catalogue/read-content.ts';

const term = (id: string, forms: string[]) => ({ id, term: { id: forms[0]!, en: forms[0]! }, meaning: { id: 'm', en: 'm' }, example: { id: 'e', en: 'e' }, mustExplain: { id: forms, en: forms } });
const file = ['---', 'title: Ongkir', '---', "import { KeyFact } from '~/features/lessons/kit';", '', '## Ongkir', '', 'Tambahkan ongkir dan HPP (harga pokok produksi). Ongkir lagi.', 'Baca [cara hitung ongkir](/belajar/x/) dulu.', ''].join('\n');

describe('linkFirstUses', () => {
	it('links only the first unexplained use of each word, on the same line of the file', () => {
		const { body } = parseLessonText(file);
		const out = linkFirstUses(file, body, 'id', [term('ongkir', ['ongkir']), term('hpp', ['HPP'])]);
		expect(out.text.split('\n')[7]).toBe('Tambahkan [ongkir](/kamus/#ongkir) dan HPP (harga pokok produksi). Ongkir lagi.');
		expect(out.linked).toEqual(['ongkir → /kamus/#ongkir (line 8)']);
		expect(linkFirstUses(out.text, parseLessonText(out.text).body, 'id', [term('ongkir', ['ongkir'])]).linked).toEqual([]);
	});

	it('leaves a first use inside another link to the author', () => {
		const text = file.replace('Tambahkan ongkir dan ', 'Tambahkan ').replace(' Ongkir lagi.', '');
		const out = linkFirstUses(text, parseLessonText(text).body, 'en', [term('ongkir', ['ongkir'])]);
		expect(out.text).toBe(text);
		expect(out.left).toEqual(['ongkir (line 9: inside a link)']);
	});
});
