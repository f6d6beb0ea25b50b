/**
 * The program pages on a 360 px phone: the coverage view (both tables) and the directory fit the screen without
 * sideways scrolling of the page (the wide matrix scrolls inside its own focusable region), and the directory lists
 * programs with a known way to join first, the others with how to find out.
 */
import { describe, expect, it } from 'vitest';
import { newPage, PHONE } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';
import { sourceCatalogue } from '../../../tests/support/dist.ts';
import { urls } from '../../core/urls.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';
import { ui } from '../../core/i18n/ui.ts';

const site = useBrowser({ nginx: true });

describe('program pages on a 360 px phone', () => {
	it.each(LANGS)('the coverage view and the directory fit the screen (%s)', async (lang) => {
		expect(PHONE.viewport.width).toBe(360);
		const { context, page } = await newPage(site.browser, PHONE);
		for (const path of [urls.programCoverage(lang), urls.programs(lang)]) {
			await page.goto(`${site.url}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await page.goto(`${site.url}${urls.programCoverage(lang)}`);
		const regions = page.locator('.nk-cov__scroll');
		expect(await regions.count()).toBeGreaterThan(0);
		for (const region of await regions.all()) {
			expect(await region.getAttribute('tabindex')).toBe('0');
			expect(await region.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
		}
		await context.close();
	});

	it('lists programs with a known way to join first; the others say how to find out', async () => {
		const { context, page } = await newPage(site.browser, PHONE);
		await page.goto(`${site.url}${urls.programs('id')}`);
		const ids = await page.locator('[data-program]').evaluateAll((els) => els.map((e) => e.getAttribute('data-program')!));
		const known = new Set(sourceCatalogue().programs.filter((p) => p.howToJoin !== 'unknown').map((p) => p.id));
		expect(known.size).toBeGreaterThan(0);
		expect(ids.slice(0, known.size).every((id) => known.has(id))).toBe(true);
		const last = page.locator(`[data-program="${ids.at(-1)}"] .nk-prog__join`);
		expect(await last.textContent()).toBe(ui.id.programs.directory.joinFindOut);
		await context.close();
	});
});
