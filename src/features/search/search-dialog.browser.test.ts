/**
 * The search dialog as a learner uses it on a 360 px phone: results show
 * their kind (and a lesson's stage and minutes), filters narrow the results
 * to pages that really carry the chosen values, a query that finds nothing
 * offers the placement, suggested paths and the program directory, and the
 * keyboard works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DESKTOP, guardOrigin, launch, newPage, PHONE } from '../../../tests/support/browser.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from '../../../tests/support/dist.ts';
import { runAxeInEachScheme } from '../../../tests/support/axe.ts';
import { KIND_LABELS, stageFilterValue } from './search-facets.ts';
import { AUDIENCE_LABELS, PLATFORM_LABELS } from '../../core/schemas/vocabulary.ts';
import { t } from '../../core/i18n/ui.ts';
import { fill } from '../../core/i18n/format.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** The search index's filter values of each page (its fragments; the pages themselves no longer carry them, search-meta-strip.ts). */
const indexed = new Map<string, Record<string, string[]>>();
for (const file of readdirSync(join(DIST, 'pagefind/fragment'))) {
	const text = gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', file))).toString('utf8');
	const f = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
	indexed.set(f.url, f.filters);
}
function declaredFilters(url: string): Map<string, string[]> {
	return new Map(Object.entries(indexed.get(url) ?? {}));
}

async function openSearch(page: Page, query: string) {
	await page.locator('nk-search [data-open]').tap();
	await page.locator('#nk-search-input').fill(query);
	await page.locator('nk-search [data-results] > li').first().waitFor();
	await settled(page);
}

/** Every result of the current search: shows more until all are listed. */
async function allResultUrls(page: Page): Promise<string[]> {
	const more = page.locator('nk-search [data-more]');
	while (await more.isVisible()) {
		const before = await page.locator('nk-search [data-results] > li').count();
		await more.tap();
		await expect.poll(() => page.locator('nk-search [data-results] > li').count()).toBeGreaterThan(before);
	}
	return page.locator('nk-search [data-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function statusCount(page: Page): Promise<number> {
	const text = (await page.locator('nk-search [role=status]').textContent()) ?? '';
	return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

async function pick(page: Page, group: string, value: string) {
	const panel = page.locator('#nk-search-filters');
	if (await panel.isHidden()) await page.locator('nk-search [data-filter-toggle]').tap();
	const details = panel.locator('details', { has: page.locator('summary', { hasText: new RegExp(`^${group}`) }) });
	await details.waitFor();
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').tap();
	const before = await page.locator('nk-search [role=status]').textContent();
	await details.locator('label', { hasText: value }).locator('input').tap();
	await expect.poll(() => page.locator('nk-search [role=status]').textContent()).not.toBe(before);
	await settled(page);
}

/** The search started by the last input or filter change has shown its results. */
const settled = (page: Page) => expect.poll(() => page.locator('nk-search [data-results]').getAttribute('aria-busy')).toBeNull();

describe('search dialog on a phone', () => {
	it('shows the kind, stage and minutes of a lesson result, and requests nothing from other origins', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		await page.goto(baseUrl() + '/belajar/hitung-hpp/');
		await openSearch(page, 'cara hitung hpp');
		const first = page.locator('nk-search [data-results] > li').first();
		expect(await first.locator('a').getAttribute('href')).toBe('/belajar/hitung-hpp/');
		const meta = await first.locator('.nk-result-meta').textContent();
		expect(meta).toContain(KIND_LABELS.lesson.id);
		expect(meta).toContain(stageFilterValue('finance-basics', 'id'));
		expect(meta).toMatch(/\d+ menit/);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('narrows results to the chosen stage, then to the stage and a platform, every result matching', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(baseUrl() + '/belajar/hitung-hpp/');
		await openSearch(page, 'foto');
		const all = await statusCount(page);
		const stage = stageFilterValue('product-branding', 'id');
		await pick(page, 'Tahap', stage);
		const byStage = await allResultUrls(page);
		expect(byStage.length).toBe(await statusCount(page));
		expect(byStage.length).toBeGreaterThan(0);
		expect(byStage.length).toBeLessThan(all);
		for (const url of byStage) expect(declaredFilters(url).get('stage'), url).toContain(stage);

		const platform = PLATFORM_LABELS.whatsapp.id;
		await pick(page, 'Platform', platform);
		const both = await allResultUrls(page);
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(byStage.length);
		for (const url of both) {
			const filters = declaredFilters(url);
			expect(filters.get('stage'), url).toContain(stage);
			expect(filters.get('platform'), url).toContain(platform);
		}

		await page.locator('nk-search [data-clear-filters]').tap();
		await expect.poll(() => statusCount(page)).toBe(all);
		await context.close();
	});

	it('keeps the keyboard focus on a filter checkbox while the results update', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(baseUrl() + '/belajar/hitung-hpp/');
		await page.locator('nk-search [data-open]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		await page.keyboard.type('foto');
		await page.locator('nk-search [data-results] > li').first().waitFor();
		await page.locator('nk-search [data-filter-toggle]').click();
		const stage = page.locator('#nk-search-filters details', { has: page.locator('summary', { hasText: /^Tahap/ }) });
		await stage.locator('summary').click();
		const box = stage.locator('input').nth(1);
		await box.focus();
		const before = await page.locator('nk-search [role=status]').textContent();
		await page.keyboard.press('Space');
		await expect.poll(() => page.locator('nk-search [role=status]').textContent()).not.toBe(before);
		expect(await box.isChecked()).toBe(true);
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		await context.close();
	});

	it('filters by kind in English, e.g. programs only', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(baseUrl() + '/en/belajar/hitung-hpp/');
		await openSearch(page, 'shopee');
		await pick(page, 'Type', KIND_LABELS.program.en);
		const urls = await allResultUrls(page);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) {
			expect(url).toMatch(/^\/en\/program\/[^/]+\/$/);
			expect(declaredFilters(url).get('kind')).toEqual([KIND_LABELS.program.en]);
		}
		await context.close();
	});

	for (const [lang, prefix] of [['id', ''], ['en', '/en']] as const) {
		it(`offers the placement, suggested paths and the program directory when nothing is found (${lang})`, async () => {
			const { context, page } = await newPage(browser, PHONE);
			await page.goto(`${baseUrl()}${prefix}/belajar/hitung-hpp/`);
			await page.locator('nk-search [data-open]').tap();
			await page.locator('#nk-search-input').fill('qwzx vbnm');
			const empty = page.locator('nk-search [data-empty]');
			await empty.waitFor();
			expect(await page.locator('nk-search [role=status]').textContent()).toContain('qwzx vbnm');
			const links = await empty.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
			expect(links).toContain(`${prefix}/mulai/`);
			expect(links).toContain(`${prefix}/jalur/`);
			expect(links).toContain(`${prefix}/program/`);
			expect(links.filter((l) => l!.startsWith(`${prefix}/jalur/`) && l !== `${prefix}/jalur/`).length).toBeGreaterThan(0);
			await context.close();
		});
	}

	it('reads chat Indonesian as the index words and says what it searched', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		await openSearch(page, 'gmn cara jualin kue lwt wa yg laris kak');
		expect(await page.locator('nk-search').getAttribute('data-match')).toBe('all');
		const said = page.locator('nk-search [data-understood]');
		expect(await said.isVisible()).toBe(true);
		expect(await said.textContent()).toBe(fill(t('id').search.understood, { words: 'jual kue whatsapp' }));
		await context.close();
	});

	it('turns audience words in a program search into the filter, on programs for that audience only', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		await openSearch(page, 'pelatihan buat ibu2');
		expect(await page.locator('nk-search [data-understood]').textContent()).toContain(AUDIENCE_LABELS.women.id);
		const urls = await allResultUrls(page);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(declaredFilters(url).get('audience'), url).toContain(AUDIENCE_LABELS.women.id);
		await context.close();
	});

	for (const [lang, prefix, query, missing] of [
		['id', '', 'gaji karyawan', 'karyawan'],
		['en', '/en', 'crypto wallet', 'crypto'],
	] as const) {
		it(`labels the closest pages as closest and names the words no page has (${lang})`, async () => {
			const { context, page } = await newPage(browser, PHONE);
			await page.goto(`${baseUrl()}${prefix}/belajar/hitung-hpp/`);
			await page.locator('nk-search [data-open]').tap();
			await page.locator('#nk-search-input').fill(query);
			await expect.poll(() => page.locator('nk-search').getAttribute('data-match')).not.toBeNull();
			await settled(page);
			const s = t(lang).search;
			const match = await page.locator('nk-search').getAttribute('data-match');
			const status = (await page.locator('nk-search [role=status]').textContent()) ?? '';
			// Never a full match: either the closest pages, labelled, or nothing.
			expect(match).not.toBe('all');
			if (match === 'closest') {
				expect(status).toContain(s.closest);
				expect(status).toContain(`“${missing}”`);
			}
			const notHere = page.locator('nk-search [data-not-here]');
			expect(await notHere.isVisible()).toBe(true);
			expect(await notHere.textContent()).toContain(`“${missing}”`);
			const links = await page.locator('nk-search [data-empty] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
			expect(links).toContain(`${prefix}/mulai/`);
			await context.close();
		});
	}

	for (const [lang, prefix] of [['id', ''], ['en', '/en']] as const) {
		it(`says when a word is in no lesson (only the glossary has it) and offers a prefilled "suggest this topic" (${lang})`, async () => {
			const { context, page } = await newPage(browser, PHONE);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(`${baseUrl()}${prefix}/belajar/hitung-hpp/`);
			await openSearch(page, 'lazada');
			const s = t(lang).search;
			const notHere = page.locator('nk-search [data-not-here]');
			expect(await notHere.isVisible()).toBe(true);
			expect(await notHere.textContent()).toBe(fill(s.notHere, { words: '“lazada”' }));
			const suggest = page.locator('nk-search [data-suggest]');
			expect(await suggest.isVisible()).toBe(true);
			// content/contact.yaml is empty: no address to send to, so a share link without a number and a copy button.
			expect(await suggest.locator('p').textContent()).toBe(s.suggestIntroNoContact);
			const share = suggest.locator('[data-suggest-link=share]');
			expect(await share.textContent()).toBe(s.suggestVia.share);
			const href = new URL((await share.getAttribute('href'))!);
			expect(href.origin + href.pathname).toBe('https://wa.me/');
			expect(href.searchParams.get('text')).toContain(fill(s.suggestSubject, { q: 'lazada' }));
			await suggest.locator('button').tap();
			await expect.poll(() => suggest.locator('[data-copied]').textContent()).toContain(s.suggestCopied);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(fill(s.suggestSubject, { q: 'lazada' }));
			await context.close();
		});
	}

	it('puts a lesson that teaches the topic before paths and other pages that only list it', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		await openSearch(page, 'ngajak pelanggan bikin konten');
		const first = page.locator('nk-search [data-results] > li').first();
		expect(await first.locator('.nk-result-kind').textContent()).toBe(KIND_LABELS.lesson.id);
		// A page the person names the kind of is not pushed down.
		await page.locator('#nk-search-input').fill('jalur belajar jualan makanan');
		await expect.poll(() => page.locator('nk-search [data-results] > li .nk-result-kind').first().textContent()).toBe(KIND_LABELS.path.id);
		await context.close();
	});

	it('has no axe violations with results and filters open (dark and light)', async () => {
		const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(baseUrl() + '/en/belajar/hitung-hpp/');
		await openSearch(page, 'price');
		await page.locator('nk-search [data-filter-toggle]').tap();
		await page.locator('#nk-search-filters details').first().waitFor();
		for (const summary of await page.locator('#nk-search-filters summary').all()) if (await summary.isVisible()) await summary.tap();
		// Back to the top: wherever the last tap left the scroll, a checkbox passing under the sticky search field
		// counts for axe as a touch target overlapped by the field (it depends on how long the lists above are).
		await page.locator('nk-search dialog').evaluate((d) => d.scrollTo(0, 0));
		const report = await runAxeInEachScheme(page, 'search dialog');
		expect(report, report.join('\n')).toEqual([]);
		await context.close();
	});

	it('opens with Ctrl+K, closes with Escape, and Enter opens the first result', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(baseUrl() + '/belajar/hitung-hpp/');
		await page.locator('nk-search [data-open]:not([disabled])').waitFor();
		await page.keyboard.press('Control+k');
		const dialog = page.locator('nk-search dialog');
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('nk-search-input');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('daftar nib');
		// The results of the whole query, not of "daftar" typed on the way (Enter went there on a busy machine).
		await expect.poll(() => page.locator('nk-search [data-results] > li a').first().getAttribute('href'), { timeout: 10_000 }).toBe('/belajar/daftar-nib/');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/belajar/daftar-nib/');
		await context.close();
	});
	for (const [lang, prefix] of [['id', ''], ['en', '/en']] as const) {
		it(`builds its examples from the word file in the page's language, and a tap on one searches it (${lang})`, async () => {
			const { context, page } = await newPage(browser, PHONE);
			await page.goto(`${baseUrl()}${prefix}/belajar/hitung-hpp/`);
			// The page itself carries none of them (repeated-chrome.dist.test.ts): they come with the word file.
			expect(await page.locator('nk-search [data-example]').count()).toBe(0);
			await page.locator('nk-search [data-open]').tap();
			const examples = page.locator('nk-search [data-example]');
			await expect.poll(() => examples.allTextContents()).toEqual(t(lang).search.examples.split('|'));
			await examples.first().tap();
			await page.locator('nk-search [data-results] > li').first().waitFor();
			expect(await page.locator('#nk-search-input').inputValue()).toBe(t(lang).search.examples.split('|')[0]);
			await context.close();
		});
	}

	it('says so when its word file cannot load, and builds the dialog once it can, on the next open', async () => {
		// No service worker: once it controls the page, the word file comes through it, out of page.route()'s reach.
		const { context, page } = await newPage(browser, { ...PHONE, serviceWorkers: 'block' });
		await page.route('**/search-words.json', (route) => route.abort());
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		await page.locator('nk-search [data-open]').tap();
		// The error comes after Pagefind's own files have loaded or failed too: give a busy machine time.
		await expect.poll(() => page.locator('nk-search [role=status]').textContent(), { timeout: 15_000 }).toBe(t('id').search.error);
		await page.unroute('**/search-words.json');
		await page.locator('nk-search [data-close]').tap();
		await page.locator('nk-search [data-open]').tap();
		await page.locator('#nk-search-input').fill('hitung hpp');
		await page.locator('nk-search [data-results] > li').first().waitFor();
		// One set of the dialog's parts, not one per try.
		expect(await page.locator('nk-search [data-results]').count()).toBe(1);
		expect(await page.locator('nk-search [data-filter-toggle]').count()).toBe(1);
		await context.close();
	});
});
