/**
 * The receipt loop in a browser: a learner finishes two lessons (one first try wrong), makes a learning receipt
 * (text and QR); a trainer on another device reads it from a screenshot of the QR and from the pasted text, sees
 * the class table and the question most often wrong, prints and exports CSV; bad, foreign, tampered and
 * oversized receipts are refused and the class stays as it was; before/after shows a change.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, baseUrl, guardOrigin, newPage, pageErrors } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';
import { formatViolations, runAxe } from '../../../tests/support/axe.ts';

const api = JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')) as { lessons: { id: string; url: { id: string } }[] };
const pathOf = (id: string) => new URL(api.lessons.find((l) => l.id === id)!.url.id).pathname;
const catalogue = readCatalogue('.');
const finance = catalogue.paths.find((p) => p.id === 'finance-basics')!;
const [FIRST, SECOND] = finance.lessons as [string, string];

const site = useBrowser();


/** Tick the practice, answer every self-check question: the first one wrong at the first try when `wrongFirst`. */
async function finishLesson(page: Page, lesson: string, wrongFirst: boolean) {
	await page.goto(`${baseUrl()}${pathOf(lesson)}`);
	const questions = page.locator('nk-self-check .nk-qblock');
	const n = await questions.count();
	for (let q = 0; q < n; q++) {
		const block = questions.nth(q).locator('fieldset.nk-q').first();
		if (q === 0 && wrongFirst) await block.locator('.nk-opt:not([data-correct]) input').first().check();
		await block.locator('.nk-opt[data-correct] input').check();
	}
	const boxes = page.locator('nk-practice input[type=checkbox]');
	for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
	await page.locator('nk-practice .nk-done').click();
	await expect.poll(() => page.locator('nk-practice .nk-done').getAttribute('aria-pressed')).toBe('true');
	return n;
}

/** The before/after check of the price-and-profit plan on the learner's phone: every answer right or every one wrong. */
async function doCheck(page: Page, when: 'pre' | 'post', right: boolean) {
	await page.goto(`${baseUrl()}/pelatih/harga-dan-untung/cek/`);
	const check = page.locator('nk-workshop-check');
	await check.locator('[data-name]').fill('Budi');
	await check.locator(`input[name="when"][value="${when}"]`).check();
	const blocks = check.locator('[data-q]');
	const questions = await blocks.count();
	expect(questions).toBeGreaterThanOrEqual(3);
	for (let i = 0; i < questions; i++) await blocks.nth(i).locator(right ? 'input[value="right"]' : 'input:not([value="right"])').first().check();
	await check.locator('button[type=submit]').click();
	await expect.poll(() => check.locator('[data-out]').isVisible()).toBe(true);
	expect(await check.locator('[data-qr] svg').count()).toBe(1);
	return { text: await check.locator('[data-text]').inputValue(), questions };
}

describe('learning receipt to class view', () => {
	it('goes from the learner’s phone to the trainer’s class table, by QR picture and by text', async () => {
		const learner = await newPage(site.browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(learner.context, foreign);
		const errors = pageErrors(learner.page);
		const n1 = await finishLesson(learner.page, FIRST, true);
		const n2 = await finishLesson(learner.page, SECOND, false);

		await learner.page.goto(`${baseUrl()}/belajarku/`);
		const receipt = learner.page.locator('nk-receipt');
		await receipt.locator('[data-name]').fill('Bu Sari');
		await receipt.locator('button[type=submit]').click();
		await expect.poll(() => receipt.locator('[data-out]').isVisible()).toBe(true);
		const text = await receipt.locator('[data-text]').inputValue();
		expect(text).toContain('diisi sendiri');
		expect(text).toMatch(/NK1:[0-9A-Z]+/);
		expect(await receipt.locator('[data-summary]').innerText()).toContain(`2 pelajaran selesai. Percobaan pertama: ${n1 + n2 - 1} dari ${n1 + n2} soal benar`);
		expect(await receipt.locator('[data-wa]').getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=.*NK1%3A/);
		const qr = receipt.locator('[data-qr] svg');
		await qr.scrollIntoViewIfNeeded();
		const png = await qr.screenshot();
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);

		const trainer = await newPage(site.browser, DESKTOP);
		guardOrigin(trainer.context, foreign);
		const terrors = pageErrors(trainer.page);
		await trainer.page.addInitScript(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset.printing ?? '');
		});
		await trainer.page.goto(`${baseUrl()}/pelatih/kelas/`);
		const page = trainer.page;
		expect(await page.locator('.nk-class__privacy').innerText()).toContain('Tidak ada yang dikirim');
		await page.locator('[data-new-name]').fill('Kelas Desa Sukamaju');
		await page.locator('[data-new] button[type=submit]').click();
		await page.locator('[data-plan]').selectOption('path:finance-basics');

		// From a screenshot of the QR on the learner's screen, read by the page's own decoder.
		await page.locator('[data-file]').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
		await expect.poll(() => page.locator('[data-messages] li').first().innerText()).toBe('Ditambahkan: Bu Sari.');
		// The same receipt as pasted WhatsApp text: recognised, not added twice.
		await page.locator('[data-paste]').fill(`[09.41] Sari: ${text}`);
		await page.locator('[data-add]').click();
		await expect.poll(() => page.locator('[data-messages] li').first().innerText()).toBe('Sudah ada di kelas ini: Bu Sari.');

		const table = page.locator('[data-table]');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
		const row = await table.locator('tbody tr').first().innerText();
		expect(row).toContain('Bu Sari');
		expect(row).toContain(`2/${finance.lessons.length}`);
		expect(row).toContain(`${n1 + n2 - 1}/${n1 + n2}`);
		const firstQuestion = catalogue.lessons.id.get(FIRST)!.data.selfCheck[0]!.question;
		expect(await page.locator('[data-questions] li').first().innerText()).toContain(firstQuestion);

		// Bad, foreign, tampered and oversized: refused, the class unchanged.
		const code = /NK1:[0-9A-Z]+/.exec(text)![0];
		const tampered = code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13);
		for (const [bad, message] of [
			['halo bu, ini nilai saya 100', 'bukan catatan belajar'],
			['NK1:ABCDEFG', 'rusak'],
			[tampered, 'tanda periksanya'],
			[`NK1:${'A'.repeat(3000)}`, 'terlalu panjang'],
			['NK7:ABCDEF', 'lebih baru'],
		] as const) {
			await page.locator('[data-paste]').fill(bad);
			await page.locator('[data-add]').click();
			await expect.poll(() => page.locator('[data-messages] li').first().innerText()).toContain(message);
		}
		expect(await table.locator('tbody tr').count()).toBe(1);
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('naik-kelas:classes')!));
		expect(stored.classes[0].receipts).toHaveLength(1);

		// Print and CSV.
		await page.locator('[data-print]').click();
		expect(await page.locator('html').getAttribute('data-printed')).toBe('class');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-add]').isVisible()).toBe(false);
		expect(await table.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv]').click()]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain(finance.lessons[0]);
		expect(lines[1]).toMatch(new RegExp(`^Bu Sari,\\d{4}-\\d{2}-\\d{2},,1,1,`));

		// Before and after: one learner does the plan's check on her phone at the start (all wrong) and the end (all right).
		const pre = await doCheck(learner.page, 'pre', false);
		const post = await doCheck(learner.page, 'post', true);
		await page.locator('[data-paste]').fill(`${pre.text}\n${post.text}`);
		await page.locator('[data-add]').click();
		await expect.poll(() => page.locator('[data-prepost] tbody tr').count()).toBe(pre.questions);
		for (const row of await page.locator('[data-prepost] tbody tr').allInnerTexts()) expect(row).toMatch(/0\/1\s+1\/1/);
		expect(await table.locator('tbody tr').count()).toBe(2);
		expect(await table.locator('tbody tr').nth(1).innerText()).toContain(`0/${pre.questions}\t${pre.questions}/${pre.questions}`);

		// One wrong receipt can go, after asking: the newest (the after check) is removed, the rest stays, also after a reload.
		const received = page.locator('[data-received] li');
		const before = await received.count();
		await page.locator('[data-received-wrap] summary').click();
		page.once('dialog', (d) => d.dismiss());
		await received.first().getByRole('button').click();
		expect(await received.count()).toBe(before);
		page.once('dialog', (d) => d.accept());
		await received.first().getByRole('button').click();
		await expect.poll(() => received.count()).toBe(before - 1);
		await expect.poll(() => page.locator('[data-prepost]').isVisible()).toBe(false);
		await page.reload();
		await expect.poll(() => page.locator('[data-received] li').count()).toBe(before - 1);
		expect(await table.locator('tbody tr').count()).toBe(2);

		// Deleting asks first: refusing keeps the class.
		page.once('dialog', (d) => d.dismiss());
		await page.locator('[data-delete]').click();
		expect(await page.locator('[data-choose] option').count()).toBe(1);
		expect(terrors).toEqual([]);
		expect(foreign).toEqual([]);
		await learner.context.close();
		await trainer.context.close();
	});
});

describe('the receipt pages are accessible', () => {
	it('axe finds no violations on My class (both languages) and the before/after check', async () => {
		const { context, page } = await newPage(site.browser, DESKTOP);
		for (const path of ['/pelatih/kelas/', '/en/pelatih/kelas/', '/pelatih/harga-dan-untung/cek/']) {
			await page.goto(`${baseUrl()}${path}`);
			expect(formatViolations(path, await runAxe(page))).toBe('');
		}
		await context.close();
	});
});
