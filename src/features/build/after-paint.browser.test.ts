/**
 * A lesson shows its text first, then runs its scripts (module-preload.ts, after-paint.js), and nothing moves when
 * they run: the path bar is in the page and shown by an inline script before the lesson is drawn (PathBar.astro),
 * and the share buttons are placed by the capability classes of first-paint.js.
 */
import { describe, expect, it } from 'vitest';
import { layoutShifts, newPage, pageErrors, recordLayoutShifts, scriptsReady } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';

const site = useBrowser();
const LESSON = '/belajar/hitung-hpp/';

describe('a lesson after its first paint', () => {
	it('paints its text before it requests the scripts that only make things work, and they then run', async () => {
		const { context, page } = await newPage(site.browser);
		const errors = pageErrors(page);
		await page.goto(site.url + LESSON);
		await scriptsReady(page);
		const { paint, late, early } = await page.evaluate(() => {
			const at = (part: string) => performance.getEntriesByType('resource').find((r) => r.name.includes(part))?.startTime;
			return { paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, late: at('/SelfCheck.astro'), early: at('/ListenButton.astro') };
		});
		expect(paint).toBeGreaterThan(0);
		expect(late).toBeGreaterThanOrEqual(paint!);
		// The listen button's script is in the page itself, requested with the page.
		expect(early).toBeLessThan(late!);
		// The waiting scripts ran: the search button (one of them) opens its dialog.
		await page.locator('nk-search [data-open]').tap();
		await expect.poll(() => page.locator('#nk-search-input').isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('on a path, with the clipboard: the path bar and the copy buttons are in place, and nothing moves', async () => {
		const { context, page } = await newPage(site.browser);
		await recordLayoutShifts(page);
		await page.goto(`${site.url}${LESSON}?jalur=finance-basics`);
		await scriptsReady(page);
		expect(await page.locator('nk-path-bar').isVisible()).toBe(true);
		expect(await page.locator('[data-copy-link]').isVisible()).toBe(true);
		// No file sharing in a desktop Chromium: that button stays out, from the first paint on.
		expect(await page.evaluate(() => 'canShare' in navigator)).toBe(false);
		expect(await page.locator('[data-send-handout]').isVisible()).toBe(false);
		expect((await layoutShifts(page)).filter((v) => v >= 0.001)).toEqual([]);
		await context.close();
	});
});
