/**
 * Permanent links in a browser, served by nginx with the site's CSP: /l/<id>/ forwards to the lesson and keeps the
 * query string and the fragment (a link shared as /l/x/?from=wa#practice lands on the same part of the lesson), in
 * both languages; the page a chat app reads carries the lesson's preview tags.
 */
import { describe, expect, it } from 'vitest';
import { newPage } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';
import { sourceCatalogue } from '../../../tests/support/dist.ts';
import { urls } from '../../core/urls.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';

const site = useBrowser({ nginx: true });

const lesson = sourceCatalogue().lessons.id.get('cost-of-goods')!;

describe('permanent lesson links', () => {
	it.each(LANGS)('forward to the lesson keeping the query string and the fragment (%s)', async (lang) => {
		const { context, page } = await newPage(site.browser);
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${site.url}${urls.lessonPermalink(lang, 'cost-of-goods')}?from=wa&x=1%202#practice`);
		await page.waitForURL((u) => u.pathname === urls.lesson(lang, lesson.slug));
		const url = new URL(page.url());
		expect(url.search).toBe('?from=wa&x=1%202');
		expect(url.hash).toBe('#practice');
		expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
		await context.close();
	});

	it('forward without a query or fragment to the bare lesson address', async () => {
		const { context, page } = await newPage(site.browser);
		await page.goto(`${site.url}${urls.lessonPermalink('id', 'cost-of-goods')}`);
		await page.waitForURL((u) => u.pathname === urls.lesson('id', lesson.slug));
		expect(page.url()).toBe(`${site.url}${urls.lesson('id', lesson.slug)}`);
		await context.close();
	});

	it('show a link preview: title, description and image of the lesson', async () => {
		const res = await fetch(`${site.url}${urls.lessonPermalink('en', 'cost-of-goods')}`);
		const text = await res.text();
		const meta = (p: string) => new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(text)?.[1];
		const en = sourceCatalogue().lessons.en.get('cost-of-goods')!.data as { title: string; description: string };
		expect(meta('og:title')).toBe(en.title.replaceAll('&', '&amp;'));
		expect(meta('og:description')).toMatch(/\S/);
		expect(meta('og:image')).toMatch(new RegExp(`^https://.+/og${urls.lesson('en', lesson.slug).replace(/\/$/, '')}\\.png$`));
		expect(meta('og:url')).toMatch(new RegExp(`${urls.lesson('en', lesson.slug)}$`));
	});
});
