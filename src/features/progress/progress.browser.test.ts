/**
 * Progress that is never lost: finish a lesson, reload, see it done (on the
 * lesson, the path page and Belajarku); export, clear, import, see it back;
 * bad imports show a message and keep progress; blocked storage shows a
 * notice; a custom path link with a bad id still shows the valid lessons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PHONE, baseUrl, guardOrigin, holdScripts, launch, layoutShifts, newPage, recordLayoutShifts, pageErrors } from '../../../tests/support/browser.ts';
import { importProgress, STORAGE_KEY, PROGRESS_VERSION, type ImportRules } from './progress.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';

const api = JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')) as { lessons: { id: string; url: { id: string; en: string } }[] };
const pathOf = (id: string) => new URL(api.lessons.find((l) => l.id === id)!.url.id).pathname;
const finance = readCatalogue('.').paths.find((p) => p.id === 'finance-basics')!;
const [FIRST, SECOND] = finance.lessons as [string, string];
const RULES: ImportRules = { lessons: new Set(api.lessons.map((l) => l.id)), paths: new Set(readCatalogue('.').paths.map((p) => p.id)), today: new Date().toISOString().slice(0, 10) };
const BACKUP_KEY = `${STORAGE_KEY}:backup`;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});


async function finishLesson(page: Page, lessonPath: string) {
	await page.goto(`${baseUrl()}${lessonPath}?jalur=finance-basics`);
	const boxes = page.locator('nk-practice input[type=checkbox]');
	const count = await boxes.count();
	expect(count).toBeGreaterThanOrEqual(3);
	for (let i = 0; i < count; i++) await boxes.nth(i).check();
	const done = page.locator('nk-practice .nk-done');
	await done.click();
	await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
	return count;
}

describe('finishing a lesson', () => {
	it('survives a reload and shows on the path page and on Belajarku', async () => {
		const { context, page } = await newPage(browser);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const errors = pageErrors(page);
		const ticks = await finishLesson(page, pathOf(FIRST));
		// The path bar shows the position in the path the lesson was opened from.
		await expect.poll(() => page.locator('nk-path-bar').innerText()).toMatch(new RegExp(`Langkah 1 dari ${finance.lessons.length}`));

		await page.reload();
		await expect.poll(() => page.locator('nk-practice .nk-done').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('nk-practice input[type=checkbox]:checked').count()).toBe(ticks);

		await page.goto(`${baseUrl()}/jalur/finance-basics/`);
		await expect.poll(() => page.locator(`li[data-lesson="${FIRST}"]`).getAttribute('class')).toContain('is-done');
		expect(await page.locator('nk-path-progress [data-status]').innerText()).toContain(`1 dari ${finance.lessons.length} pelajaran selesai`);
		expect(await page.locator('nk-path-progress a[data-next]').getAttribute('href')).toBe(`${pathOf(SECOND)}?jalur=finance-basics`);

		await page.goto(`${baseUrl()}/belajarku/`);
		await expect.poll(() => page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		expect(await page.locator('nk-my-learning [data-paths]').innerText()).toContain('Tahap 2: Dasar keuangan');
		expect(await page.locator('nk-my-learning [data-next-link]').getAttribute('href')).toBe(`${pathOf(SECOND)}?jalur=finance-basics`);
		expect(await page.locator('nk-my-learning [data-my-empty]').isVisible()).toBe(false);
		expect(await page.locator('nk-my-learning [data-storage="blocked"]').isVisible()).toBe(false);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});
});

describe('Belajarku at the first paint', () => {
	it('does not jump while its script starts, with or without progress on the phone', async () => {
		const { context, page } = await newPage(browser);
		await recordLayoutShifts(page);
		// A learner with nothing saved: the page as sent is the page (the "start here" card included).
		let release = await holdScripts(page);
		await page.goto(`${baseUrl()}/belajarku/`, { waitUntil: 'commit' });
		await page.locator('nk-my-learning [data-message]').waitFor({ state: 'attached' });
		expect(await page.locator('nk-my-learning [data-my-empty]').isVisible()).toBe(true);
		release();
		await expect.poll(() => page.locator('nk-my-learning').getAttribute('data-ready')).toBe('');
		expect(await page.locator('nk-my-learning [data-my-empty]').isVisible()).toBe(true);
		expect(await layoutShifts(page)).toEqual([]);

		// A learner with progress: the lists wait for the script and then appear at once, nothing moves.
		await page.unrouteAll();
		await finishLesson(page, pathOf(FIRST));
		release = await holdScripts(page);
		await page.goto(`${baseUrl()}/belajarku/`, { waitUntil: 'commit' });
		await page.locator('nk-my-learning [data-message]').waitFor({ state: 'attached' });
		expect(await page.locator('nk-my-learning [data-my-empty]').isVisible()).toBe(false);
		expect(await page.locator('nk-my-learning .nk-my__privacy').isVisible()).toBe(true);
		release();
		await expect.poll(() => page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).isVisible()).toBe(true);
		expect(await page.locator('nk-my-learning [data-my-empty]').isVisible()).toBe(false);
		expect(await layoutShifts(page)).toEqual([]);
		await context.close();
	});
});

describe('export and import', () => {
	it('exports a code and a file, and imports both back after storage is cleared', async () => {
		const { context, page } = await newPage(browser, { ...PHONE, acceptDownloads: true } as typeof PHONE);
		const errors = pageErrors(page);
		await finishLesson(page, pathOf(FIRST));
		await page.goto(`${baseUrl()}/belajarku/`);

		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		expect(code.startsWith('NK1.')).toBe(true);
		expect(importProgress(code, RULES).ok).toBe(true);

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('nk-my-learning [data-download]')]);
		expect(download.suggestedFilename()).toMatch(/^naik-kelas-kemajuan-\d{4}-\d{2}-\d{2}\.json$/);
		const file = readFileSync((await download.path())!, 'utf8');
		const fromFile = importProgress(file, RULES);
		expect(fromFile.ok && fromFile.state.lessons[FIRST]?.done).toBeTruthy();

		// A new phone: nothing saved.
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await expect.poll(() => page.locator('nk-my-learning [data-no-done]').isVisible()).toBe(true);
		expect(await page.locator('nk-my-learning [data-done] li').count()).toBe(0);

		await page.fill('nk-my-learning [data-paste]', `  ${code.slice(0, 30)}\n${code.slice(30)}  `);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toContain('Berhasil: 1 pelajaran');
		expect(await page.locator('nk-my-learning [data-message]').getAttribute('data-kind')).toBe('ok');
		expect(await page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		await page.reload();
		await expect.poll(() => page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);

		// Importing the same again changes nothing and says so.
		await page.fill('nk-my-learning [data-paste]', code);
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toContain('Tidak ada yang berubah');

		// And from the file, on another cleared phone.
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await page.setInputFiles('nk-my-learning [data-file]', { name: 'cadangan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await expect.poll(() => page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('refuses corrupt, foreign and newer imports with a message and keeps progress untouched', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		await finishLesson(page, pathOf(FIRST));
		await page.goto(`${baseUrl()}/belajarku/`);
		const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
		expect(before).toContain(FIRST);

		await page.click('nk-my-learning [data-show-code]');
		const code = await page.locator('nk-my-learning [data-code]').inputValue();
		const cases: [string, RegExp][] = [
			[code.slice(0, -4) + 'zzzz', /rusak atau tidak lengkap/],
			[code.slice(0, Math.floor(code.length / 2)), /rusak atau tidak lengkap/],
			['halo, ini bukan kode', /bukan kode atau file cadangan Naik Kelas/],
			[JSON.stringify({ app: 'naik-kelas', progress: { v: 99, lessons: {}, paths: {} } }), /versi Naik Kelas yang lebih baru/],
			[JSON.stringify({ app: 'naik-kelas', progress: { v: 0, lessons: {} } }), /terlalu lama/],
			['', /Tempel kodenya dulu/],
		];
		for (const [input, message] of cases) {
			await page.fill('nk-my-learning [data-paste]', input);
			await page.click('nk-my-learning [data-import]');
			await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toMatch(message);
			expect(await page.locator('nk-my-learning [data-message]').getAttribute('data-kind')).toBe('error');
			expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
		}
		// An oversized file is refused too.
		await page.setInputFiles('nk-my-learning [data-file]', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(`{"app":"naik-kelas","x":"${'x'.repeat(300_000)}"}`) });
		await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toMatch(/terlalu besar/);
		expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
		expect(await page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows English messages on the English page', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseUrl()}/en/belajarku/`);
		await page.fill('nk-my-learning [data-paste]', 'NK1.abc.def');
		await page.click('nk-my-learning [data-import]');
		await expect.poll(() => page.locator('nk-my-learning [data-message]').innerText()).toMatch(/damaged or incomplete/);
		await context.close();
	});
});

describe('when the browser blocks storage', () => {
	// A lesson page with blocked storage is tested in lesson.test.ts.
	it('shows a notice on Belajarku', async () => {
		const context = await browser.newContext(PHONE);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		const page = await context.newPage();
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/belajarku/`);
		await expect.poll(() => page.locator('nk-my-learning [data-storage="blocked"]').isVisible()).toBe(true);
		expect(await page.locator('nk-my-learning [data-no-done]').isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('custom path links', () => {
	it('shows a clear message for an unknown id and the valid lessons as a path', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/jalur/susun/?l=${FIRST},pelajaran-hilang,${SECOND}&t=Kelas%20Desa%20Sukamaju`);
		await expect.poll(() => page.locator('nk-custom-path [data-problems]').isVisible()).toBe(true);
		expect(await page.locator('nk-custom-path [data-problems]').innerText()).toContain('pelajaran-hilang');
		// Her path: the page heading is the title the trainer gave it.
		expect(await page.locator('h1').innerText()).toBe('Kelas Desa Sukamaju');
		const steps = page.locator('.nk-custom-view li[data-lesson]');
		expect(await steps.count()).toBe(2);
		expect(await steps.nth(0).locator('a').getAttribute('href')).toBe(`${pathOf(FIRST)}?jalur=susun`);
		expect(await steps.nth(1).textContent()).toContain('Langkah 2 dari 2');

		// Opening a lesson from it shows the custom path bar with a link to the next lesson.
		await steps.nth(0).locator('a').click();
		// (On a busy machine the new page can take longer than a poll's 1 s: wait for it first.)
		await page.waitForURL(`**${pathOf(FIRST)}?jalur=susun`);
		await expect.poll(() => page.locator('nk-path-bar').innerText()).toContain('Langkah 1 dari 2');
		expect(await page.locator('nk-path-bar').innerText()).toContain('Kelas Desa Sukamaju');
		expect(await page.locator('nk-path-bar a').last().getAttribute('href')).toBe(`${pathOf(SECOND)}?jalur=susun`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('builds a shareable link from ticked lessons in the chosen order', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseUrl()}/jalur/susun/`);
		await page.check(`input[name=l][value="${FIRST}"]`);
		await page.check(`input[name=l][value="${SECOND}"]`);
		await page.fill('#nk-custom-t', 'Kelas Sore');
		// Put the second lesson first.
		await page.click(`button[data-action="up"][data-id="${SECOND}"]`);
		const link = await page.locator('nk-custom-path [data-link]').inputValue();
		expect(link).toBe(`${baseUrl()}/jalur/susun/?l=${SECOND},${FIRST}&t=Kelas%20Sore`);
		expect(await page.locator('nk-custom-path [data-share]').getAttribute('href')).toContain(encodeURIComponent(link));
		await page.click('.nk-picker button[type=submit]');
		await page.waitForURL(`**/jalur/susun/?l=${SECOND},${FIRST}&t=Kelas%20Sore`);
		await expect.poll(() => page.locator('.nk-custom-view li[data-lesson]').count()).toBe(2);
		expect(await page.locator('.nk-custom-view li[data-lesson]').first().getAttribute('data-lesson')).toBe(SECOND);
		await context.close();
	});

	it('without JavaScript, the picker form still makes a link that works', async () => {
		const noJs = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${baseUrl()}/jalur/susun/`);
		await page.check(`input[name=l][value="${FIRST}"]`);
		await page.check(`input[name=l][value="${SECOND}"]`);
		await page.click('.nk-picker button[type=submit]');
		await page.waitForURL(/\/jalur\/susun\/\?t=&l=/);
		const made = page.url();
		await noJs.close();
		const { context, page: js } = await newPage(browser);
		await js.goto(made);
		await expect.poll(() => js.locator('.nk-custom-view li[data-lesson]').count()).toBe(2);
		expect(await js.locator('nk-custom-path [data-problems]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('progress saved by a newer release', () => {
	/** What a later release might write: a version this one has never seen, with fields it does not know. */
	const newer = JSON.stringify({ v: PROGRESS_VERSION + 1, lessons: { [FIRST]: { done: '2026-11-20', notes: 'catatan' } }, paths: { 'finance-basics': { started: '2026-11-20' } }, book: [1] });

	it('is never written over: lessons say so, Belajarku offers a copy, and nothing is lost', async () => {
		const { context, page } = await newPage(browser, { ...PHONE, acceptDownloads: true } as typeof PHONE);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/belajarku/`);
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, newer]);

		// A lesson opened from a path would record the path as started, and ticks would be saved: not over this.
		await page.goto(`${baseUrl()}${pathOf(SECOND)}?jalur=finance-basics`);
		await expect.poll(() => page.locator('nk-practice .nk-practice__locked').isVisible()).toBe(true);
		await page.locator('nk-practice input[type=checkbox]').first().check();
		await page.locator('nk-practice .nk-done').click();
		await expect.poll(() => page.locator('nk-practice .nk-done').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('nk-practice .nk-practice__problem').isVisible()).toBe(false);
		const stored = () => page.evaluate(([a, b]) => [localStorage.getItem(a!), localStorage.getItem(b!)], [STORAGE_KEY, BACKUP_KEY]);
		expect(await stored()).toEqual([newer, null]);
		await page.reload();
		expect(await stored()).toEqual([newer, null]);

		await page.goto(`${baseUrl()}/belajarku/`);
		const notice = page.locator('nk-my-learning [data-storage="locked"]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.innerText()).toMatch(/versi Naik Kelas yang lebih baru/);
		// With no backup on the phone there is nothing to restore; setting this one aside is offered.
		expect(await notice.locator('[data-set-aside]').isVisible()).toBe(true);
		expect(await page.locator('nk-my-learning [data-restore]').isVisible()).toBe(false);
		const [download] = await Promise.all([page.waitForEvent('download'), notice.locator('[data-export-stored]').click()]);
		const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { app: string; progress: unknown };
		expect(file.app).toBe('naik-kelas');
		expect(file.progress).toEqual(JSON.parse(newer));
		expect(await stored()).toEqual([newer, null]);
		await page.goto(`${baseUrl()}/en/belajarku/`);
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.innerText()).toMatch(/saved by a newer version of Naik Kelas/);
		expect(await stored()).toEqual([newer, null]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('Belajarku offers the backup and restoring it swaps, so both stay on the phone', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/belajarku/`);
		const older = JSON.stringify({ v: PROGRESS_VERSION, lessons: { [FIRST]: { done: '2026-10-01' } }, paths: {} });
		await page.evaluate(([k1, v1, k2, v2]) => { localStorage.setItem(k1!, v1!); localStorage.setItem(k2!, v2!); }, [STORAGE_KEY, newer, BACKUP_KEY, older]);
		await page.reload();
		await expect.poll(() => page.locator('nk-my-learning [data-restore]').isVisible()).toBe(true);
		expect(await page.locator('nk-my-learning [data-restore]').innerText()).toContain('1 pelajaran selesai');
		// The backup slot is taken: "set aside" would overwrite it, so it is not offered.
		expect(await page.locator('nk-my-learning [data-set-aside]').isVisible()).toBe(false);
		await page.locator('nk-my-learning [data-restore-button]').click();
		await expect.poll(() => page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		expect(await page.locator('nk-my-learning [data-storage="locked"]').isVisible()).toBe(false);
		expect(await page.locator('nk-my-learning [data-storage-message]').innerText()).toMatch(/Cadangan dipulihkan/);
		const [main, backup] = await page.evaluate(([a, b]) => [localStorage.getItem(a!), localStorage.getItem(b!)], [STORAGE_KEY, BACKUP_KEY]);
		expect(JSON.parse(main!)).toEqual(JSON.parse(older));
		expect(backup).toBe(newer);
		// Progress is written again from here on, and never over the backup.
		await finishLesson(page, pathOf(SECOND));
		expect(await page.evaluate((b) => localStorage.getItem(b), BACKUP_KEY)).toBe(newer);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('inputs that name things every object has', () => {
	it('?jalur=toString, constructor or __proto__ shows no path bar and records nothing', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
			await page.goto(`${baseUrl()}${pathOf(FIRST)}?jalur=${name}`);
			await page.locator('nk-practice .nk-done').waitFor();
			expect(await page.locator('nk-path-bar').isVisible(), name).toBe(false);
			expect(await page.locator('nk-path-bar [data-path]:not([hidden]), nk-path-bar > a').count(), name).toBe(0);
		}
		expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
		// A real path still works on the same page.
		await page.goto(`${baseUrl()}${pathOf(FIRST)}?jalur=finance-basics`);
		await expect.poll(() => page.locator('nk-path-bar').innerText()).toMatch(/Langkah 1 dari/);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('a custom path title from a shared link', () => {
	it('is labelled as made by someone else, with bidi overrides and control characters removed', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		// A right-to-left override would show "hubungi 0812…" reversed, looking like another number.
		const title = `Resmi dari Naik Kelas\u202e9876 5432 1180\u202c\u0007 ${'x'.repeat(200)}`;
		await page.goto(`${baseUrl()}/jalur/susun/?l=${FIRST},${SECOND}&t=${encodeURIComponent(title)}`);
		await expect.poll(() => page.locator('.nk-custom-view').isVisible()).toBe(true);
		const shown = await page.locator('h1').innerText();
		expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
		expect(shown.startsWith('Resmi dari Naik Kelas 9876 5432 1180 x')).toBe(true);
		expect([...shown].length).toBeLessThanOrEqual(80);
		expect(await page.locator('.nk-custom-view__by').innerText()).toBe('Dibuat oleh pelatih/orang lain');

		await page.locator('.nk-custom-view li[data-lesson] a').first().click();
		await page.waitForURL(`**${pathOf(FIRST)}?jalur=susun`);
		await expect.poll(() => page.locator('nk-path-bar').innerText()).toContain('(Jalur buatan orang lain)');
		expect(await page.locator('nk-path-bar').innerText()).not.toMatch(/[\u202a-\u202e]/);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('when storage is full', () => {
	it('pages keep working (the theme picker included), say so, and keep what was saved', async () => {
		const { context, page } = await newPage(browser);
		const errors = pageErrors(page);
		await finishLesson(page, pathOf(FIRST));
		const before = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
		await context.addInitScript(() => {
			Storage.prototype.setItem = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.goto(`${baseUrl()}${pathOf(SECOND)}?jalur=finance-basics`);
		await page.locator('nk-practice input[type=checkbox]').first().check();
		await expect.poll(() => page.locator('nk-practice .nk-practice__problem').isVisible()).toBe(true);
		await page.goto(`${baseUrl()}/belajarku/`);
		await expect.poll(() => page.locator('nk-my-learning [data-storage="full"]').isVisible()).toBe(true);
		expect(await page.locator(`nk-my-learning [data-done] li[data-lesson="${FIRST}"]`).count()).toBe(1);
		expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(before);
		expect(errors).toEqual([]);
		await context.close();
	});
});
