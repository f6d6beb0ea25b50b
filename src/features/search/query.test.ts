import { describe, expect, it } from 'vitest';
import { readSearchWords } from '../../core/catalogue/read-content.ts';
import { AUDIENCE_LABELS, ORG_TYPE_LABELS } from '../../core/schemas/vocabulary.ts';
import { KIND_LABELS } from './search-facets.ts';
import { closest, namedKinds, preferKinds, tokens, understand, unreduplicate, variants, type QueryWords } from './query.ts';
import { queryWords } from './search-words.ts';

/** The maintained list (content/search/words.yaml), as the dialog receives it. */
const list = readSearchWords('.');
const id = queryWords(list, 'id');
const en = queryWords(list, 'en');
const terms = (q: string, words: QueryWords = id) => understand(q, words).terms;

/** A tiny list, so the rules are tested apart from what the content file happens to hold. */
const small: QueryWords = {
	forms: { hrg: 'harga', dp: 'uang muka', 'kena tipu': 'tertipu' },
	filler: ['gmn', 'yg', 'kak', 'apa aja', 'di'],
	keep: ['shopee', 'j&t', 'izin'],
	programs: ['pelatihan'],
	filters: { audience: { perempuan: 'Perempuan', ibu: 'Perempuan', 'ibu rumah tangga': 'Perempuan' } },
	programKind: 'Program',
};

describe('tokens', () => {
	it('lower-cases and drops chat punctuation, keeping & and inner hyphens', () => {
		expect(tokens('Gmn cara daftar NIB?? (online), kak!')).toEqual(['gmn', 'cara', 'daftar', 'nib', 'online', 'kak']);
		expect(tokens('packing J&T, pre-order… foto-foto')).toEqual(['packing', 'j&t', 'pre-order', 'foto-foto']);
		expect(tokens('  ')).toEqual([]);
	});
});

describe('unreduplicate', () => {
	it('reads reduplication written with a digit or a hyphen as the word once', () => {
		expect(unreduplicate('foto2')).toBe('foto');
		expect(unreduplicate('foto-foto')).toBe('foto');
		expect(unreduplicate('ibu2')).toBe('ibu');
		expect(unreduplicate('pre-order')).toBe('pre-order');
		expect(unreduplicate('4g')).toBe('4g');
	});
});

describe('understand (rules, small list)', () => {
	it('replaces forms, drops fillers, keeps brands whole, matches phrases first', () => {
		expect(understand('gmn hrg yg pas di shopee kak', small).terms).toEqual(['harga', 'pas', 'shopee']);
		expect(understand('dp lewat j&t', small).terms).toEqual(['uang', 'muka', 'lewat', 'j&t']);
		expect(understand('kena tipu apa aja', small).terms).toEqual(['tertipu']);
	});
	it('maps audience words to a filter only in a program search', () => {
		expect(understand('pelatihan buat ibu2', small)).toEqual({ terms: ['pelatihan', 'buat'], filters: { audience: ['Perempuan'], kind: ['Program'] } });
		expect(understand('ibu rumah tangga jualan', small)).toEqual({ terms: ['ibu', 'rumah', 'tangga', 'jualan'], filters: {} });
	});
	it('names each word once', () => {
		expect(understand('hrg harga', small).terms).toEqual(['harga']);
	});
	it('leaves nothing when everything is filler (the dialog then searches what was typed)', () => {
		expect(understand('gmn yg kak', small).terms).toEqual([]);
	});
});

describe('understand (the maintained word list)', () => {
	it('reads chat Indonesian as the index words', () => {
		expect(terms('gmn cara jualan di shopee yg laris kak')).toEqual(['jualan', 'shopee']);
		expect(terms('hrg jual yg pas gmn')).toEqual(['harga', 'jual']);
		expect(terms('bukti tf editan')).toEqual(['bukti', 'transfer', 'edit']);
		expect(terms('jualin kue lewat wa')).toEqual(['jual', 'kue', 'whatsapp']);
		expect(terms('foto2 produk gelap')).toEqual(['foto', 'produk', 'gelap']);
		expect(terms('ngitung modal per porsi')).toEqual(['hitung', 'modal', 'porsi']);
		expect(terms('misahin duit usaha')).toEqual(['pisahkan', 'uang', 'usaha']);
	});
	it('keeps brand names as typed', () => {
		expect(terms('capcut')).toEqual(['capcut']);
		expect(terms('jne j&t packing')).toEqual(['jne', 'j&t', 'kemasan']);
	});
	it('reads a program search for women as the audience filter', () => {
		const u = understand('ada pelatihan gratis buat ibu2 ga', id);
		expect(u.terms).toEqual(['pelatihan', 'gratis']);
		expect(u.filters).toEqual({ audience: [AUDIENCE_LABELS.women.id], kind: [KIND_LABELS.program.id] });
		expect(understand('program pemerintah buat nelayan', id).filters).toEqual({ orgType: [ORG_TYPE_LABELS['national-government'].id], audience: [AUDIENCE_LABELS['farmers-fishers'].id], kind: [KIND_LABELS.program.id] });
	});
	it('drops English question words on the English site and reads Indonesian typed there', () => {
		expect(terms('how do i set a selling price', en)).toEqual(['set', 'selling', 'price']);
		expect(terms('cara jualan di shopee', en)).toEqual(['sell', 'shopee']);
		expect(understand('training for women entrepreneurs', en).filters.audience).toEqual([AUDIENCE_LABELS.women.en]);
	});
});

describe('variants', () => {
	const keep = { keep: ['izin', 'shopee'] };
	it('proposes the formal forms of colloquial verbs', () => {
		expect(variants('ngatur', keep)).toContain('atur');
		expect(variants('ngonten', keep)[0]).toBe('konten');
		expect(variants('ngitung', keep)).toContain('hitung');
		expect(variants('nyari', keep)).toContain('cari');
		expect(variants('nulis', keep)).toContain('tulis');
		expect(variants('ngedit', keep)).toContain('edit');
		expect(variants('ngebungkus', keep)).toContain('bungkus');
		expect(variants('jualin', keep)).toContain('jual');
		expect(variants('kirimin', keep)).toContain('kirim');
		expect(variants('ketipu', keep)).toContain('tertipu');
		expect(variants('bales', keep)).toContain('balas');
		expect(variants('abis', keep)).toContain('habis');
		expect(variants('nyatet', keep)).toContain('catat');
		expect(variants('ngurusnya', keep)).toContain('urus');
	});
	it('tries the likelier form first', () => {
		const v = variants('ngajak', keep);
		expect(v.indexOf('ajak')).toBeGreaterThanOrEqual(0);
		expect(v.indexOf('ajak')).toBeLessThan(v.indexOf('hajak'));
	});
	it('proposes nothing for kept words and nothing shorter than 4 letters', () => {
		expect(variants('izin', keep)).toEqual([]);
		expect(variants('shopee', keep)).toEqual([]);
		expect(variants('j&t', keep)).toEqual([]);
		expect(variants('ngedit', keep).every((w) => w.length >= 4)).toBe(true);
		expect(variants('ngedit', keep)).not.toContain('dit');
	});
});

describe('closest', () => {
	it('ranks pages by how many words they have, then by score', () => {
		const r = (id: string, score: number) => ({ id, score });
		const ranked = closest([
			[r('a', 1), r('b', 5)],
			[r('a', 1), r('c', 9)],
			[r('b', 0.5)],
		]);
		expect(ranked.map((s) => [s.result.id, s.matched])).toEqual([
			['b', 2],
			['a', 2],
			['c', 1],
		]);
		expect(closest([])).toEqual([]);
	});
});

describe('namedKinds', () => {
	it('finds the kinds of page a query names, by whole words, from the word list', () => {
		expect([...namedKinds('jalur belajar jualan makanan', id)]).toEqual(['path']);
		expect([...namedKinds('modul workshop harga jual', id)]).toEqual(['workshop']);
		expect(namedKinds('ada pelatihan gratis buat ibu2 ga', id).has('program')).toBe(true);
		expect([...namedKinds('learning path food delivery', en)]).toEqual(['path']);
		// A word inside another word names nothing; "belajar" is a lesson's word too.
		expect([...namedKinds('hpp makanan', id)]).toEqual([]);
		expect([...namedKinds('belajar hitung hpp', id)]).toEqual([]);
		expect([...namedKinds('programmer', en)]).toEqual([]);
	});
});

describe('preferKinds', () => {
	const s = (id: string, matched: number, score: number) => ({ result: { id }, matched, score });
	it('counts pages that are not preferred for less, keeping the matched-words order and ties stable', () => {
		const lessons = new Set(['l1', 'l2']);
		const ranked = preferKinds([s('path', 1, 10), s('l1', 1, 6), s('glossary', 1, 4), s('l2', 1, 4)], (id) => lessons.has(id), 0.5);
		expect(ranked.map((r) => r.result.id)).toEqual(['l1', 'path', 'l2', 'glossary']);
		// More of the query's words still comes first.
		expect(preferKinds([s('l1', 1, 9), s('path', 2, 1)], (id) => lessons.has(id), 0.5).map((r) => r.result.id)).toEqual(['path', 'l1']);
		// Weight 1: Pagefind's order.
		expect(preferKinds([s('path', 1, 10), s('l1', 1, 6)], (id) => lessons.has(id), 1).map((r) => r.result.id)).toEqual(['path', 'l1']);
	});
});
