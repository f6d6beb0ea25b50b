/**
 * "Mulai dari mana?": answered with the keyboard only it gives the expected
 * stage; with JavaScript off the plain form still works and the result page
 * shows the scoring key; result links carry the answers and can be shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, DESKTOP, baseUrl, guardOrigin, launch, newPage } from '../../../tests/support/browser.ts';
import { PLACEMENT_QUESTIONS, answersQuery, type Answers } from './placement.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Sells crafts through chat only, has tried platform tools: platform level-up (stage 5). */
const LEVEL_UP: Answers = { sell: 'craft', steady: 'yes', money: 'yes', records: 'yes', profit: 'yes', chat: 'yes', paycheck: 'yes', photos: 'yes', where: 'chat', tools: 'some', nib: 'no', time: 'medium' };
/** On a marketplace with ads, no business ID yet: growth (stage 6). */
const GROWTH: Answers = { ...LEVEL_UP, where: 'platform', tools: 'yes' };

const optionIndex = (qid: string, value: string) => PLACEMENT_QUESTIONS.find((q) => q.id === qid)!.options.findIndex((o) => o.value === value);
const focused = (page: Page) => page.evaluate(() => {
	const a = document.activeElement as HTMLElement | null;
	const marks = ['next', 'submit'].filter((k) => a?.dataset[k] !== undefined).map((k) => `[data-${k}]`).join('');
	return a ? `${a.tagName.toLowerCase()}${marks}${a instanceof HTMLInputElement ? `[${a.name}=${a.value}]` : ''}` : '';
});

/** Tab forward until the focused element matches, like a keyboard user would. */
async function tabTo(page: Page, want: (f: string) => boolean, max = 8) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (want(await focused(page))) return;
	}
	throw new Error(`could not reach the element with Tab; focus is on ${await focused(page)}`);
}

describe('placement with the keyboard', () => {
	it('goes one question per screen and gives the expected stage', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseUrl()}/mulai/`);
		const count = page.locator('nk-placement [data-count]');
		await expect.poll(() => count.innerText()).toBe(`Pertanyaan 1 dari ${PLACEMENT_QUESTIONS.length}`);
		expect(await page.locator('.nk-pq:visible').count()).toBe(1);

		// Start from the page's first control in the form: the first answer of question 1.
		await page.locator('.nk-pq.is-current legend').focus();
		for (const [i, q] of PLACEMENT_QUESTIONS.entries()) {
			await expect.poll(() => page.locator('.nk-pq.is-current').getAttribute('id')).toBe(`nk-q-${q.id}`);
			// Focus moves to the question itself, so a screen reader reads it first.
			if (i > 0) expect(await focused(page)).toBe('legend');
			await tabTo(page, (f) => f.startsWith(`input[${q.id}=`));
			await page.keyboard.press('Space');
			for (let n = 0; n < optionIndex(q.id, LEVEL_UP[q.id]!); n++) await page.keyboard.press('ArrowDown');
			expect(await focused(page)).toBe(`input[${q.id}=${LEVEL_UP[q.id]}]`);
			const last = i === PLACEMENT_QUESTIONS.length - 1;
			if (i % 2 === 0 && !last) {
				// Enter on an answer moves on to the next question instead of sending the form early.
				await page.keyboard.press('Enter');
			} else {
				await tabTo(page, (f) => f === (last ? 'button[data-submit]' : 'button[data-next]'));
				await page.keyboard.press('Enter');
			}
		}
		await page.waitForURL(/\/mulai\/hasil\/\?/);
		expect(new URL(page.url()).search).toBe(answersQuery(LEVEL_UP));
		await expect.poll(() => page.locator('nk-placement-result [data-stage-heading]').innerText()).toBe('Mulailah dari Tahap 5: Naik kelas di platform');
		await expect.poll(() => page.locator('nk-placement-result [data-first]').getAttribute('href')).toMatch(/\?jalur=level-up$/);
		expect(await page.locator('nk-placement-result [data-path]').getAttribute('href')).toBe('/jalur/level-up/');
		expect(await page.locator('nk-placement-result [data-because]').innerText()).toContain('Hanya lewat WhatsApp');
		expect(await page.locator('nk-placement-result [data-key]').getAttribute('open')).toBeNull();
		expect(await page.locator('nk-placement-result [data-nojs]').isVisible()).toBe(false);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('goes back to change an answer, and the back button is hidden on the first question', async () => {
		const context = await browser.newContext(DESKTOP);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/mulai/`);
		await expect.poll(() => page.locator('nk-placement [data-back]').isVisible()).toBe(false);
		expect(await page.locator('nk-placement [data-submit]').isVisible()).toBe(false);
		await page.locator('input[name=sell][value=food]').check();
		await page.click('nk-placement [data-next]');
		await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain('Pertanyaan 2');
		// Not answered yet: "skip" is offered beside "next", as the secondary button.
		expect(await page.locator('nk-placement [data-skip]').innerText()).toContain('Lewati');
		expect(await page.locator('nk-placement [data-next]').innerText()).toContain('Berikutnya');
		await page.click('nk-placement [data-back]');
		await expect.poll(() => page.locator('nk-placement [data-count]').innerText()).toContain('Pertanyaan 1');
		expect(await page.locator('input[name=sell][value=food]').isChecked()).toBe(true);
		await context.close();
	});
});

describe('placement without JavaScript', () => {
	it('is a plain form showing every question, and the result page shows the scoring key', async () => {
		const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/mulai/`);
		expect(await page.locator('.nk-pq:visible').count()).toBe(PLACEMENT_QUESTIONS.length);
		for (const [qid, value] of Object.entries(GROWTH)) await page.check(`input[name=${qid}][value=${value}]`);
		await page.click('button[type=submit]');
		await page.waitForURL(/\/mulai\/hasil\/\?/);
		const url = page.url();
		expect(new URL(url).search).toBe(answersQuery(GROWTH));
		expect(await page.locator('nk-placement-result [data-nojs]').isVisible()).toBe(true);
		expect(await page.locator('.nk-key__table').isVisible()).toBe(true);
		expect(await page.locator('nk-placement-result [data-result]').isVisible()).toBe(false);
		expect(await page.locator('.nk-key__table').innerText()).toContain('Tumbuh lebih besar');
		await context.close();

		// The same link opened by a facilitator with JavaScript gives the result.
		const { context: js, page: p2 } = await newPage(browser);
		await p2.goto(url);
		await expect.poll(() => p2.locator('nk-placement-result [data-stage-heading]').innerText()).toBe('Mulailah dari Tahap 6: Tumbuh lebih besar');
		await js.close();
	});
});

describe('the result page', () => {
	it('starts a marketplace seller who does not know their profit at financial basics, and says why', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseUrl()}/mulai/hasil/${answersQuery({ ...GROWTH, profit: 'no', nib: 'yes' })}`);
		await expect.poll(() => page.locator('nk-placement-result [data-stage-heading]').innerText()).toBe('Mulailah dari Tahap 2: Dasar keuangan');
		expect(await page.locator('nk-placement-result [data-because]').innerText()).toContain('Belum tahu');
		expect(await page.locator('nk-placement-result [data-contradiction]').isVisible()).toBe(true);
		expect(await page.locator('nk-placement-result [data-ahead]').innerText()).toContain('marketplace');
		await expect.poll(() => page.locator('nk-placement-result [data-first]').getAttribute('href')).toBe('/belajar/hitung-hpp/?jalur=finance-basics');
		await context.close();
	});

	it('can be shared: the WhatsApp link and "change my answers" carry the answers', async () => {
		const { context, page } = await newPage(browser);
		const query = answersQuery(LEVEL_UP);
		await page.goto(`${baseUrl()}/mulai/hasil/${query}&utm_source=wa`);
		await expect.poll(() => page.locator('nk-placement-result [data-share]').getAttribute('href')).toContain('https://wa.me/?text=');
		const text = decodeURIComponent((await page.locator('nk-placement-result [data-share]').getAttribute('href'))!.replace('https://wa.me/?text=', ''));
		expect(text).toContain('Tahap 5');
		expect(text).toContain(`/mulai/hasil/${query}`);
		expect(text).not.toContain('utm_source');
		await page.click('nk-placement-result [data-change]');
		await page.waitForURL(/\/mulai\/\?/);
		await expect.poll(() => page.locator('input[name=where][value=chat]').isChecked()).toBe(true);
		expect(await page.locator('input[name=tools][value=some]').isChecked()).toBe(true);
		await context.close();
	});

	it('asks for answers when the link has none, and works in English', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseUrl()}/mulai/hasil/`);
		await expect.poll(() => page.locator('nk-placement-result [data-result-empty]').isVisible()).toBe(true);
		await page.goto(`${baseUrl()}/en/mulai/`);
		await page.locator('input[name=sell][value=farm]').check();
		for (let i = 1; i < PLACEMENT_QUESTIONS.length; i++) await page.click('nk-placement [data-next]');
		await page.click('nk-placement [data-submit]');
		await page.waitForURL(/\/en\/mulai\/hasil\/\?sell=farm$/);
		await expect.poll(() => page.locator('nk-placement-result [data-stage-heading]').innerText()).toBe('Start at stage 1: Business consistency');
		expect(await page.locator('nk-placement-result [data-why]').innerText()).toContain('skipped');
		expect(await page.locator('nk-placement-result [data-personas]').innerText()).toContain('Farmer and fisher groups');
		await context.close();
	});
});
