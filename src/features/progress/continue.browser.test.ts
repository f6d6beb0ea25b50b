/**
 * "Lanjut belajar" / "Continue" on the home page: absent on a first visit (and
 * nothing moves while the page's scripts start), shown after one finished
 * lesson with the next lesson of its path and a link to Belajarku, and back
 * after export → clear → import.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PHONE, baseUrl, holdScripts, layoutShifts, newPage, recordLayoutShifts } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';

const api = JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')) as { lessons: { id: string; title: { id: string; en: string }; url: { id: string; en: string } }[] };
const lesson = (id: string) => api.lessons.find((l) => l.id === id)!;
const pathOf = (id: string, lang: 'id' | 'en' = 'id') => new URL(lesson(id).url[lang]).pathname;
const finance = readCatalogue('.').paths.find((p) => p.id === 'finance-basics')!;
const [FIRST, SECOND] = finance.lessons as [string, string];

const site = useBrowser();

describe('Continue on the home page', () => {
	it('is absent on a first visit, and nothing moves while the scripts start', async () => {
		const { context, page } = await newPage(site.browser);
		await recordLayoutShifts(page);
		const release = await holdScripts(page);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'commit' });
		await page.locator('footer').waitFor({ state: 'attached' });
		expect(await page.locator('nk-continue').isVisible()).toBe(false);
		release();
		await page.waitForLoadState('load');
		await page.waitForTimeout(300);
		expect(await page.locator('nk-continue').isVisible()).toBe(false);
		expect(await layoutShifts(page)).toEqual([]);
		await context.close();
	});

	it('after one finished lesson shows the next lesson of its path and Belajarku, in both languages, from the first paint without a shift', async () => {
		const { context, page } = await newPage(site.browser, { ...PHONE, acceptDownloads: true } as typeof PHONE);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseUrl()}${pathOf(FIRST)}`);
		const done = page.locator('nk-practice .nk-done');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');

		// A returning visitor on a slow connection: the box is there at the first paint, and filling it in moves nothing.
		await recordLayoutShifts(page);
		const release = await holdScripts(page);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'commit' });
		const box = page.locator('nk-continue');
		await page.locator('footer').waitFor({ state: 'attached' });
		expect(await box.isVisible()).toBe(true);
		const before = (await page.locator('main h2').nth(1).boundingBox())!.y;
		release();
		const link = box.locator('[data-continue-link]');
		await expect.poll(() => link.getAttribute('href')).toBe(`${pathOf(SECOND)}?jalur=finance-basics`);
		expect(await box.locator('[data-continue-where]').innerText()).toContain(lesson(SECOND).title.id);
		expect(await box.innerText()).toContain('Lanjut belajar');
		expect(await box.locator('[data-continue-my]').getAttribute('href')).toBe('/belajarku/');
		expect((await page.locator('main h2').nth(1).boundingBox())!.y).toBe(before);
		expect(await layoutShifts(page)).toEqual([]);
		await page.unrouteAll();

		await page.goto(`${baseUrl()}/en/`);
		await expect.poll(() => box.isVisible()).toBe(true);
		expect(await box.locator('[data-continue-link]').getAttribute('href')).toBe(`${pathOf(SECOND, 'en')}?jalur=finance-basics`);
		expect(await box.innerText()).toContain('Continue learning');

		// Export → clear → import: it comes back.
		await page.goto(`${baseUrl()}/belajarku/`);
		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		await page.evaluate(() => localStorage.clear());
		await page.goto(`${baseUrl()}/`);
		await page.waitForTimeout(200);
		expect(await box.isVisible()).toBe(false);
		await page.goto(`${baseUrl()}/belajarku/`);
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toContain('Berhasil');
		await page.goto(`${baseUrl()}/`);
		await expect.poll(() => box.locator('[data-continue-link]').getAttribute('href')).toBe(`${pathOf(SECOND)}?jalur=finance-basics`);
		expect(errors).toEqual([]);
		await context.close();
	});
});
