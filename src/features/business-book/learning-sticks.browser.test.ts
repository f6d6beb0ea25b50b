/**
 * Learning that sticks, as a learner does it on a phone: the self-check keeps
 * her FIRST answer after she corrects it and offers another question on the
 * same point; options are shuffled the same on the lesson page and the
 * slides; the do-now result goes into "Buku Usahaku" and shows on the book
 * page; a later lesson's calculator starts from the HPP she saved; the book
 * can be edited and asks before deleting; and all of it survives
 * export → clear storage → import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, guardOrigin, launch, newPage, pageErrors } from '../../../tests/support/browser.ts';
import { ATTEMPTS_KEY } from '../progress/first-attempts.ts';
import { BOOK_KEY } from './book.ts';

const HPP_LESSON = '/belajar/hitung-hpp/';
const PRICING_LESSON = '/belajar/harga-jual-dan-biaya-platform/';
const BOOK = '/buku-usaha/';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});


/** Answer every main question of the lesson's self-check: the first one wrong, then right; the rest right. */
async function answerSelfCheck(page: Page) {
	const blocks = page.locator('nk-self-check .nk-qblock');
	const n = await blocks.count();
	const first = blocks.first();
	await first.locator('fieldset.nk-q:not([data-retry]) .nk-opt:not([data-correct]) label').first().click();
	// Why it is wrong shows at once, and another question on the same point is offered.
	await expect.poll(() => first.locator('.nk-opt:not([data-correct]) .nk-explain').first().isVisible()).toBe(true);
	const retry = first.locator('details.nk-retry');
	await expect.poll(() => retry.isVisible()).toBe(true);
	expect(await retry.locator('summary').innerText()).toBe('Coba soal lain');
	// She corrects herself, then tries the other question.
	await first.locator('fieldset.nk-q:not([data-retry]) .nk-opt[data-correct] label').click();
	await retry.locator('summary').click();
	await retry.locator('.nk-opt[data-correct] label').click();
	await expect.poll(() => retry.locator('.nk-opt[data-correct] .nk-explain').isVisible()).toBe(true);
	for (let i = 1; i < n; i++) await blocks.nth(i).locator('fieldset.nk-q:not([data-retry]) .nk-opt[data-correct] label').click();
	return n;
}

describe('self-check', () => {
	it('keeps the first attempt after a correction, records the retry apart, and shows "first try"', async () => {
		const { context, page } = await newPage(browser);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const errors = pageErrors(page);
		await page.goto(baseUrl() + HPP_LESSON);
		const n = await answerSelfCheck(page);
		const firstTry = page.locator('.nk-self-check__first');
		await expect.poll(() => firstTry.innerText()).toBe(`Percobaan pertama: ${n - 1} dari ${n}`);
		// The final score counts the corrected answer; the first attempt does not change.
		await expect.poll(() => page.locator('.nk-self-check__score').innerText()).toBe(`Jawaban benar: ${n}/${n}`);
		const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), ATTEMPTS_KEY))!);
		expect(stored.lessons['cost-of-goods'].first['0'].ok).toBe(false);
		expect(stored.lessons['cost-of-goods'].retry['0'].ok).toBe(true);
		await page.reload();
		await expect.poll(() => page.locator('.nk-self-check__first').innerText()).toBe(`Percobaan pertama: ${n - 1} dari ${n}`);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('shows the options in the same shuffled order on the lesson page, the slides and the answer key', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(baseUrl() + HPP_LESSON);
		const lessonOrder = await page.locator('nk-self-check fieldset.nk-q:not([data-retry])').evaluateAll((sets) =>
			sets.map((f) => [...f.querySelectorAll('.nk-opt label')].map((l) => l.textContent!.trim())),
		);
		const keyLetters = await page.locator('.nk-answer-key li').evaluateAll((lis) => lis.map((li) => li.textContent!.trim().slice(0, 1)));
		const correctLetters = await page.locator('nk-self-check fieldset.nk-q:not([data-retry])').evaluateAll((sets) =>
			sets.map((f) => [...f.querySelectorAll('.nk-opt')].findIndex((o) => o.hasAttribute('data-correct'))).map((i) => String.fromCharCode(65 + i)),
		);
		expect(keyLetters).toEqual(correctLetters);
		// Shuffled: not every correct answer is in the author's place (the first option for most of them).
		await page.goto(baseUrl() + '/slide/hitung-hpp/');
		const slideOrder = await page.locator('.slide--quiz .quiz__options').evaluateAll((lists) =>
			lists.map((ol) => [...ol.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())),
		);
		expect(slideOrder).toEqual(lessonOrder.map((q) => q.map((t) => t.replace(/^([A-D])\.\s*/, '$1 ').replace(/\s+/g, ' '))));
		await context.close();
	});
});

describe('Buku Usahaku', () => {
	it('keeps the do-now result, pre-fills a later lesson, edits and deletes (asking first), and survives export → clear → import', async () => {
		const { context, page } = await newPage(browser);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const errors = pageErrors(page);

		// 1. The do-now step of the HPP lesson: write the result and save it to the book.
		await page.goto(baseUrl() + HPP_LESSON);
		const doNow = page.locator('nk-practice .nk-do-now');
		expect(await doNow.locator('.nk-do-now__label').innerText()).toMatch(/^Lakukan sekarang ± \d+ menit$/);
		expect(await page.locator('nk-practice .nk-practice__later').innerText()).toMatch(/Minggu ini/i);
		await doNow.locator('textarea').fill('Keripik singkong: Rp12.500 per bungkus');
		await doNow.locator('nk-book-save button').click();
		await expect.poll(() => doNow.locator('.nk-do-now__status').innerText()).toMatch(/^Tersimpan di Buku Usahaku \(\d+ \w+ \d{4}\)\.$/);
		await answerSelfCheck(page);

		// 2. The book page lists it, with the lesson it came from.
		await page.goto(baseUrl() + BOOK);
		const hpp = page.locator('[data-kind="hpp"]');
		await expect.poll(() => hpp.isVisible()).toBe(true);
		expect(await hpp.locator('.nk-book__text').innerText()).toBe('Keripik singkong: Rp12.500 per bungkus');
		expect(await hpp.locator('.nk-book__meta a').getAttribute('href')).toBe(HPP_LESSON);
		expect(await page.locator('.nk-book__empty').isVisible()).toBe(false);

		// 3. A later lesson: the calculator starts from her HPP and saves her price per channel.
		await page.goto(baseUrl() + PRICING_LESSON);
		const calc = page.locator('nk-profit-calculator');
		await expect.poll(() => calc.locator('input[name="hpp"]').inputValue()).toBe('Rp12.500');
		expect(await calc.locator('.nk-calc__prefilled').innerText()).toMatch(/^dari Buku Usahaku, \d+ \w+ \d{4}$/);
		await calc.locator('select[name="preset"]').selectOption('shopee-2025');
		await calc.locator('input[name="price"]').fill('25000');
		await calc.locator('button[type="submit"]').click();
		await calc.locator('[data-book-save]').click();
		await expect.poll(() => calc.locator('.nk-calc__book [role="status"]').innerText()).toBe('HPP dan harga jual tersimpan di Buku Usahaku.');
		await page.goto(baseUrl() + BOOK);
		const prices = page.locator('[data-kind="selling-price"]');
		await expect.poll(() => prices.locator('table').innerText()).toMatch(/Shopee\s+Rp25\.000/);
		// Same HPP again: not a second HPP entry.
		expect(await hpp.locator('li').count()).toBe(1);

		// 4. Edit, and delete only after saying yes.
		await prices.locator('button', { hasText: 'Ubah' }).click();
		await prices.locator('textarea').fill('Shopee Rp25.000, WhatsApp Rp22.000');
		await prices.locator('button', { hasText: 'Simpan' }).click();
		await expect.poll(() => prices.locator('.nk-book__text').innerText()).toBe('Shopee Rp25.000, WhatsApp Rp22.000');
		await prices.locator('button', { hasText: 'Hapus' }).click();
		expect(await prices.locator('[role="alert"]').innerText()).toMatch(/Hapus catatan ini\?/);
		await prices.locator('button', { hasText: 'Batal' }).click();
		expect(await prices.locator('li').count()).toBe(1);
		await prices.locator('button', { hasText: 'Hapus' }).click();
		await prices.locator('button', { hasText: 'Ya, hapus' }).click();
		await expect.poll(() => prices.isVisible()).toBe(false);

		// 5. Export as a code in Belajarku, clear everything, import it back.
		await page.goto(baseUrl() + '/belajarku/');
		expect(await page.locator('.nk-my__book a').getAttribute('href')).toBe(BOOK);
		await page.locator('[data-show-code]').click();
		const code = await page.locator('[data-code]').inputValue();
		expect(code).toMatch(/^NK1\./);
		await page.evaluate(() => localStorage.clear());
		await page.goto(baseUrl() + BOOK);
		await expect.poll(() => page.locator('.nk-book__empty').isVisible()).toBe(true);
		await page.goto(baseUrl() + '/belajarku/');
		await page.locator('[data-paste]').fill(code);
		await page.locator('[data-import]').click();
		await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), BOOK_KEY)).not.toBeNull();
		await page.goto(baseUrl() + BOOK);
		await expect.poll(() => page.locator('[data-kind="hpp"] .nk-book__text').innerText()).toBe('Keripik singkong: Rp12.500 per bungkus');
		await page.goto(baseUrl() + HPP_LESSON);
		await expect.poll(() => page.locator('.nk-self-check__first').innerText()).toMatch(/^Percobaan pertama: (\d+) dari \d+$/);
		const [right, total] = (await page.locator('.nk-self-check__first').innerText()).match(/\d+/g)!.map(Number);
		expect(right).toBe(total! - 1);
		// The saved do-now result is back in its box, and the later lesson still starts from it.
		expect(await page.locator('nk-book-save textarea').inputValue()).toBe('Keripik singkong: Rp12.500 per bungkus');
		await page.goto(baseUrl() + PRICING_LESSON);
		await expect.poll(() => page.locator('nk-profit-calculator input[name="hpp"]').inputValue()).toBe('Rp12.500');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await context.close();
	});
});

describe('Buku Usahaku in print', () => {
	it('fits one A4 sheet with an entry of every kind', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(baseUrl() + BOOK);
		const long = 'Kopi susu gula aren 250 ml Rp18.000, kopi hitam Rp12.000, roti bakar cokelat Rp15.000, pisang goreng keju Rp10.000, es teh Rp5.000';
		const entries = [
			{ id: 'a1', key: 'hpp', text: 'Keripik singkong: Rp12.500 per bungkus', amount: 12500, lesson: 'cost-of-goods', at: '2026-11-12' },
			{ id: 'a2', key: 'hpp', text: 'Sambal bawang: Rp9.500 per botol', amount: 9500, lesson: 'cost-of-goods', at: '2026-11-13' },
			{ id: 'a3', key: 'selling-price', text: 'Shopee: Rp25.000\nWhatsApp: Rp22.000', prices: [{ channel: 'Shopee', price: 25000 }, { channel: 'WhatsApp', price: 22000 }], lesson: 'pricing-with-fees', at: '2026-11-14' },
			{ id: 'a4', key: 'weekly-capacity', text: '120 bungkus per minggu dengan 2 orang, 3 hari produksi', at: '2026-11-15' },
			{ id: 'a5', key: 'caption-draft', text: `Keripik singkong pedas manis, renyah sampai gigitan terakhir. ${long}. Pesan lewat WhatsApp, kirim tiap Selasa dan Jumat.`, at: '2026-11-16' },
			{ id: 'a6', key: 'photo-checklist', text: 'Foto siap: 5 dari 7 cek. Belum: latar polos, ukuran jelas.', at: '2026-11-17' },
			{ id: 'a7', key: 'price-list', text: long, at: '2026-11-18' },
			{ id: 'a8', key: 'note', text: 'Tanya Bu RT soal titip jual di warung depan.', at: '2026-11-19' },
		];
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [BOOK_KEY, JSON.stringify({ v: 1, entries })] as const);
		await page.reload();
		await expect.poll(() => page.locator('.nk-book__list > li').count()).toBe(entries.length);
		await page.emulateMedia({ media: 'print' });
		const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
		await context.close();
	});
});

describe('a later lesson starts from the book', () => {
	it('the price-list do-now step shows her saved selling prices', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(baseUrl() + '/belajar/reseller-pameran-ekspor/');
		const from = page.locator('nk-book-save .nk-do-now__from');
		expect(await from.isVisible()).toBe(false);
		const entries = [{ id: 'p1', key: 'selling-price', text: 'Shopee: Rp25.000', prices: [{ channel: 'Shopee', price: 25000 }], lesson: 'pricing-with-fees', at: '2026-11-14' }];
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [BOOK_KEY, JSON.stringify({ v: 1, entries })] as const);
		await page.reload();
		await expect.poll(() => from.isVisible()).toBe(true);
		expect(await from.locator('li').innerText()).toMatch(/^Shopee: Rp25\.000 \(14 Nov 2026\)$/);
		await context.close();
	});
});

