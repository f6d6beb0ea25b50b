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

	it('round-trips through the query it builds', () => {
		const query = customPathQuery(['whatsapp-selling-basics', 'cost-of-goods'], ' Kelas & Praktik #1 ');
		expect(query).toBe('?l=whatsapp-selling-basics,cost-of-goods&t=Kelas%20%26%20Praktik%20%231');
		expect(parseCustomPath(query.slice(1), isLesson)).toMatchObject({ lessons: ['whatsapp-selling-basics', 'cost-of-goods'], title: 'Kelas & Praktik #1' });
		expect(customPathQuery(['photo-light'])).toBe('?l=photo-light');
	});
});
