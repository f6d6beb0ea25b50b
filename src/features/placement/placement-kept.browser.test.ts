/**
 * The placement result kept on the phone: answers survive a reload, "next" is in view on a small phone, a retake
 * shows then/now, the result page and the path page name the same first lesson, Belajarku shows the kept result,
 * it survives export → clear → import (and shows at once after the import, no reload), and a receipt carrying it is
 * read by Kelas saya.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, baseUrl, guardOrigin, launch, layoutShifts, newPage, pageErrors, recordLayoutShifts } from '../../../tests/support/browser.ts';
import { PLACEMENT_QUESTIONS, answersQuery, type Answers } from './placement.ts';
import { PLACEMENT_KEY } from './placement-record.ts';
import { STAGES, STAGE_LABELS } from '../../core/schemas/vocabulary.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Steady, but no money apart and no records: financial basics (stage 2), first lesson "separate business money". */
const THEN: Answers = { sell: 'food', steady: 'yes', money: 'no', records: 'no', profit: 'no' };
/** Later: money apart and records kept, profit not known yet: still stage 2, but the first lesson is "cost of goods". */
const MIDDLE: Answers = { ...THEN, money: 'yes', records: 'yes' };
/** Later still: the finance basics done, chat selling not yet: social commerce (stage 3). */
const NOW: Answers = { ...MIDDLE, profit: 'yes', chat: 'no' };

/** Answer through the form as she would: the answers prefilled from "change my answers", then next … submit. */
async function take(page: Page, answers: Answers) {
	await page.goto(`${baseUrl()}/mulai/${answersQuery(answers)}`);
	await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain('Pertanyaan 1');
	for (let i = 1; i < PLACEMENT_QUESTIONS.length; i++) await page.click('nk-placement [data-next]');
	await page.click('nk-placement [data-submit]');
	await page.waitForURL(/\/mulai\/hasil\/\?/);
	await expect.poll(() => page.locator('nk-placement-result [data-result]').isVisible()).toBe(true);
}

const kept = (page: Page, key = PLACEMENT_KEY) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as { results: { stage: string; first?: string }[] } | null, key);

describe('the placement form on a small phone', () => {
	it('keeps the answers through a reload, at the question she was on', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/mulai/`);
		await page.locator('input[name=sell][value=craft]').check();
		await page.click('nk-placement [data-next]');
		await page.locator('input[name=steady][value=some]').check();
		await page.click('nk-placement [data-next]');
		await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain('Pertanyaan 3');
		await page.reload();
		await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain('Pertanyaan 3');
		expect(await page.locator('input[name=sell][value=craft]').isChecked()).toBe(true);
		expect(await page.locator('input[name=steady][value=some]').isChecked()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows "next" as the main button in view without scrolling at 360×740 on every question; "skip" is secondary', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseUrl()}/mulai/`);
		const next = page.locator('nk-placement [data-next]');
		const skip = page.locator('nk-placement [data-skip]');
		for (let i = 0; i < PLACEMENT_QUESTIONS.length - 1; i++) {
			await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain(`Pertanyaan ${i + 1} `);
			await page.evaluate(() => window.scrollTo(0, 0));
			const box = (await next.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(740);
			expect(await next.getAttribute('class')).toContain('nk-button');
			expect(await skip.isVisible()).toBe(true);
			expect(await skip.getAttribute('class')).toContain('nk-action');
			expect(await skip.innerText()).toContain('Lewati');
			await page.locator('.nk-pq.is-current input').first().check();
			// Answered: "skip" goes, "next" stays.
			expect(await skip.isVisible()).toBe(false);
			await next.click();
		}
		await page.evaluate(() => window.scrollTo(0, 0));
		const submit = (await page.locator('nk-placement [data-submit]').boundingBox())!;
		expect(submit.y + submit.height).toBeLessThanOrEqual(740);
		await context.close();
	});

	it('does not scroll sideways with text at 200 %', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseUrl()}/mulai/`);
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		for (let i = 0; i < 3; i++) {
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
			await page.click('nk-placement [data-next]');
		}
		await context.close();
	});
});

describe('a kept placement result', () => {
	it('is kept when she sends it (not from a shared link), and a retake shows then/now', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const errors = pageErrors(page);
		await take(page, THEN);
		expect((await kept(page))?.results.map((r) => r.stage)).toEqual(['finance-basics']);
		expect(await page.locator('nk-placement-result [data-then-now]').isVisible()).toBe(false);
		// The draft is gone once sent: a new visit starts empty.
		await page.goto(`${baseUrl()}/mulai/`);
		await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain('Pertanyaan 1');
		expect(await page.locator('nk-placement input:checked').count()).toBe(0);

		// A shared result link opened on this phone keeps nothing.
		await page.goto(`${baseUrl()}/mulai/hasil/${answersQuery({ ...NOW, nib: 'yes' })}`);
		await expect.poll(() => page.locator('nk-placement-result [data-result]').isVisible()).toBe(true);
		expect((await kept(page))?.results).toHaveLength(1);

		await take(page, NOW);
		expect((await kept(page))?.results.map((r) => r.stage)).toEqual(['finance-basics', 'social-commerce']);
		const box = page.locator('nk-placement-result [data-then-now]');
		await expect.poll(() => box.isVisible()).toBe(true);
		const text = await box.innerText();
		expect(text).toContain('Dulu');
		expect(text).toContain('Sekarang');
		expect(text).toContain('Tahap 2: Dasar keuangan');
		expect(text).toContain('Tahap 3');
		expect(await box.locator('[data-moved]').innerText()).toContain('naik 1 tahap');
		// A reload shows the same, and keeps nothing new.
		await page.reload();
		await expect.poll(() => box.isVisible()).toBe(true);
		expect((await kept(page))?.results).toHaveLength(2);

		// Belajarku shows it and no longer asks her to take the test.
		await page.goto(`${baseUrl()}/belajarku/`);
		const mine = page.locator('nk-my-placement');
		await expect.poll(() => mine.isVisible()).toBe(true);
		expect(await mine.locator('[data-latest]').innerText()).toContain('Tahap 3');
		expect(await mine.locator('[data-first]').innerText()).toContain('Tahap 2');
		expect(await mine.locator('[data-open]').getAttribute('href')).toBe(`/mulai/hasil/${answersQuery(NOW)}`);
		expect(await page.locator('nk-my-learning [data-to-placement]').isVisible()).toBe(false);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('appears on Belajarku without moving anything on screen', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await take(page, THEN);
		await recordLayoutShifts(page);
		await page.goto(`${baseUrl()}/belajarku/`);
		await expect.poll(() => page.locator('nk-my-placement').isVisible()).toBe(true);
		await page.waitForTimeout(300);
		expect((await layoutShifts(page)).filter((v) => v >= 0.001)).toEqual([]);
		await context.close();
	});

	it('the result page and the path page recommend the same first lesson', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await take(page, MIDDLE);
		// The button leads to the stage path until the lesson's card has loaded, then to the lesson inside it.
		await expect.poll(() => page.locator('nk-placement-result [data-first]').getAttribute('href')).toMatch(/\?jalur=finance-basics$/);
		const fromResult = await page.locator('nk-placement-result [data-first]').getAttribute('href');
		await page.click('nk-placement-result [data-path]');
		await page.waitForURL(/\/jalur\/finance-basics\/$/);
		await expect.poll(() => page.locator('nk-path-progress a[data-next]').getAttribute('href')).toBe(fromResult);
		// Its first lesson is not the path's first: the placement found that gap first.
		expect(await page.locator('nk-path-progress li[data-lesson]').first().locator('a').getAttribute('href')).not.toBe(fromResult);
		expect(await page.locator('nk-path-progress li.is-next a').getAttribute('href')).toBe(fromResult);
		await context.close();
	});

	it('survives export → clear → import', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await take(page, THEN);
		await take(page, NOW);
		await page.goto(`${baseUrl()}/belajarku/`);
		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		const before = await kept(page);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await expect.poll(() => page.locator('nk-my-learning [data-to-placement]').isVisible()).toBe(true);
		expect(await page.locator('nk-my-placement').isVisible()).toBe(false);
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').getAttribute('data-kind')).toBe('ok');
		expect(await kept(page)).toEqual(before);
		await page.reload();
		await expect.poll(() => page.locator('nk-my-placement [data-latest]').innerText()).toContain('Tahap 3');
		await context.close();
	});

	it.each(['id', 'en'] as const)('after an import shows at once in Belajarku and the receipt, without a reload (%s)', async (lang) => {
		const { context, page } = await newPage(browser, PHONE);
		const errors = pageErrors(page);
		await take(page, THEN);
		await take(page, NOW);
		const my = `${baseUrl()}${lang === 'en' ? '/en' : ''}/belajarku/`;
		await page.goto(my);
		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		const placement = page.locator('nk-my-placement');
		await expect.poll(() => page.locator('nk-my-learning [data-to-placement]').isVisible()).toBe(true);
		expect(await placement.isVisible()).toBe(false);
		expect(await page.locator('nk-receipt [data-placement-choice]').isVisible()).toBe(false);
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').getAttribute('data-kind')).toBe('ok');
		// No reload: the kept result, then and now, is there, the invitation to take the test is gone, the receipt offers it.
		await expect.poll(() => placement.isVisible()).toBe(true);
		expect(await placement.locator('[data-latest]').innerText()).toContain(lang === 'en' ? 'Stage 3' : 'Tahap 3');
		expect(await placement.locator('[data-first]').innerText()).toContain(lang === 'en' ? 'Stage 2' : 'Tahap 2');
		expect(await placement.locator('[data-open]').getAttribute('href')).toContain('chat=no');
		expect(await page.locator('nk-my-learning [data-to-placement]').isVisible()).toBe(false);
		expect(await page.locator('nk-receipt [data-placement-choice]').isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each(['id', 'en'] as const)('is on the printed receipt, with its stages and days, when she ticks it (%s)', async (lang) => {
		const { context, page } = await newPage(browser, PHONE);
		await page.addInitScript(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset.printing ?? '');
		});
		await take(page, THEN);
		await take(page, NOW);
		const [then, now] = ((await kept(page))!.results as { stage: (typeof STAGES)[number] }[]).map((r) => r.stage) as [(typeof STAGES)[number], (typeof STAGES)[number]];
		await page.goto(`${baseUrl()}${lang === 'en' ? '/en' : ''}/belajarku/`);
		const receipt = page.locator('nk-receipt');
		await expect.poll(() => receipt.locator('[data-include-placement]').isVisible()).toBe(true);
		await receipt.locator('[data-include-placement]').check();
		await receipt.locator('button[type=submit]').click();
		await expect.poll(() => receipt.locator('[data-out]').isVisible()).toBe(true);
		await receipt.locator('[data-print]').click();
		expect(await page.locator('html').getAttribute('data-printed')).toBe('receipt');
		await page.emulateMedia({ media: 'print' });
		const line = receipt.locator('[data-placement]');
		expect(await line.isVisible()).toBe(true);
		const text = await line.innerText();
		const word = lang === 'en' ? 'Stage' : 'Tahap';
		expect(text).toContain(`${word} ${STAGES.indexOf(then) + 1}, ${STAGE_LABELS[then][lang]}`);
		expect(text).toContain(`${word} ${STAGES.indexOf(now) + 1}, ${STAGE_LABELS[now][lang]}`);
		expect(text.indexOf(STAGE_LABELS[then][lang])).toBeLessThan(text.indexOf(STAGE_LABELS[now][lang]));
		// The rest of the print: the summary and the lessons list are there, the form is not.
		expect(await receipt.locator('[data-summary]').isVisible()).toBe(true);
		expect(await receipt.locator('[data-form]').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await context.close();
	});

	it('goes into a learning receipt when she ticks it, and Kelas saya shows then → now', async () => {
		const learner = await newPage(browser, PHONE);
		await take(learner.page, THEN);
		await take(learner.page, NOW);
		await learner.page.goto(`${baseUrl()}/belajarku/`);
		const receipt = learner.page.locator('nk-receipt');
		await expect.poll(() => receipt.locator('[data-include-placement]').isVisible()).toBe(true);
		expect(await receipt.locator('[data-include-placement]').isChecked()).toBe(false);
		await receipt.locator('[data-name]').fill('Bu Rina');
		await receipt.locator('[data-include-placement]').check();
		await receipt.locator('button[type=submit]').click();
		await expect.poll(() => receipt.locator('[data-out]').isVisible()).toBe(true);
		const text = await receipt.locator('[data-text]').inputValue();
		expect(text).toContain('dulu Tahap 2, sekarang Tahap 3');
		await learner.context.close();

		const trainer = await newPage(browser, DESKTOP);
		const errors = pageErrors(trainer.page);
		const page = trainer.page;
		await page.goto(`${baseUrl()}/pelatih/kelas/`);
		await page.locator('[data-new-name]').fill('Kelas Pasar Minggu');
		await page.locator('[data-new] button[type=submit]').click();
		await page.locator('[data-paste]').fill(text);
		await page.locator('[data-add]').click();
		await expect.poll(() => page.locator('[data-messages] li').first().innerText()).toBe('Ditambahkan: Bu Rina.');
		const row = page.locator('[data-table] tbody tr').first();
		await expect.poll(() => row.innerText()).toContain('2 → 3');
		expect(await page.locator('[data-placement-summary]').innerText()).toContain('1 naik tahap');
		expect(errors).toEqual([]);
		await trainer.context.close();
	});
});
