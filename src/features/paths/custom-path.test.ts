import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_LESSONS, MAX_TITLE_CHARS, cleanTitle, customPathQuery, parseCustomPath } from './custom-path.ts';

const known = new Set(['cost-of-goods', 'daily-bookkeeping', 'whatsapp-selling-basics', 'photo-light']);
const isLesson = (id: string) => known.has(id);

describe('custom path links', () => {
	it('reads a comma list in order, with a title', () => {
		expect(parseCustomPath('l=photo-light,cost-of-goods&t=Kelas%20Desa%20Sukamaju', isLesson)).toEqual({
			lessons: ['photo-light', 'cost-of-goods'],
			unknown: [],
			repeated: [],
			overLimit: [],
			title: 'Kelas Desa Sukamaju',
		});
	});

	it('reads repeated l= parameters from a plain form', () => {
		expect(parseCustomPath('t=&l=cost-of-goods&l=daily-bookkeeping', isLesson).lessons).toEqual(['cost-of-goods', 'daily-bookkeeping']);
	});

	it('keeps the valid part when some ids are unknown, and reports them as written', () => {
		const p = parseCustomPath('l=cost-of-goods,hpp-lama,,Photo-Light, whatsapp-selling-basics,<script>', isLesson);
		expect(p.lessons).toEqual(['cost-of-goods', 'photo-light', 'whatsapp-selling-basics']);
		expect(p.unknown).toEqual(['hpp-lama', '<script>']);
	});

	it('keeps a lesson once when it is repeated', () => {
		const p = parseCustomPath('l=cost-of-goods,photo-light,cost-of-goods', isLesson);
		expect(p.lessons).toEqual(['cost-of-goods', 'photo-light']);
		expect(p.repeated).toEqual(['cost-of-goods']);
	});

	it('gives an empty path for a link without lessons', () => {
		expect(parseCustomPath('', isLesson).lessons).toEqual([]);
		expect(parseCustomPath('t=Judul', isLesson)).toMatchObject({ lessons: [], unknown: [], title: 'Judul' });
	});

	it('stops at the lesson limit and says what was left out', () => {
		const many = Array.from({ length: MAX_CUSTOM_LESSONS + 3 }, (_, i) => `lesson-${i}`);
		const p = parseCustomPath(`l=${many.join(',')}`, () => true);
		expect(p.lessons).toHaveLength(MAX_CUSTOM_LESSONS);
		expect(p.overLimit).toEqual(many.slice(MAX_CUSTOM_LESSONS));
	});

	it('cleans titles: spaces, control characters, length', () => {
		expect(cleanTitle('  Kelas\n\tUMKM  \u0000 Desa ')).toBe('Kelas UMKM Desa');
		expect([...cleanTitle('🙂'.repeat(200))]).toHaveLength(MAX_TITLE_CHARS);
		expect(cleanTitle('<b>bold</b>')).toBe('<b>bold</b>'); // shown as text, never parsed as HTML
	});

	it('strips bidi overrides, C1 controls and invisible characters that disguise a title, keeps every script', () => {
		// "Call 0812…" written backwards behind a right-to-left override reads as a different number.
		expect(cleanTitle('Hubungi \u202e9876 5432 1180\u202c sekarang')).toBe('Hubungi 9876 5432 1180 sekarang');
		for (const c of ['\u202a', '\u202b', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u0085', '\u009b', '\u200b', '\ufeff', '\u2028']) {
			expect(cleanTitle(`Kelas${c}Desa`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('Kelas Desa');
		}
		expect(cleanTitle('Kelas Bu Ani 👩‍🍳 كلاس 班')).toBe('Kelas Bu Ani 👩‍🍳 كلاس 班');
		expect(parseCustomPath(`t=${encodeURIComponent('Resmi\u202eABC')}`, isLesson).title).toBe('Resmi ABC');
	});

	it('round-trips through the query it builds', () => {
		const query = customPathQuery(['whatsapp-selling-basics', 'cost-of-goods'], ' Kelas & Praktik #1 ');
		expect(query).toBe('?l=whatsapp-selling-basics,cost-of-goods&t=Kelas%20%26%20Praktik%20%231');
		expect(parseCustomPath(query.slice(1), isLesson)).toMatchObject({ lessons: ['whatsapp-selling-basics', 'cost-of-goods'], title: 'Kelas & Praktik #1' });
		expect(customPathQuery(['photo-light'])).toBe('?l=photo-light');
	});
});
