import { describe, expect, it } from 'vitest';
import rss from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedItems, feedOptions, type FeedLesson, type FeedProgram } from './feed.ts';

const SITE = 'https://contoh.example';
const lessons: FeedLesson[] = [
	{ lessonId: 'cost-of-goods', slug: 'hitung-hpp', title: 'Hitung HPP & untung', description: 'Harga pokok <satu> barang.', stage: 'finance-basics', updated: '2026-11-20' },
	{ lessonId: 'brand-story', slug: 'cerita-merek', title: 'Cerita merek', description: 'Ceritakan usahamu.', stage: 'brand', updated: '2026-11-28' },
];
const programs: FeedProgram[] = [{ id: 'umkm-go-digital', name: 'UMKM Go Digital', description: 'Pelatihan jualan online.', status: 'ended', lastVerified: '2026-11-25' }];

const parse = async (lang: 'id' | 'en') => {
	const items = feedItems(lang, lessons, programs, SITE);
	const xml = await (await rss(feedOptions(lang, items, SITE))).text();
	expect(XMLValidator.validate(xml)).toBe(true);
	return new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
};

describe('change feed', () => {
	it('lists lessons and programs newest first, dated by their change, with absolute links', async () => {
		const { channel } = await parse('id');
		const titles = channel.item.map((i: { title: string }) => i.title);
		expect(titles).toEqual(['Pelajaran: Cerita merek', 'Program: UMKM Go Digital (Sudah berakhir, diperiksa 25 November 2026)', 'Pelajaran: Hitung HPP & untung']);
		expect(channel.item.map((i: { pubDate: string }) => new Date(i.pubDate).toISOString().slice(0, 10))).toEqual(['2026-11-28', '2026-11-25', '2026-11-20']);
		expect(channel.item[1].link).toBe(`${SITE}/program/umkm-go-digital/`);
		expect(channel.item[2].link).toBe(`${SITE}/belajar/hitung-hpp/`);
		expect(channel.item[2].description).toBe('Harga pokok <satu> barang.');
		expect(channel.lastBuildDate).toBe(new Date('2026-11-28T00:00:00Z').toUTCString());
		expect(channel.language).toBe('id');
		expect(channel['atom:link']['@_href']).toBe(`${SITE}/feed.xml`);
	});

	it('gives an entry a new guid when its date or status changes, so readers show the change', async () => {
		const before = feedItems('en', lessons, programs, SITE).map((i) => i.customData);
		const after = feedItems('en', [{ ...lessons[0]!, updated: '2026-11-30' }, lessons[1]!], [{ ...programs[0]!, status: 'active' }], SITE).map((i) => i.customData);
		expect(after).not.toContain(before.find((g) => g!.includes('cost-of-goods')));
		expect(after).not.toContain(before.find((g) => g!.includes('umkm-go-digital')));
		expect(after).toContain(before.find((g) => g!.includes('brand-story')));
		const { channel } = await parse('en');
		expect(channel.item[0].guid).toEqual({ '#text': 'naik-kelas:en:lesson:brand-story:2026-11-28', '@_isPermaLink': 'false' });
		expect(channel.item[1].title).toBe('Program: UMKM Go Digital (Ended, checked 25 November 2026)');
		expect(channel.item[0].link).toBe(`${SITE}/en/belajar/cerita-merek/`);
	});
});
