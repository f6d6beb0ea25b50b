import { describe, expect, it } from 'vitest';
import { idHash } from './id-hash.ts';
import { CARDS_PER_FILE, cardFileCount, cardFileOf, cardFiles, cardFileUrl, lessonCards, pathLists, pathRef, type LessonCard } from './lesson-cards.ts';
import { lessonCardFiles, lessonCardSource } from './lesson-card-files.ts';
import { readCatalogue } from './read-content.ts';

const card = (t: string, o = 0): LessonCard => ({ t, u: `/belajar/${t}/`, m: 8, s: 'consistency', n: 3, o });
const ids = Array.from({ length: 300 }, (_, i) => `pelajaran-${i}`);

describe('lesson cards', () => {
	it('keep about CARDS_PER_FILE lessons a file, in a power-of-two number of files, at any curriculum size', () => {
		expect(cardFileCount(0)).toBe(1);
		expect(cardFileCount(CARDS_PER_FILE)).toBe(1);
		expect(cardFileCount(CARDS_PER_FILE + 1)).toBe(2);
		expect(cardFileCount(5000)).toBe(128);
		for (const n of [78, 300, 2000, 5000, 12000]) {
			const files = cardFileCount(n);
			expect(Math.log2(files) % 1).toBe(0);
			expect(n / files).toBeLessThanOrEqual(CARDS_PER_FILE);
		}
		// A small threshold shows the rule on few lessons: 5 lessons at 2 a file → 4 files.
		expect(cardFileCount(5, 2)).toBe(4);
	});

	it('put each lesson in the file its receipt hash points to, once', () => {
		const files = cardFiles(ids.map((id) => [id, card(id)]), cardFileCount(ids.length));
		expect(files).toHaveLength(8);
		expect(files.flatMap((f) => Object.keys(f)).sort()).toEqual([...ids].sort());
		for (const id of ids) expect(Object.hasOwn(files[idHash(id) % files.length]!, id)).toBe(true);
		// Spread over the files, none more than twice its share.
		for (const f of files) expect(Object.keys(f).length).toBeLessThan((2 * ids.length) / files.length);
	});

	it('load only the files a page needs, each once, and by a receipt\'s hashes too', async () => {
		const source = { base: '/belajarku/pelajaran/', files: 8 };
		const files = cardFiles(ids.map((id) => [id, card(id)]), 8);
		const asked: string[] = [];
		const cards = lessonCards(source, async (url) => {
			asked.push(url);
			const n = Number(/(\d+)\.json$/.exec(url)![1]);
			return { ok: true, json: async () => files[n] };
		});
		await cards.load(['pelajaran-1', 'pelajaran-2', 'pelajaran-1']);
		expect(cards.get('pelajaran-1')?.t).toBe('pelajaran-1');
		expect(asked).toEqual([...new Set([cardFileOf('pelajaran-1', 8), cardFileOf('pelajaran-2', 8)])].map((n) => cardFileUrl(source, n)));
		await cards.load(['pelajaran-2']);
		expect(asked.length).toBeLessThanOrEqual(2);
		await cards.loadHashes([idHash('pelajaran-299')]);
		expect(cards.get('pelajaran-299')?.u).toBe('/belajar/pelajaran-299/');
		expect(cards.ids().length).toBeLessThan(ids.length);
		expect(cards.get('constructor')).toBeUndefined();
		expect(cards.complete()).toBe(true);
		await cards.loadAll();
		expect(cards.ids().sort()).toEqual([...ids].sort());
		expect(asked).toHaveLength(8);
	});

	it('say when a file did not arrive, and try it again at the next load', async () => {
		let online = false;
		const cards = lessonCards({ base: '/x/', files: 1 }, async () => {
			if (!online) throw new TypeError('offline');
			return { ok: true, json: async () => ({ a: card('a') }) };
		});
		await cards.load(['a']);
		expect(cards.get('a')).toBeUndefined();
		expect(cards.complete()).toBe(false);
		online = true;
		await cards.load(['a']);
		expect(cards.get('a')?.t).toBe('a');
		expect(cards.complete()).toBe(true);
	});

	it('are made from the real catalogue: every lesson of each language, with its question count', () => {
		const { lessons } = readCatalogue('.');
		for (const lang of ['id', 'en'] as const) {
			const source = lessonCardSource(lang, lessons[lang].size);
			const files = lessonCardFiles(lang, lessons[lang].values(), source);
			expect(files).toHaveLength(source.files);
			const all = Object.assign({}, ...files);
			expect(Object.keys(all).sort()).toEqual([...lessons[lang].keys()].sort());
			const first = [...lessons[lang].values()][0]!;
			expect(all[first.lessonId].n).toBe(first.data.selfCheck.length);
			expect(all[first.lessonId].u.startsWith(lang === 'en' ? '/en/belajar/' : '/belajar/')).toBe(true);
		}
	});

	it('name a path by its list\'s address, and load each list once when asked', async () => {
		expect(pathRef({ id: 'growth' }, '/belajarku/jalur/growth.json')).toEqual({ id: 'growth', src: '/belajarku/jalur/growth.json' });
		let asked = 0;
		const lists = pathLists(async () => (asked++, { ok: true, json: async () => ['a', 'b', 'c', 7] }));
		const long = { id: 'p', src: '/p.json' };
		expect(lists.get(long)).toBeUndefined();
		await Promise.all([lists.load([long]), lists.load([long, { id: 'q', l: ['x'] }])]);
		await lists.load([long]);
		expect(lists.get(long)).toEqual(['a', 'b', 'c']);
		expect(lists.get({ id: 'q', l: ['x'] })).toEqual(['x']);
		expect(asked).toBe(1);
	});
});
