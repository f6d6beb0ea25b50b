/**
 * Lessons loaded on demand (src/core/catalogue/lesson-cards.ts), as a person uses them on a 360 px phone, with the
 * keyboard, in both languages: Belajarku shows her done lessons and the next one from the cards it loads (only the
 * card files it needs, no catalogue in the page), and the next-lesson link opens with Enter; a trainer makes a
 * class, pastes a receipt and chooses a plan with the keyboard, and the class table names the lessons from their
 * cards; when the cards cannot be fetched, both pages say so and nothing she kept is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, baseUrl, guardOrigin, launch, newPage, pageErrors } from '../../../tests/support/browser.ts';
import { readCatalogue } from './read-content.ts';
import { STORAGE_KEY, PROGRESS_VERSION } from '../../features/progress/progress.ts';
import { encodeReceipt } from '../../features/evidence/receipt.ts';
import { t } from '../i18n/ui.ts';
import { urls } from '../urls.ts';
import { LANGS, type Lang } from '../schemas/vocabulary.ts';
import { workshopLessons } from '../../features/trainer/workshop.ts';

const catalogue = readCatalogue('.');
const finance = catalogue.paths.find((p) => p.id === 'finance-basics')!;
const [FIRST, SECOND, THIRD] = finance.lessons as [string, string, string];
// A lesson of the path that no workshop plan names (Kelas saya carries the plans' short lists).
const inPlans = new Set(catalogue.workshops.flatMap((w) => workshopLessons(w)));
const NOT_IN_PLANS = finance.lessons.find((id) => !inPlans.has(id))!;
const lesson = (lang: Lang, id: string) => catalogue.lessons[lang].get(id)!;
const today = new Date().toISOString().slice(0, 10);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Press Tab until the focused element matches `selector` (at most `max` presses); false when it never does. */
async function tabTo(page: Page, selector: string, max = 60): Promise<boolean> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
	}
	return false;
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('Belajarku loads the lessons it shows', () => {
	for (const lang of LANGS) {
		it(`shows her done lessons and the next one from their cards, and the next lesson opens with the keyboard (${lang}, 360 px)`, async () => {
			const { context, page } = await newPage(browser, PHONE);
			const foreign: string[] = [];
			guardOrigin(context, foreign);
			const errors = pageErrors(page);
			const asked: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('/belajarku/')) asked.push(new URL(r.url()).pathname);
			});
			await page.addInitScript(
				([key, value]) => localStorage.setItem(key, value),
				[STORAGE_KEY, JSON.stringify({ v: PROGRESS_VERSION, lessons: { [FIRST]: { done: today }, [SECOND]: { done: today } }, paths: { [finance.id]: { started: today } } })] as const,
			);
			const res = await page.goto(`${baseUrl()}${urls.myLearning(lang)}`);
			// The page itself names none of the curriculum's lessons.
			const sent = (await res!.text()) ?? '';
			for (const id of [FIRST, SECOND, THIRD]) expect(sent).not.toContain(`"${id}"`);
			const my = page.locator('nk-my-learning');
			await expect.poll(() => my.getAttribute('data-ready')).toBe('');
			const done = my.locator('[data-done] li a');
			expect(await done.allInnerTexts()).toEqual(expect.arrayContaining([lesson(lang, FIRST).data.title, lesson(lang, SECOND).data.title]));
			expect(await my.locator('[data-paths] li').first().innerText()).toContain(finance.title[lang]);
			const next = my.locator('[data-next-link]');
			expect(await next.innerText()).toContain(lesson(lang, THIRD).data.title);
			// Only card files, and the path's list only if the page does not carry it.
			expect(asked.filter((p) => !/\/belajarku\/(?:pelajaran\/\d+|jalur\/[a-z0-9-]+|ulang\/[a-z0-9-]+)\.json$/.test(p) && p !== urls.myLearning(lang))).toEqual([]);
			expect(asked.filter((p) => p.includes('/pelajaran/')).length).toBeGreaterThan(0);
			expect(await my.locator('[data-cards-missing]').isHidden(), 'no notice').toBe(true);
			expect(await noSideScroll(page), 'no sideways scroll at 360 px').toBe(true);

			expect(await tabTo(page, '[data-next-link]'), 'the next lesson is reached with Tab').toBe(true);
			await page.keyboard.press('Enter');
			await page.waitForURL(`**${urls.lesson(lang, lesson(lang, THIRD).slug)}?jalur=${finance.id}`);
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
			await context.close();
		});
	}

	it('says so when the lessons cannot be loaded, and keeps her progress', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await context.route('**/belajarku/pelajaran/**', (route) => route.abort('internetdisconnected'));
		const progress = JSON.stringify({ v: PROGRESS_VERSION, lessons: { [FIRST]: { done: today } }, paths: {} });
		await page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [STORAGE_KEY, progress] as const);
		await page.goto(`${baseUrl()}${urls.myLearning('id')}`);
		const my = page.locator('nk-my-learning');
		await expect.poll(() => my.getAttribute('data-ready')).toBe('');
		expect(await my.locator('[data-cards-missing]').innerText()).toBe(t('id').myLearning.cardsMissing);
		// The lesson is still listed, by its id, and nothing was written over.
		expect(await my.locator(`[data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(progress);
		await context.close();
	});
});

describe('Kelas saya loads the lessons a class names', () => {
	for (const lang of LANGS) {
		it(`makes a class, takes a pasted receipt and shows the plan's lessons by title, all with the keyboard (${lang}, 360 px)`, async () => {
			const { context, page } = await newPage(browser, PHONE);
			const errors = pageErrors(page);
			const code = encodeReceipt({ made: today, name: 'Bu Sari', lessons: [{ lesson: FIRST, finished: true, firstTry: { 0: false } }, { lesson: SECOND, finished: true, firstTry: { 0: true } }], doNow: [] });
			const res = await page.goto(`${baseUrl()}${urls.myClass(lang)}`);
			const sent = (await res!.text()) ?? '';
			expect(sent).not.toContain(`"${NOT_IN_PLANS}"`);
			const s = t(lang).myClass;
			// A new class: type its name, Enter submits the form.
			expect(await tabTo(page, '[data-new-name]')).toBe(true);
			await page.keyboard.type('Kelas Sore');
			await page.keyboard.press('Enter');
			await expect.poll(() => page.locator('[data-choose] option').count()).toBe(1);
			// The plan, chosen from the keyboard: the path's lessons become the table's columns.
			await page.locator('[data-plan]').focus();
			await page.locator('[data-plan]').selectOption(`path:${finance.id}`);
			// The receipt, pasted, added with Enter on the button.
			await page.locator('[data-paste]').focus();
			await page.keyboard.insertText(code);
			expect(await tabTo(page, '[data-add]', 5)).toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.locator('[data-messages] li').first().innerText()).toBe(s.added.replace('{who}', 'Bu Sari'));
			const table = page.locator('[data-table]');
			await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
			const heads = await table.locator('thead th').allInnerTexts();
			for (const id of finance.lessons.slice(0, 3)) expect(heads).toContain(lesson(lang, id).data.title);
			expect(await table.locator('tbody tr').first().innerText()).toContain(`2/${finance.lessons.length}`);
			// The question most often wrong, by its text from the lesson's card, linking to the lesson.
			const wrong = page.locator('[data-questions] li').first();
			expect(await wrong.innerText()).toContain(lesson(lang, FIRST).data.selfCheck[0]!.question);
			expect(await wrong.locator('a').getAttribute('href')).toBe(urls.lesson(lang, lesson(lang, FIRST).slug));
			expect(await page.locator('[data-cards-missing]').isHidden()).toBe(true);
			expect(await noSideScroll(page)).toBe(true);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('keeps a receipt added while the lessons cannot be loaded, and names its lessons once they can', async () => {
		const { context, page } = await newPage(browser, PHONE);
		let offline = true;
		await context.route('**/belajarku/pelajaran/**', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
		const code = encodeReceipt({ made: today, name: 'Pak Darto', lessons: [{ lesson: FIRST, finished: true, firstTry: {} }], doNow: [] });
		await page.goto(`${baseUrl()}${urls.myClass('id')}`);
		await page.locator('[data-new-name]').fill('Kelas Pagi');
		await page.locator('[data-new] button[type=submit]').click();
		await page.locator('[data-paste]').fill(code);
		await page.locator('[data-add]').click();
		await expect.poll(() => page.locator('[data-messages] li').first().innerText()).toBe('Ditambahkan: Pak Darto.');
		expect(await page.locator('[data-cards-missing]').isVisible()).toBe(true);
		// No "lessons from a newer version" message: they are not unknown, only not loaded.
		expect(await page.locator('[data-messages] li').count()).toBe(1);
		offline = false;
		await page.reload();
		await expect.poll(() => page.locator('[data-table] thead th').allInnerTexts()).toContain(lesson('id', FIRST).data.title);
		expect(await page.locator('[data-cards-missing]').isHidden()).toBe(true);
		await context.close();
	});
});
