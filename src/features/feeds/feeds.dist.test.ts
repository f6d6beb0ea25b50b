/**
 * The change feeds in dist/: well-formed XML (fast-xml-parser's validator), an RSS 2.0 channel with its required
 * elements, one entry per lesson and per program with an RFC 822 date equal to the lesson's `updated` or the
 * program's `lastVerified` day, absolute links to pages that exist, and a link to the feed in every page's head.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DIST, exists, html, sourceCatalogue } from '../../../tests/support/dist.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';
import { SITE_URL } from '../../core/site.ts';
import { allElements, attrOf, parsePage } from '../../core/html/html.ts';

interface Item { title: string; link: string; description: string; pubDate: string; guid: { '#text': string; '@_isPermaLink': string } }
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const { lessons, programs } = sourceCatalogue();

describe.each(LANGS)('change feed (%s)', (lang) => {
	const file = join(DIST, urls.feed(lang));
	const xml = readFileSync(file, 'utf8');

	it('is well-formed XML with an RSS 2.0 channel: title, link, description, language, self link', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(rss['@_version']).toBe('2.0');
		expect(rss.channel.title).toMatch(/\S/);
		expect(rss.channel.description).toMatch(/\S/);
		expect(rss.channel.link).toBe(`${SITE_URL}${urls.home(lang)}`);
		expect(rss.channel.language).toBe(lang);
		expect(rss.channel['atom:link']['@_href']).toBe(`${SITE_URL}${urls.feed(lang)}`);
		expect(rss.channel.lastBuildDate).toMatch(RFC822);
		console.log(`feed ${urls.feed(lang)}: ${statSync(file).size} bytes, ${rss.channel.item.length} entries`);
	});

	it('has one entry per lesson and program, dated by its change, newest first, linking to built pages', () => {
		const items: Item[] = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item;
		const expected = new Map<string, string>();
		for (const l of lessons[lang].values()) expected.set(`${SITE_URL}${urls.lesson(lang, l.slug)}`, (l.data as { updated: string }).updated);
		for (const p of programs) expected.set(`${SITE_URL}${urls.program(lang, p.id)}`, p.lastVerified);
		expect(items.length).toBe(expected.size);
		const seen = new Set<string>();
		let previous = Infinity;
		for (const item of items) {
			expect(item.title, item.link).toMatch(/\S/);
			expect(item.description, item.link).toMatch(/\S/);
			expect(item.link.startsWith(`${SITE_URL}/`), item.link).toBe(true);
			expect(exists(new URL(item.link).pathname), item.link).toBe(true);
			expect(item.pubDate, item.link).toMatch(RFC822);
			const day = new Date(item.pubDate).toISOString().slice(0, 10);
			expect(day, item.link).toBe(expected.get(item.link));
			expect(item.guid['@_isPermaLink']).toBe('false');
			expect(item.guid['#text']).toContain(day);
			expect(new Date(item.pubDate).getTime()).toBeLessThanOrEqual(previous);
			previous = new Date(item.pubDate).getTime();
			seen.add(item.link);
		}
		expect(seen.size).toBe(expected.size);
	});

	it('is named in the head of the pages of its language', () => {
		const pages = [urls.home(lang), urls.programMakers(lang), urls.programs(lang), urls.lesson(lang, [...lessons[lang].values()][0]!.slug)];
		for (const page of pages) {
			const links = allElements(parsePage(html(page))).filter((l) => l.tagName === 'link' && attrOf(l, 'rel') === 'alternate' && attrOf(l, 'type') === 'application/rss+xml');
			expect(links.map((l) => attrOf(l, 'href')), page).toEqual([urls.feed(lang)]);
		}
		expect(html(urls.programMakers(lang))).toContain(`href="${urls.feed(lang)}"`);
	});
});
