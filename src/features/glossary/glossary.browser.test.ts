/**
 * The Kamus kecil on a phone: a word linked in a lesson opens its entry, in view below the sticky header and marked,
 * in the lesson's language; the letter buttons jump to the first word of their letter; and Back returns to the lesson.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, guardOrigin, launch, newPage, PHONE } from '../../../tests/support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** Where the entry's heading sits: below the site header and inside the screen. */
async function entryInView(page: Page, id: string) {
	return page.evaluate((id) => {
		const dt = document.getElementById(id)!;
		const header = document.querySelector('header')!.getBoundingClientRect();
		const box = dt.getBoundingClientRect();
		return { belowHeader: box.top >= header.bottom - 1, onScreen: box.bottom <= window.innerHeight, targeted: dt.matches(':target'), outline: getComputedStyle(dt).outlineStyle };
	}, id);
}

describe('Kamus kecil links', () => {
	it.each([
		['/belajar/hitung-hpp/', 'batch', '/kamus/'],
		['/en/belajar/jualan-lewat-whatsapp/', 'cod', '/en/kamus/'],
	])('%s: the link to #%s opens the entry in view', async (lesson, id, glossary) => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		await page.goto(baseUrl() + lesson);
		const link = page.locator(`main a[href="${glossary}#${id}"]`).first();
		await link.scrollIntoViewIfNeeded();
		await link.click();
		await page.waitForURL(`**${glossary}#${id}`);
		await page.waitForFunction((id) => document.getElementById(id)?.getBoundingClientRect().top !== undefined, id);
		expect(await entryInView(page, id)).toEqual({ belowHeader: true, onScreen: true, targeted: true, outline: 'solid' });
		expect(await page.locator(`#${id} + dd`).innerText()).toMatch(/\w{3,}.*\n*.*(Contoh|Example):/s);
		await page.goBack();
		await page.waitForURL(`**${lesson}`);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('letter buttons jump to the first word of their letter', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseUrl()}/kamus/`);
		const letter = page.locator('nav.nk-glossary__letters a', { hasText: /^O$/ });
		const target = (await letter.getAttribute('href'))!.slice(1);
		expect(await page.locator(`#${target} dfn`).innerText()).toMatch(/^o/i);
		await letter.click();
		await page.waitForURL(`**/kamus/#${target}`);
		expect((await entryInView(page, target)).belowHeader).toBe(true);
		await context.close();
	});
});
