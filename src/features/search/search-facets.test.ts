import { describe, expect, it } from 'vitest';
import { KIND_WORDS, searchFacets, stageFilterValue } from './search-facets.ts';

describe('searchFacets', () => {
	it('gives a lesson its kind, stage, topics, platforms and minutes as readable labels', () => {
		const { filters } = searchFacets({ kind: 'lesson', lang: 'id', stages: ['finance-basics'], topics: ['financial-literacy'], platforms: ['e-commerce'], minutes: 10 });
		expect(filters).toEqual([
			['kind', 'Pelajaran'],
			['stage', 'Tahap 2: Dasar keuangan'],
			['topic', 'Keuangan'],
			['platform', 'Marketplace (e-commerce)'],
			['minutes', '10'],
		]);
	});

	it('labels in the page language', () => {
		const { filters } = searchFacets({ kind: 'program', lang: 'en', orgTypes: ['ngo'], audiences: ['women', 'rural'] });
		expect(filters).toEqual([
			['kind', 'Support program'],
			['orgType', 'NGO & association'],
			['audience', 'Women'],
			['audience', 'Rural'],
		]);
	});

	it('lists a repeated value once', () => {
		const { filters } = searchFacets({ kind: 'path', lang: 'id', stages: ['growth', 'growth'] });
		expect(filters.filter(([f]) => f === 'stage')).toHaveLength(1);
	});

	it('puts keywords and all synonyms in one field, title synonyms again in another, filler words apart, no word twice', () => {
		const { meta } = searchFacets({ kind: 'lesson', lang: 'id', title: 'Gabung ShopeeFood', keywords: ['Olshop', 'ongkir', 'olshop', 'gmn biar laku', 'foto olshop', 'cara', 'sopee', 'jualan wa'] });
		const keywords = meta.keywords.split(', ');
		const titlewords = meta.titlewords.split(' ');
		const words = meta.words.split(' ');
		// Own keywords first, without filler words ("gmn", "biar", "laku", "cara").
		expect(keywords.slice(0, 5)).toEqual(['olshop', 'ongkir', 'foto olshop', 'sopee', 'jualan wa']);
		// Synonyms of keywords and of title words, as words, none already matched.
		expect(keywords).toEqual(expect.arrayContaining(['toko', 'ongkos', 'kirim', 'whatsapp', 'food']));
		// "online" is a filler word (content/search/words.yaml): it stays out of the weighted field.
		expect(keywords).not.toContain('online');
		expect(keywords).not.toContain('shopee'); // "shopee" already finds "shopeefood" in the title
		expect(keywords.filter((k) => k === 'olshop')).toHaveLength(1);
		expect(titlewords).toEqual(['food']);
		expect(words).toEqual(expect.arrayContaining(['gmn', 'cara', 'biar', 'laku', 'materi', 'online']));
		expect(keywords).not.toContain('gmn');
	});

	it('gives every kind its own words in both languages', () => {
		for (const kind of Object.keys(KIND_WORDS) as (keyof typeof KIND_WORDS)[]) {
			expect(KIND_WORDS[kind].id.length).toBeGreaterThanOrEqual(3);
			expect(KIND_WORDS[kind].en.length).toBeGreaterThanOrEqual(3);
		}
	});

	it('names the page, the field and the allowed values when a value is not in the vocabulary', () => {
		expect(() => searchFacets({ kind: 'path', lang: 'id', stages: ['finance'], source: 'content/paths/x.yaml' })).toThrow(
			/content\/paths\/x\.yaml: search stage "finance" is not in the vocabulary\. Allowed: consistency, finance-basics/,
		);
		expect(() => searchFacets({ kind: 'lesson', lang: 'id', minutes: 0 })).toThrow(/minutes must be a whole number/);
		// @ts-expect-error: an unknown kind is what this checks
		expect(() => searchFacets({ kind: 'video', lang: 'id' })).toThrow(/search kind "video" is unknown/);
	});
});

describe('stageFilterValue', () => {
	it('numbers stages so they sort in order', () => {
		expect(stageFilterValue('consistency', 'en')).toBe('Stage 1: Business consistency');
		expect(stageFilterValue('growth', 'id')).toBe('Tahap 6: Tumbuh lebih besar');
	});
});
