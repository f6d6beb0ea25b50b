/** What a learner does on a lesson page, on a 360 px phone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, guardOrigin, launch, newPage, PHONE } from '../../../tests/support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

const PRICING = '/belajar/harga-jual-dan-biaya-platform/';

describe('profit calculator', () => {
	it('is usable by keyboard alone and warns about a loss', async () => {
		const { context, page } = await newPage(browser, { ...PHONE, hasTouch: false, isMobile: false });
		await page.goto(baseUrl() + PRICING);
		const calc = page.locator('nk-profit-calculator');
		await calc.locator('input[name="hpp"]').focus();
		await page.keyboard.type('12.000');
		await page.keyboard.press('Tab');
		await page.keyboard.type('1500');
		await calc.locator('input[name="commissionPct"]').focus();
		await page.keyboard.type('20');
		await calc.locator('input[name="discountPct"]').focus();
		await page.keyboard.type('30');
		await calc.locator('input[name="price"]').focus();
		await page.keyboard.type('20000');
		await page.keyboard.press('Enter');
		const out = calc.locator('.nk-calc__out');
		await expect.poll(() => out.textContent()).toContain('-Rp2.300');
		await expect.poll(() => out.locator('[role="alert"]').count()).toBe(1);
		await context.close();
	});

	it('works by touch, uses a sourced preset, and explains bad input instead of showing NaN', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(baseUrl() + PRICING);
		const calc = page.locator('nk-profit-calculator');
		await calc.locator('input[name="hpp"]').tap();
		await calc.locator('input[name="hpp"]').fill('8000');
		await calc.locator('select[name="preset"]').selectOption({ index: 1 }); // GoFood 20% (2024 report)
		await expect.poll(() => calc.locator('input[name="commissionPct"]').inputValue()).toBe('20');
		await calc.locator('input[name="targetMarginPct"]').fill('30');
		await calc.locator('button[type="submit"]').tap();
		await expect.poll(() => calc.locator('.nk-calc__out').textContent()).toContain('Rp16.000');
		await calc.locator('input[name="packaging"]').fill('lima ratus');
		await calc.locator('button[type="submit"]').tap();
		await expect.poll(() => calc.locator('input[name="packaging"]').getAttribute('aria-invalid')).toBe('true');
		expect(await calc.textContent()).not.toContain('NaN');
		await context.close();
	});

	it('shows the break-even price, a price only for a margin she chose, and says plainly when her price is below break-even', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(baseUrl() + PRICING);
		const calc = page.locator('nk-profit-calculator');
		const out = calc.locator('.nk-calc__out');
		// Cost Rp8.000, selling at Rp15.000, no margin chosen: nothing is "suggested", Rp9.000 least of all.
		await calc.locator('input[name="hpp"]').fill('8000');
		await calc.locator('input[name="price"]').fill('15000');
		await calc.locator('button[type="submit"]').tap();
		await expect.poll(() => out.textContent()).toContain('Harga balik modal (tidak untung, tidak rugi)Rp8.000');
		const text = (await out.textContent())!;
		expect(text).not.toMatch(/disarankan|Rp9\.000/);
		expect(text).toContain('Rp7.000 (46,7\u00a0%)');
		expect(await out.locator('[role="alert"]').count()).toBe(0);
		// A margin she chooses gets its own plainly labelled price.
		await calc.locator('input[name="targetMarginPct"]').fill('20');
		await calc.locator('button[type="submit"]').tap();
		await expect.poll(() => out.textContent()).toContain('Harga jual supaya untung 20\u00a0%Rp10.000');
		// Shopee's dated preset fills the per-order fee too; a price under break-even is named as such.
		await calc.locator('select[name="preset"]').selectOption('shopee-2025');
		await expect.poll(() => calc.locator('input[name="fixedFee"]').inputValue()).toBe('Rp1.250');
		await calc.locator('input[name="price"]').fill('9500');
		await calc.locator('button[type="submit"]').tap();
		// (8.000 + 1.250) ÷ (1 − 8,5%) = 10.109,2 → Rp10.110
		await expect.poll(() => out.locator('[role="alert"]').textContent()).toBe('Awas: harga jualmu sekarang (Rp9.500) di bawah harga balik modal (Rp10.110). Kamu RUGI Rp557 di setiap barang. Naikkan harga, kurangi diskon, atau tekan biaya.');
		await context.close();
	});

	it('degrades to a readable formula without JavaScript', async () => {
		const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(baseUrl() + PRICING);
		expect(await page.locator('nk-profit-calculator form').isVisible()).toBe(false);
		expect(await page.locator('nk-profit-calculator .nk-tool__nojs').textContent()).toMatch(/HPP/);
		await context.close();
	});
});

describe('a lesson on a phone', () => {
	it('gives instant self-check feedback, saves practice ticks, and requests nothing from other origins', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		await page.goto(baseUrl() + '/belajar/pisahkan-uang-usaha/');
		const firstQuestion = page.locator('fieldset.nk-q').first();
		const correct = firstQuestion.locator('.nk-opt[data-correct] label');
		await correct.tap();
		await expect.poll(() => firstQuestion.locator('.nk-opt[data-correct] .nk-explain').isVisible()).toBe(true);
		const box = page.locator('nk-practice input[type="checkbox"]').first();
		await box.check();
		await page.reload();
		await expect.poll(() => page.locator('nk-practice input[type="checkbox"]').first().isChecked()).toBe(true);
		expect(foreign).toEqual([]);
		// No horizontal scrolling at 360 px.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await context.close();
	});

	it('keeps working when storage is blocked (private mode)', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
		});
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(baseUrl() + '/belajar/pisahkan-uang-usaha/');
		await page.locator('nk-practice input[type="checkbox"]').first().check();
		expect(await page.locator('nk-practice input[type="checkbox"]').first().isChecked()).toBe(true);
		// The learner is told their ticks won't be kept, and "done" still toggles within the visit.
		await expect.poll(() => page.locator('.nk-practice__problem').isVisible()).toBe(true);
		const done = page.locator('nk-practice .nk-done');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('false');
		expect(errors).toEqual([]);
		await context.close();
	});
});
