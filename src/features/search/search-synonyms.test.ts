import { describe, expect, it } from 'vitest';
import { SYNONYMS, containsPhrase, fillerWords, normalizeTerm, synonymsFor } from './search-synonyms.ts';
import { readSearchWords } from '../../core/catalogue/read-content.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';

describe('SYNONYMS', () => {
	for (const lang of LANGS) {
		it(`${lang}: every word is written as it is matched (lower case, trimmed) and sits in one group only`, () => {
			const seen = new Map<string, number>();
			SYNONYMS[lang].forEach((group, i) => {
				expect(group.length, `group ${i} (${group.join(', ')}) needs at least two words`).toBeGreaterThanOrEqual(2);
				for (const word of group) {
					expect(word, `"${word}" in group ${i}`).toBe(normalizeTerm(word));
					expect(seen.get(word), `"${word}" is in group ${seen.get(word)} and group ${i}`).toBeUndefined();
					seen.set(word, i);
				}
			});
		});
	}
});

describe('fillerWords', () => {
	const file = readSearchWords();
	it('are the single words of the filler lists in content/search/words.yaml (the one list, shared with the dialog)', () => {
		for (const lang of LANGS) {
			const words = fillerWords(lang);
			expect(words.length).toBeGreaterThan(20);
			expect(words).toEqual(file[lang].filler.filter((w) => !w.includes(' ')));
		}
		// A phrase is the dialog's: its words alone may carry a topic ("terima pembayaran").
		expect(fillerWords('id', { ...file, id: { ...file.id, filler: ['gmn', 'terima kasih'] } })).toEqual(['gmn']);
	});

	it('are lower-case words, none of them a synonym (a filler never counts as a topic)', () => {
		for (const lang of LANGS) {
			const grouped = new Set(SYNONYMS[lang].flat());
			for (const word of fillerWords(lang)) {
				expect(word).toMatch(/^[\p{Ll}\p{N}'&-]+$/u);
				expect(grouped.has(word), `"${word}" is both a filler and a synonym`).toBe(false);
			}
		}
	});

	it('is written in one place only: no filler list in the code', async () => {
		const { readFileSync } = await import('node:fs');
		const code = readFileSync('src/features/search/search-synonyms.ts', 'utf8') + readFileSync('src/features/search/search-facets.ts', 'utf8');
		expect(code).not.toMatch(/'gmn',\s*'gimana'/);
	});
});

describe('containsPhrase', () => {
	it('matches whole words and phrases only', () => {
		expect(containsPhrase('foto hp, lighting', 'hp')).toBe(true);
		expect(containsPhrase('cara hitung hpp', 'hp')).toBe(false);
		expect(containsPhrase('biaya ongkos kirim murah', 'ongkos kirim')).toBe(true);
		expect(containsPhrase('ongkosnya', 'ongkos')).toBe(false);
		expect(containsPhrase('j&t dan jne', 'j&t')).toBe(true);
	});
});

describe('synonymsFor', () => {
	it('adds what owners type for words a page already has', () => {
		const added = synonymsFor(['Hitung ongkos kirim pakai HP', 'jualan di tokopedia'], 'id');
		expect(added).toEqual(expect.arrayContaining(['ongkir', 'handphone', 'ponsel', 'tokped']));
	});

	it('does not repeat the page\'s own words and stays sorted', () => {
		const added = synonymsFor(['wa', 'whatsapp'], 'id');
		expect(added).not.toContain('wa');
		expect(added).not.toContain('whatsapp');
		expect(added).toEqual([...added].sort());
	});

	it('adds nothing for words outside every group', () => {
		expect(synonymsFor(['sambal bawang'], 'id')).toEqual([]);
	});

	it('keeps languages apart', () => {
		expect(synonymsFor(['shipping cost'], 'en')).toContain('ongkir');
		expect(synonymsFor(['shipping cost'], 'id')).toEqual([]);
	});
});
