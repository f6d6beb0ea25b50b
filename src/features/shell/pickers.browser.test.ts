/**
 * The theme and language pickers (Starlight's, with their icons drawn by the stylesheet: Select.astro, icons.css):
 * each shows its icon, the theme picker the picked theme's, and both still do their job, in the header on a wide
 * screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DESKTOP, launch, newPage, pageErrors } from '../../../tests/support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** The mask image of the header picker's label icon, and whether the icon takes up room. */
const icon = (page: Page, picker: string) =>
	page.locator(`header ${picker} .label-icon`).evaluate((el) => {
		const style = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return { mask: style.maskImage || style.getPropertyValue('-webkit-mask-image'), hidden: el.getAttribute('aria-hidden'), size: Math.round(box.width) };
	});

describe('theme and language pickers', () => {
	it("show their icons from the stylesheet, the theme picker the picked theme's", async () => {
		const { context, page } = await newPage(browser, DESKTOP);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		const auto = await icon(page, 'starlight-theme-select');
		expect(auto.hidden).toBe('true');
		expect(auto.size).toBeGreaterThan(8);
		expect(auto.mask).toContain('data:image/svg+xml');
		const select = page.locator('header starlight-theme-select select');
		await select.selectOption('light');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		const light = await icon(page, 'starlight-theme-select');
		expect(light.mask).not.toBe(auto.mask);
		await select.selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const dark = await icon(page, 'starlight-theme-select');
		expect(new Set([auto.mask, light.mask, dark.mask]).size).toBe(3);
		// The choice is kept: the next page opens in it, its picker showing the same icon.
		await page.goto(`${baseUrl()}/belajar/daftar-nib/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.locator('header starlight-theme-select select').inputValue()).toBe('dark');
		expect((await icon(page, 'starlight-theme-select')).mask).toBe(dark.mask);
		expect((await icon(page, 'starlight-lang-select')).mask).toContain('data:image/svg+xml');
		expect(errors).toEqual([]);
		await context.close();
	});

	it("the language picker opens this page in the other language and marks the page's own", async () => {
		const { context, page } = await newPage(browser, DESKTOP);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		const select = page.locator('header starlight-lang-select select');
		expect(await select.inputValue()).toBe('/belajar/hitung-hpp/');
		await select.selectOption('/en/belajar/hitung-hpp/');
		await page.waitForURL('**/en/belajar/hitung-hpp/');
		expect(await page.locator('header starlight-lang-select select').inputValue()).toBe('/en/belajar/hitung-hpp/');
		await context.close();
	});
});
