/**
 * A way back in, in a browser: a trainer's custom path link opens as the learner's path (its title, "made by
 * someone else", the builder one link away) and is kept in Belajarku with its progress, through reload and
 * export → clear → import; a `program=` tag from a custom or stage path link is shown in the receipt form and goes
 * into the receipt unless she unticks it (a bad tag is ignored); Belajarku shows the first try per lesson; the site
 * menu offers "Continue" and Belajarku only with progress, without moving anything; the 404 pages help her on in
 * both languages and their language switch leads to a real page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, baseUrl, holdScripts, launch, layoutShifts, newPage, pageErrors, recordLayoutShifts } from '../../../tests/support/browser.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';
import { decodeReceipt } from '../evidence/receipt.ts';
import { formatViolations, runAxe } from '../../../tests/support/axe.ts';

const api = JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')) as { lessons: { id: string; title: { id: string; en: string }; url: { id: string; en: string } }[] };
const lesson = (id: string) => api.lessons.find((l) => l.id === id)!;
const pathOf = (id: string, lang: 'id' | 'en' = 'id') => new URL(lesson(id).url[lang]).pathname;
const catalogue = readCatalogue('.');
const finance = catalogue.paths.find((p) => p.id === 'finance-basics')!;
const stage1 = catalogue.paths.find((p) => p.kind === 'stage')!;
const ids = api.lessons.map((l) => l.id);
// Three lessons from anywhere in the curriculum, in an order no catalogue path has.
const CUSTOM = [ids[5]!, ids[2]!, ids[9]!] as const;
const TITLE = 'Kelas UMKM Desa Sukamaju';
const customLink = (extra = '') => `/jalur/susun/?l=${CUSTOM.join(',')}&t=${encodeURIComponent(TITLE)}${extra}`;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function markDone(page: Page, id: string, query = '') {
	await page.goto(`${baseUrl()}${pathOf(id)}${query}`);
	const done = page.locator('nk-practice .nk-done');
	await done.click();
	await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
}

async function receiptProgram(page: Page, include: boolean) {
	await page.goto(`${baseUrl()}/belajarku/`);
	const form = page.locator('nk-receipt');
	const box = form.locator('[data-program-box]');
	if (!(await box.isVisible())) return { shown: null, program: undefined };
	const shown = await box.innerText();
	await form.locator('[data-include-program]').setChecked(include);
	await form.locator('button[type=submit]').click();
	await expect.poll(() => form.locator('[data-out]').isVisible()).toBe(true);
	const code = await form.locator('[data-text]').inputValue();
	const decoded = decodeReceipt(code, { lessons: ids, today: new Date().toISOString().slice(0, 10) });
	expect(decoded.ok).toBe(true);
	return { shown, program: decoded.ok ? decoded.receipt.program : undefined };
}

describe('a custom path from a trainer', () => {
	it('opens as her path, is kept in Belajarku with its progress and its program tag, and survives reload and export → clear → import', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}${customLink('&program=desa-sukamaju')}`);
		const view = page.locator('nk-custom-path .nk-custom-view');
		await expect.poll(() => view.isVisible()).toBe(true);
		// Titled as the trainer named it, marked as someone else's, the builder behind one link.
		expect(await page.locator('h1').innerText()).toBe(TITLE);
		expect(await view.innerText()).toContain('Dibuat oleh pelatih/orang lain');
		expect(await view.locator('[data-program]').innerText()).toContain('desa-sukamaju');
		expect(await page.locator('nk-custom-path form').isVisible()).toBe(false);
		await view.locator('[data-edit]').click();
		await expect.poll(() => page.locator('nk-custom-path form').isVisible()).toBe(true);
		expect(await page.locator('nk-custom-path #susun').evaluate((h) => h === document.activeElement)).toBe(true);

		// One lesson of it done, from the path's own link.
		await markDone(page, CUSTOM[0], '?jalur=susun');
		await page.goto(`${baseUrl()}/belajarku/`);
		const row = page.locator('nk-my-learning [data-paths] > li', { hasText: TITLE });
		await expect.poll(() => row.count()).toBe(1);
		expect(await row.innerText()).toContain('Dibuat oleh pelatih/orang lain');
		expect(await row.locator('progress').getAttribute('value')).toBe('1');
		expect(await row.locator('progress').getAttribute('max')).toBe('3');
		const next = row.locator(`a[href="${pathOf(CUSTOM[1])}?jalur=susun"]`);
		expect(await next.count()).toBe(1);
		await page.reload();
		await expect.poll(() => row.count()).toBe(1);

		// The tag of the link she opened is in the receipt form, and in the receipt.
		expect(await receiptProgram(page, true)).toEqual({ shown: expect.stringContaining('desa-sukamaju'), program: 'desa-sukamaju' });
		// She can leave it out.
		expect((await receiptProgram(page, false)).program).toBeUndefined();

		// Export → clear → import.
		await page.goto(`${baseUrl()}/belajarku/`);
		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		expect(await row.count()).toBe(0);
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toContain('Berhasil');
		await page.reload();
		await expect.poll(() => row.count()).toBe(1);
		expect(await row.locator('progress').getAttribute('value')).toBe('1');
		expect((await receiptProgram(page, true)).program).toBe('desa-sukamaju');

		// Following "continue" from Belajarku, the lesson's path bar shows her custom path.
		await page.goto(`${baseUrl()}/belajarku/`);
		await row.locator(`a[href="${pathOf(CUSTOM[1])}?jalur=susun"]`).click();
		await expect.poll(() => page.locator('nk-path-bar').isVisible()).toBe(true);
		expect(await page.locator('nk-path-bar').innerText()).toContain(TITLE);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('program tags', () => {
	it('a stage path link keeps its tag for the receipt; a bad tag is ignored with no harm', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/jalur/${stage1.id}/?program=${encodeURIComponent('<b>Bad tag</b>')}`);
		await page.locator('nk-path-progress').waitFor();
		await page.waitForLoadState('networkidle');
		await markDone(page, stage1.lessons[0]!, `?jalur=${stage1.id}`);
		expect((await receiptProgram(page, true)).shown).toBeNull();
		expect(await page.evaluate(() => localStorage.getItem('naik-kelas:kept-paths'))).toBeNull();

		await page.goto(`${baseUrl()}/jalur/${stage1.id}/?program=kur-2026`);
		await expect.poll(() => page.evaluate(() => localStorage.getItem('naik-kelas:kept-paths'))).toContain('kur-2026');
		const { shown, program } = await receiptProgram(page, true);
		expect(shown).toContain('kur-2026');
		expect(program).toBe('kur-2026');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('first try in Belajarku', () => {
	it('shows "first try: right of answered" for a finished lesson, in both languages', async () => {
		const { context, page } = await newPage(browser);
		const id = finance.lessons[0]!;
		await page.goto(`${baseUrl()}${pathOf(id)}`);
		const questions = page.locator('nk-self-check .nk-qblock');
		const n = await questions.count();
		expect(n).toBeGreaterThanOrEqual(2);
		for (let q = 0; q < n; q++) {
			const block = questions.nth(q).locator('fieldset.nk-q').first();
			// The first question wrong at the first try, then corrected: the first try stays wrong.
			if (q === 0) await block.locator('.nk-opt:not([data-correct]) input').first().check();
			await block.locator('.nk-opt[data-correct] input').check();
		}
		const done = page.locator('nk-practice .nk-done');
		await done.click();
		await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
		await page.goto(`${baseUrl()}/belajarku/`);
		const item = page.locator(`nk-my-learning [data-done] li[data-lesson="${id}"]`);
		await expect.poll(() => item.innerText()).toContain(`Percobaan pertama: ${n - 1} dari ${n}`);
		await page.goto(`${baseUrl()}/en/belajarku/`);
		await expect.poll(() => page.locator(`nk-my-learning [data-done] li[data-lesson="${id}"]`).innerText()).toContain(`First try: ${n - 1} of ${n}`);
		await context.close();
	});
});

describe('the site menu', () => {
	const lessonPage = () => `${baseUrl()}${pathOf(finance.lessons[2]!)}`;

	it('is as before on a first visit, and nothing moves', async () => {
		for (const device of [PHONE, DESKTOP]) {
			const { context, page } = await newPage(browser, device);
			await recordLayoutShifts(page);
			await page.goto(lessonPage());
			await page.waitForTimeout(300);
			expect(await page.locator('.nk-menu-progress').count()).toBe(1);
			expect(await page.locator('.nk-menu-progress').isHidden()).toBe(true);
			// A lesson page has a sub-pixel shift of its own (below 0.001, see listen.browser.test.ts): anything larger fails.
			expect((await layoutShifts(page)).filter((v) => v >= 0.001)).toEqual([]);
			await context.close();
		}
	});

	it('with progress offers "Continue" and Belajarku from the first paint, without a shift; Continue opens the next lesson', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const errors = pageErrors(page);
		await markDone(page, finance.lessons[0]!, '?jalur=finance-basics');
		await recordLayoutShifts(page);
		const release = await holdScripts(page);
		await page.goto(lessonPage(), { waitUntil: 'commit' });
		await page.locator('footer').waitFor({ state: 'attached' });
		// Before any module script ran: the menu block is already there (not hidden).
		expect(await page.locator('.nk-menu-progress').evaluate((e) => (e as HTMLElement).hidden)).toBe(false);
		release();
		await page.waitForLoadState('load');
		await page.waitForTimeout(300);
		expect((await layoutShifts(page)).filter((v) => v >= 0.001)).toEqual([]);
		await page.unrouteAll();
		// On a phone it is in the menu.
		await page.locator('button.sl-menu-button').click();
		const menu = page.locator('.nk-menu-progress');
		await expect.poll(() => menu.isVisible()).toBe(true);
		expect(await menu.locator('a[href="/belajarku/"]').innerText()).toBe('Belajarku');
		// The open menu with the block in it passes axe (the page-type sweep sees it hidden: no progress there).
		const violations = await runAxe(page);
		expect(violations, formatViolations('menu with progress', violations)).toEqual([]);
		await menu.locator('a[href="/lanjut/"]').click();
		await page.waitForURL((u) => u.pathname === pathOf(finance.lessons[1]!));
		expect(new URL(page.url()).search).toBe('?jalur=finance-basics');

		await page.goto(`${baseUrl()}${pathOf(finance.lessons[2]!, 'en')}`);
		expect(await page.locator('.nk-menu-progress a[href="/en/lanjut/"]').textContent()).toContain('Continue');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the 404 page', () => {
	it('helps her on in both languages, and its language switch leads to a real page', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const errors = pageErrors(page);
		for (const [at, lang] of [['/belajar/tidak-ada-halaman-ini/', 'id'], ['/en/404/', 'en'], ['/404/', 'id']] as const) {
			const res = await page.goto(`${baseUrl()}${at}`);
			if (at.includes('tidak-ada')) expect(res?.status()).toBe(404);
			else expect(res?.status()).toBe(200);
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			const prefix = lang === 'en' ? '/en' : '';
			const ways = page.locator('nk-not-found');
			for (const href of ['/jalur/', '/belajarku/', '/mulai/', '/']) expect(await ways.locator(`.nk-not-found__ways a[href="${prefix}${href}"]`).count()).toBe(1);
			// The search button opens the site's search.
			const search = ways.locator('[data-search]');
			await expect.poll(() => search.isEnabled()).toBe(true);
			await search.click();
			await expect.poll(() => page.locator('dialog.nk-search').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
			await page.keyboard.press('Escape');
			// Every option of the language switch is a page that exists.
			const options = [...new Set(await page.locator('starlight-lang-select select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))];
			expect(options.sort()).toEqual(['/404/', '/en/404/']);
			for (const href of options) expect((await page.request.get(`${baseUrl()}${href}`)).status(), href).toBe(200);
		}
		// With progress, "Continue" is there too.
		await markDone(page, finance.lessons[0]!, '?jalur=finance-basics');
		await page.goto(`${baseUrl()}/en/404/`);
		const box = page.locator('nk-not-found nk-continue');
		await expect.poll(() => box.isVisible()).toBe(true);
		await expect.poll(() => box.locator('[data-continue-link]').getAttribute('href')).toBe(`${pathOf(finance.lessons[1]!, 'en')}?jalur=finance-basics`);
		const violations = await runAxe(page);
		expect(violations, formatViolations('/en/404/ with progress', violations)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
