import { describe, expect, it } from 'vitest';
import { copiedRuns, indexSeeds, MIN_RUN_WORDS, proseOfMdx, stringsIn, words } from './originality.ts';

const SEED = 'Many sellers in small towns still prefer to receive payment in cash, because they do not trust transfers yet.';
const index = indexSeeds([{ name: '004_a.txt', text: SEED }]);

describe('originality', () => {
	it('normalises case and punctuation into words', () => {
		expect(words('Rp15.000, "Belajar"  bersama!\nYa—tidak')).toEqual(['rp15', '000', 'belajar', 'bersama', 'ya', 'tidak']);
		expect(MIN_RUN_WORDS).toBe(8);
	});

	it('finds a run of 8 words in common, whatever the case and punctuation', () => {
		const runs = copiedRuns('Bu Maya says: MANY sellers in small towns, still prefer to receive (payment) in cash!', index);
		expect(runs).toEqual([{ text: 'many sellers in small towns still prefer to receive payment in cash', length: 12, seeds: ['004_a.txt'] }]);
	});

	it('does not flag 7 words in common', () => {
		expect(copiedRuns('Kata mereka: many sellers in small towns still prefer, lalu selesai.', index)).toEqual([]);
	});

	it('reports two separate runs separately', () => {
		const runs = copiedRuns('many sellers in small towns still prefer to. Lain. because they do not trust transfers yet at all', indexSeeds([{ name: 's', text: SEED }], 6));
		expect(runs.map((r) => r.text)).toEqual(['many sellers in small towns still prefer to', 'because they do not trust transfers yet']);
	});

	it('reads the prose of an MDX body and keeps fields apart', () => {
		expect(proseOfMdx("import { KeyFact } from '~/x';\n<KeyFact source=\"OJK\" checked=\"2026-12\">Isi fakta.</KeyFact>\n\n<Figure src={a} alt=\"Foto keripik\" />")).toEqual(['Isi fakta.', 'OJK', '2026-12', 'Foto keripik']);
		expect(stringsIn({ a: 'satu', b: ['dua', { c: 'tiga' }], d: 4 })).toEqual(['satu', 'dua', 'tiga']);
	});
});
