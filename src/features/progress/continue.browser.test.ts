/**
 * "Lanjut belajar" / "Continue" on the home page: absent on a first visit (and
 * nothing moves while the page's scripts start), shown after one finished
 * lesson with the next lesson of its path and a link to Belajarku, and back
 * after export → clear → import; with a path she built, the next lesson of the path she last worked in.
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
		await expect.poll(() => box.locator('[data-continue-link]').getAttribute('href')).toBe(`${pathOf(SECOND, 'en')}?jalur=finance-basics`);
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

describe('Continue with a path she built', () => {
	const ids = api.lessons.map((l) => l.id);
	// Three lessons outside finance-basics, in an order no catalogue path has.
	const MINE = ids.filter((id) => !finance.lessons.includes(id)).filter((_, i) => i % 4 === 1).slice(0, 3) as [string, string, string];
	const TITLE = 'Jalur Bu Sari';
	const link = `/jalur/susun/?l=${MINE.join(',')}&t=${encodeURIComponent(TITLE)}`;

	it('takes her to the next lesson of the path she last worked in, hers or the catalogue’s, on the home page and /lanjut/, in both languages', async () => {
		const { context, page } = await newPage(site.browser);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// Last week she finished the first lesson of finance-basics from its path page.
		await page.goto(`${baseUrl()}/`);
		const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
		await page.evaluate(([first, day]) => {
			localStorage.setItem('naik-kelas:progress', JSON.stringify({ v: 1, lessons: { [first!]: { done: day } }, paths: { 'finance-basics': { started: day } } }));
		}, [FIRST, lastWeek]);
		// Today she opens the path a trainer built with her, and finishes its first lesson from it.
		await page.goto(`${baseUrl()}${link}`);
		await expect.poll(() => page.locator('nk-custom-path .nk-custom-view').isVisible()).toBe(true);
		await page.goto(`${baseUrl()}${pathOf(MINE[0])}?jalur=susun`);
		const done = page.locator('nk-practice .nk-done');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
		// Something else opened since: the path bar must still come from "Continue", not from what was opened last.
		await page.evaluate(() => localStorage.removeItem('naik-kelas:custom-path'));

		const box = page.locator('nk-continue');
		for (const lang of ['id', 'en'] as const) {
			await page.goto(`${baseUrl()}${lang === 'en' ? '/en/' : '/'}`);
			const go = box.locator('[data-continue-link]');
			await expect.poll(() => go.getAttribute('href')).toBe(`${pathOf(MINE[1], lang)}?jalur=susun`);
			expect(await box.locator('[data-continue-where]').innerText()).toContain(TITLE);
			expect(await box.locator('[data-continue-where]').innerText()).toContain(lesson(MINE[1]).title[lang]);
		}
		// Followed from the home page, the lesson's path bar is her path.
		await page.goto(`${baseUrl()}/`);
		await box.locator('[data-continue-link]').click();
		await page.waitForURL((u) => u.pathname === pathOf(MINE[1]));
		await expect.poll(() => page.locator('nk-path-bar').isVisible()).toBe(true);
		expect(await page.locator('nk-path-bar').innerText()).toContain(TITLE);
		// The menu's /lanjut/ lands on the same lesson, in both languages.
		for (const lang of ['id', 'en'] as const) {
			await page.evaluate(() => localStorage.removeItem('naik-kelas:custom-path'));
			await page.goto(`${baseUrl()}${lang === 'en' ? '/en' : ''}/lanjut/`);
			await page.waitForURL((u) => u.pathname === pathOf(MINE[1], lang));
			expect(new URL(page.url()).search).toBe('?jalur=susun');
			await expect.poll(() => page.locator('nk-path-bar').isVisible()).toBe(true);
			expect(await page.locator('nk-path-bar').innerText()).toContain(TITLE);
		}

		// Back in finance-basics the same day: she finishes its second lesson, so that is the path she last worked in.
		await page.goto(`${baseUrl()}${pathOf(SECOND)}?jalur=finance-basics`);
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
		await page.goto(`${baseUrl()}/`);
		await expect.poll(() => box.locator('[data-continue-link]').getAttribute('href')).toBe(`${pathOf(finance.lessons[2]!)}?jalur=finance-basics`);
		// Belajarku agrees: its "next lesson" box and its list of paths follow the same order.
		await page.goto(`${baseUrl()}/belajarku/`);
		await expect.poll(() => page.locator('nk-my-learning [data-next-link]').getAttribute('href')).toBe(`${pathOf(finance.lessons[2]!)}?jalur=finance-basics`);
		expect(await page.locator('nk-my-learning [data-paths] > li').first().innerText()).not.toContain(TITLE);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('a path she only opened is already something to continue: its first lesson', async () => {
		const { context, page } = await newPage(site.browser);
		await page.goto(`${baseUrl()}/en${link}`);
		await expect.poll(() => page.locator('nk-custom-path .nk-custom-view').isVisible()).toBe(true);
		await page.goto(`${baseUrl()}/en/`);
		const box = page.locator('nk-continue');
		await expect.poll(() => box.isVisible()).toBe(true);
		// Shown before the first paint; the link is filled in once her path's lessons are known.
		await expect.poll(() => box.locator('[data-continue-link]').getAttribute('href')).toBe(`${pathOf(MINE[0], 'en')}?jalur=susun`);
		await context.close();
	});
});
