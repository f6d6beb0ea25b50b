/**
 * "Hapus jalur ini / Remove this path" in Belajarku, in both languages: only her own (custom) paths have it; it asks
 * first, naming the path and saying her lesson progress stays; it works from the keyboard (Esc and "Cancel" keep the
 * path and give focus back); after removing, the lesson she did in that path is still done, and export → clear →
 * import brings back her other path but not the removed one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, newPage, pageErrors } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';
import { formatViolations, runAxe } from '../../../tests/support/axe.ts';
import { ui } from '../../core/i18n/ui.ts';

const api = JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')) as { lessons: { id: string; url: { id: string; en: string } }[] };
const pathOf = (id: string, lang: 'id' | 'en' = 'id') => new URL(api.lessons.find((l) => l.id === id)!.url[lang]).pathname;
const ids = api.lessons.map((l) => l.id);
const A = { title: 'Jalur Bu Sari', lessons: [ids[3]!, ids[7]!] };
const B = { title: 'Kelas Pak Budi', lessons: [ids[11]!, ids[4]!] };
const link = (p: typeof A, lang: 'id' | 'en' = 'id') => `${lang === 'en' ? '/en' : ''}/jalur/susun/?l=${p.lessons.join(',')}&t=${encodeURIComponent(p.title)}`;

const site = useBrowser();

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('removing a path of her own', () => {
	it('asks first naming the path, keeps her lesson progress, works from the keyboard, and stays removed through export → clear → import', async () => {
		const { context, page } = await newPage(site.browser);
		const errors = pageErrors(page);
		const s = ui.id.myLearning;
		for (const p of [A, B]) {
			await page.goto(`${baseUrl()}${link(p)}`);
			await expect.poll(() => page.locator('nk-custom-path .nk-custom-view').isVisible()).toBe(true);
		}
		// One lesson of A done, from A.
		await page.goto(`${baseUrl()}${pathOf(A.lessons[0]!)}?jalur=susun`);
		const done = page.locator('nk-practice .nk-done');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');

		await page.goto(`${baseUrl()}/belajarku/`);
		const my = page.locator('nk-my-learning');
		const row = (p: typeof A) => my.locator('[data-paths] > li', { hasText: p.title });
		await expect.poll(() => row(A).count()).toBe(1);
		// Only her own paths can be removed: the stage path of the lesson she did has no such button.
		expect(await my.locator('[data-paths] > li').count()).toBe(3);
		expect(await my.locator('[data-paths] [data-remove-path]').count()).toBe(2);
		const remove = row(A).getByRole('button', { name: s.removePath });
		expect(await remove.getAttribute('aria-label')).toBe(`${s.removePath}: ${A.title}`);

		// From the keyboard: the dialog names the path, says progress stays, and starts on "Cancel".
		const dialog = my.locator('[data-remove-dialog]');
		await remove.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await dialog.locator('h2').innerText()).toBe(s.removeConfirm.replace('{title}', A.title));
		expect(await dialog.innerText()).toContain(s.removeKeepsProgress);
		expect(await focused(page)).toBe(s.removeNo);
		expect(formatViolations('/belajarku/ (remove dialog)', await runAxe(page))).toBe('');
		// Esc keeps the path, and focus is back on the button.
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await row(A).count()).toBe(1);
		expect(await remove.evaluate((b) => b === document.activeElement)).toBe(true);
		// So does "Cancel".
		await page.keyboard.press('Enter');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		expect(await row(A).count()).toBe(1);

		// "Yes": A goes, B stays, the lesson she did in A is still done.
		await remove.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe(s.removeYes);
		await page.keyboard.press('Enter');
		await expect.poll(() => row(A).count()).toBe(0);
		expect(await row(B).count()).toBe(1);
		expect(await my.locator('[data-paths-message]').innerText()).toBe(s.removed.replace('{title}', A.title));
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('nk-my-paths');
		expect(await my.locator(`[data-done] li[data-lesson="${A.lessons[0]}"]`).count()).toBe(1);
		await page.reload();
		await expect.poll(() => row(B).count()).toBe(1);
		expect(await row(A).count()).toBe(0);

		// Export → clear → import: B and the lesson come back, A does not.
		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await expect.poll(() => my.locator('[data-my-empty]').isVisible()).toBe(true);
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => my.locator('[data-message]').innerText()).toContain('Berhasil');
		await page.reload();
		await expect.poll(() => row(B).count()).toBe(1);
		expect(await row(A).count()).toBe(0);
		expect(await my.locator(`[data-done] li[data-lesson="${A.lessons[0]}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('in English: the button, the question naming the path and the note that progress stays', async () => {
		const { context, page } = await newPage(site.browser);
		const s = ui.en.myLearning;
		await page.goto(`${baseUrl()}${link(B, 'en')}`);
		await expect.poll(() => page.locator('nk-custom-path .nk-custom-view').isVisible()).toBe(true);
		await page.goto(`${baseUrl()}/en/belajarku/`);
		const my = page.locator('nk-my-learning');
		const remove = my.getByRole('button', { name: `${s.removePath}: ${B.title}` });
		await expect.poll(() => remove.count()).toBe(1);
		await remove.click();
		const dialog = my.locator('[data-remove-dialog]');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await dialog.locator('h2').innerText()).toBe(s.removeConfirm.replace('{title}', B.title));
		expect(await dialog.innerText()).toContain(s.removeKeepsProgress);
		await dialog.getByRole('button', { name: s.removeYes }).click();
		await expect.poll(() => my.locator('[data-paths] > li', { hasText: B.title }).count()).toBe(0);
		expect(await my.locator('[data-paths-message]').innerText()).toBe(s.removed.replace('{title}', B.title));
		expect(await page.evaluate(() => JSON.parse(localStorage.getItem('naik-kelas:kept-paths')!).custom)).toEqual([]);
		await context.close();
	});
});
