import { describe, expect, it } from 'vitest';
import { FILLER_WORDS, SYNONYMS, containsPhrase, normalizeTerm, synonymsFor } from './search-synonyms.ts';
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

describe('FILLER_WORDS', () => {
	it('are single lower-case words, none of them a synonym (a filler never counts as a topic)', () => {
		for (const lang of LANGS) {
			const grouped = new Set(SYNONYMS[lang].flat());
			for (const word of FILLER_WORDS[lang]) {
				expect(word).toMatch(/^[\p{Ll}\p{N}]+$/u);
				expect(grouped.has(word), `"${word}" is both a filler and a synonym`).toBe(false);
			}
		}
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
