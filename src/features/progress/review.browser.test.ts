/**
 * Review that brings lessons back: a finished lesson's questions appear in
 * Belajarku the next local day (the clock is moved forward), answered in place
 * (right → later, wrong → tomorrow with the explanation and the lesson link);
 * review can be turned off and on; the schedule survives export → clear → import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PHONE, baseUrl, guardOrigin, launch, newPage } from '../../../tests/support/browser.ts';
import { REVIEW_KEY, type ReviewLesson } from './review.ts';

const LESSON = 'cost-of-goods';
const file = JSON.parse(readFileSync(`dist/belajarku/ulang/${LESSON}.json`, 'utf8')) as ReviewLesson;
const questions = file.q;
const lessonPath = new URL(file.u, 'http://x').pathname;
const shown = Math.min(questions.length, 5);
// 12:00 in Jayapura (WIT, UTC+9) on 1 December; the next local day starts at 15:00 UTC.
const DAY1 = new Date('2026-12-01T03:00:00Z');
const DAY2_EARLY_WIT = new Date('2026-12-01T21:30:00Z');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const card = (page: Page, i: number) => page.locator('nk-review li[data-card]').nth(i);
/** Pick the option of a shown card: the right one or a wrong one. */
async function pick(page: Page, i: number, right: boolean) {
	const id = (await card(page, i).getAttribute('data-card'))!;
	const [, answer, options] = questions[Number(id.split('.')[1])]!;
	const index = right ? answer : options.findIndex((_, k) => k !== answer);
	await card(page, i).locator(`input[value="${index}"]`).check();
	return { id, right: options[answer]! };
}

describe('review in Belajarku', () => {
	it('brings a finished lesson back the next local day, answered in place; can be turned off; survives export → clear → import', async () => {
		const { context, page } = await newPage(browser, { ...PHONE, timezoneId: 'Asia/Jayapura', acceptDownloads: true } as typeof PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.clock.setFixedTime(DAY1);

		await page.goto(`${baseUrl()}${lessonPath}`);
		const done = page.locator('nk-practice .nk-done');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');

		// The same day: the section is there, nothing to answer yet.
		await page.goto(`${baseUrl()}/belajarku/`);
		const review = page.locator('nk-review');
		await expect.poll(() => review.isVisible()).toBe(true);
		await expect.poll(() => review.locator('[data-review-status]').innerText()).toContain('Tidak ada yang perlu diulang hari ini');
		expect(await review.locator('li[data-card]').count()).toBe(0);

		// 06:30 the next morning in Jayapura (still 1 December in UTC): the questions are due.
		await page.clock.setFixedTime(DAY2_EARLY_WIT);
		await page.reload();
		await expect.poll(() => review.locator('li[data-card]').count()).toBe(shown);
		expect(await review.locator('[data-review-status]').innerText()).toContain(`${shown} pertanyaan untuk hari ini`);

		const first = await pick(page, 0, true);
		await expect.poll(() => card(page, 0).locator('.nk-review__feedback').innerText()).toContain('Benar! Pertanyaan ini muncul lagi 7 hari lagi.');
		expect(await card(page, 0).locator('input:not([disabled])').count()).toBe(0);
		const second = await pick(page, 1, false);
		const wrong = card(page, 1).locator('.nk-review__feedback');
		await expect.poll(() => wrong.innerText()).toContain('Belum tepat.');
		expect(await wrong.innerText()).toContain(`Jawaban yang tepat: ${second.right[0]}`);
		expect(await wrong.innerText()).toContain('muncul lagi besok');
		expect(await wrong.locator('a').getAttribute('href')).toBe(file.u);
		expect(file.u).toMatch(/#cek-pemahaman$/);
		const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), REVIEW_KEY))!);
		expect(stored.cards[first.id]).toEqual({ box: 2, due: '2026-12-09' });
		expect(stored.cards[second.id]).toEqual({ box: 1, due: '2026-12-03' });

		// Next visit the same day: only the unanswered ones.
		await page.reload();
		await expect.poll(() => review.locator('li[data-card]').count()).toBe(questions.length - 2 > 5 ? 5 : questions.length - 2);

		// Turned off: nothing shows, even after a reload; on again: they are back.
		await review.locator('[data-review-toggle]').click();
		await expect.poll(() => review.locator('[data-review-off]').isVisible()).toBe(true);
		expect(await review.locator('li[data-card]').count()).toBe(0);
		await page.reload();
		await expect.poll(() => review.locator('[data-review-toggle]').innerText()).toBe('Nyalakan pengulangan');
		expect(await review.locator('li[data-card]').count()).toBe(0);
		await review.locator('[data-review-toggle]').click();
		await expect.poll(() => review.locator('li[data-card]').count()).toBe(Math.min(questions.length - 2, 5));

		// Export → clear → import: the schedule comes back as it was.
		const before = await page.evaluate((key) => localStorage.getItem(key), REVIEW_KEY);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('nk-my-learning [data-download]')]);
		const backup = readFileSync((await download.path())!, 'utf8');
		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		expect(JSON.parse(backup).review).toEqual(JSON.parse(before!));
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await expect.poll(() => page.locator('nk-my-learning [data-no-done]').isVisible()).toBe(true);
		expect(await review.isVisible()).toBe(false);
		await page.setInputFiles('nk-my-learning input[data-file]', { name: 'cadangan.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
		await expect.poll(() => review.locator('li[data-card]').count()).toBe(Math.min(questions.length - 2, 5));
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), REVIEW_KEY))!)).toEqual(JSON.parse(before!));

		// The code carries it too.
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		expect(await review.isVisible()).toBe(false);
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => review.locator('li[data-card]').count()).toBe(Math.min(questions.length - 2, 5));
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), REVIEW_KEY))!)).toEqual(JSON.parse(before!));
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});
});
