import { describe, expect, it } from 'vitest';
import { glossaryByLetter } from './glossary.ts';
import { readYamlList } from '../../core/catalogue/read-content.ts';
import { glossaryTermSchema } from '../../core/schemas/glossary.ts';

const term = (id: string, idTerm: string, enTerm: string) => ({ id, term: { id: idTerm, en: enTerm }, meaning: { id: 'm', en: 'm' }, example: { id: 'e', en: 'e' } });

describe('glossaryByLetter', () => {
	it('sorts by the page language, ignoring case, and groups by first letter', () => {
		const terms = [term('ongkir', 'ongkir', 'ongkir (shipping fee)'), term('hpp', 'HPP', 'HPP'), term('arus-kas', 'arus kas', 'cash flow'), term('omzet', 'omzet', 'omzet (turnover)')];
		expect(glossaryByLetter(terms, 'id').map((l) => [l.letter, l.terms.map((t) => t.id)])).toEqual([['A', ['arus-kas']], ['H', ['hpp']], ['O', ['omzet', 'ongkir']]]);
		expect(glossaryByLetter(terms, 'en').map((l) => l.letter)).toEqual(['C', 'H', 'O']);
	});

	it('lists every term of content/glossary.yaml once, with a unique lower-case id', () => {
		const glossary = readYamlList('.', 'content/glossary.yaml').map((f) => glossaryTermSchema.parse(f.data));
		const ids = glossaryByLetter(glossary, 'id').flatMap((l) => l.terms.map((t) => t.id));
		expect(ids).toHaveLength(glossary.length);
		expect(new Set(ids).size).toBe(ids.length);
		expect(glossary.length).toBeGreaterThanOrEqual(30);
	});
});
