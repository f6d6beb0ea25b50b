/** What a trainer does with slides, handouts and an offline kit, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseUrl, guardOrigin, holdScripts, launch, layoutShifts, newPage, PROJECTOR, recordLayoutShifts } from '../../../tests/support/browser.ts';
import { readZip } from '../../../tests/support/zip.ts';
import { formatViolations, runAxe } from '../../../tests/support/axe.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

const DECK = '/slide/hitung-hpp/';
const count = (page: Page) => page.locator('[data-count]').textContent();
const total = async (page: Page) => page.locator('[data-deck] > .slide').count();
/** Index (1-based) of the first slide that carries the lesson's own trainer notes (every slide has at least a prompt). */
const firstSlideWithNotes = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll('[data-deck] > .slide')].findIndex((s, i) => i > 0 && s.querySelector<HTMLTemplateElement>('template.slide__notes')?.content.querySelector('.nk-trainer-note')) + 1);

describe('slides', () => {
	it('move with the keys a clicker sends, and the counter follows', async () => {
		const { context, page } = await newPage(browser, PROJECTOR);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		await page.goto(baseUrl() + DECK);
		const n = await total(page);
		expect(n).toBeGreaterThan(5);
		await expect.poll(() => count(page)).toBe(`1 / ${n}`);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => count(page)).toBe(`3 / ${n}`);
		expect(new URL(page.url()).hash).toBe('#s3');
		await page.keyboard.press('PageDown');
		await expect.poll(() => count(page)).toBe(`4 / ${n}`);
		await page.keyboard.press('PageUp');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => count(page)).toBe(`2 / ${n}`);
		await page.keyboard.press(' ');
		await expect.poll(() => count(page)).toBe(`3 / ${n}`);
		await page.keyboard.press('End');
		await expect.poll(() => count(page)).toBe(`${n} / ${n}`);
		await expect.poll(() => page.locator('.slide.is-current').getAttribute('class')).toContain('slide--closing');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => count(page)).toBe(`${n} / ${n}`);
		await page.keyboard.press('Home');
		await expect.poll(() => count(page)).toBe(`1 / ${n}`);
		// Only the current slide is on screen.
		expect(await page.locator('[data-deck] > .slide:visible').count()).toBe(1);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('hide trainer notes until the presenter view (P), which shows this slide\'s notes and the next slide', async () => {
		const { context, page } = await newPage(browser, PROJECTOR);
		await page.goto(baseUrl() + DECK);
		const target = await firstSlideWithNotes(page);
		expect(target).toBeGreaterThan(1);
		await page.goto(`${baseUrl()}${DECK}#s${target}`);
		await expect.poll(() => count(page)).toMatch(new RegExp(`^${target} / `));
		expect(await page.locator('.nk-trainer-note:visible').count()).toBe(0);
		expect(await page.locator('.presenter-panel').isVisible()).toBe(false);
		await page.keyboard.press('p');
		await expect.poll(() => page.locator('.presenter-panel .nk-trainer-note').first().isVisible()).toBe(true);
		expect(await page.locator('.presenter-panel').textContent()).toMatch(/\w{4,}/);
		expect(await page.locator('.presenter-next .slide').isVisible()).toBe(true);
		expect(await page.locator('[data-act="presenter"]').getAttribute('aria-pressed')).toBe('true');
		// Moving on keeps the presenter view in step.
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => count(page)).toMatch(new RegExp(`^${target + 1} / `));
		await page.keyboard.press('P');
		expect(await page.locator('.presenter-panel').isVisible()).toBe(false);
		expect(await page.locator('.nk-trainer-note:visible').count()).toBe(0);
		await context.close();
	});

	it('show the calculator\'s result without scrolling on a 1280×720 projector', async () => {
		const { context, page } = await newPage(browser, PROJECTOR);
		await page.goto(`${baseUrl()}/slide/harga-jual-dan-biaya-platform/`);
		const index = await page.evaluate(() => [...document.querySelectorAll('[data-deck] > .slide')].findIndex((s) => s.querySelector('nk-profit-calculator')) + 1);
		expect(index).toBeGreaterThan(1);
		await page.goto(`${baseUrl()}/slide/harga-jual-dan-biaya-platform/#s${index}`);
		const calc = page.locator('.slide.is-current nk-profit-calculator');
		await expect.poll(() => calc.locator('form').isVisible()).toBe(true);
		await calc.locator('input[name="hpp"]').fill('12000');
		await calc.locator('input[name="price"]').fill('25000');
		await calc.locator('input[name="price"]').press('Enter');
		const out = calc.locator('.nk-calc__out dl');
		await expect.poll(() => out.count()).toBe(1);
		// The result sits beside the inputs and stays in view wherever the inputs are scrolled to.
		const body = (await page.locator('.slide.is-current .slide__body').boundingBox())!;
		for (const scroll of ['top', 'bottom'] as const) {
			await page.locator('.slide.is-current .slide__body').evaluate((b, where) => b.scrollTo(0, where === 'top' ? 0 : b.scrollHeight), scroll);
			const box = (await out.boundingBox())!;
			expect(box.y, scroll).toBeGreaterThanOrEqual(body.y - 1);
			expect(box.y + box.height, scroll).toBeLessThanOrEqual(Math.min(720, body.y + body.height) + 1);
		}
		await context.close();
	});

	it('keep the slide number when switching language', async () => {
		const { context, page } = await newPage(browser, PROJECTOR);
		await page.goto(`${baseUrl()}${DECK}#s4`);
		await expect.poll(() => count(page)).toMatch(/^4 \/ /);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => count(page)).toMatch(/^5 \/ /);
		await page.locator('a[hreflang="en"]').click();
		await page.waitForURL(/\/en\/slide\//);
		expect(new URL(page.url()).hash).toBe('#s5');
		await expect.poll(() => count(page)).toMatch(/^5 \/ /);
		await context.close();
	});

	it('fit the slide on 1024×768 and 1280×720 screens, with a toolbar and a swipe on touch screens', async () => {
		for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }]) {
			const context = await browser.newContext({ viewport, hasTouch: true });
			const page = await context.newPage();
			await page.goto(baseUrl() + DECK);
			const n = await total(page);
			for (let i = 1; i <= n; i++) {
				// Text shrinks to fit; an interactive tool may scroll instead (checked in the kit test).
				const overflow = await page.locator('.slide.is-current:not(.slide--tool) .slide__body').evaluateAll((b) => b.map((x) => x.scrollHeight - x.clientHeight)[0] ?? 0);
				expect(overflow, `slide ${i} at ${viewport.width}`).toBeLessThanOrEqual(2);
				await page.keyboard.press('ArrowRight');
			}
			await page.keyboard.press('Home');
			const cdp = await context.newCDPSession(page);
			const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 300 }] });
			await touch('touchStart', 800);
			await touch('touchMove', 600);
			await touch('touchMove', 400);
			await touch('touchEnd', 400);
			await expect.poll(() => count(page)).toBe(`2 / ${n}`);
			await page.locator('[data-act="next"]').click();
			await expect.poll(() => count(page)).toBe(`3 / ${n}`);
			await context.close();
		}
	});

	it('open on the slide in the address, already one fitted slide at the first paint (no layout shift)', async () => {
		for (const viewport of [{ width: 360, height: 740 }, PROJECTOR.viewport]) {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await recordLayoutShifts(page);
			// The island's script arrives late, as on a slow connection: the page must already be in deck mode.
			const release = await holdScripts(page);
			// (DOMContentLoaded waits for module scripts: wait for the deck's last element instead.)
			await page.goto(`${baseUrl()}${DECK}#s4`, { waitUntil: 'commit' });
			await page.locator('.deck-nojs').waitFor({ state: 'attached' });
			expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
			expect(await page.locator('[data-deck] > .slide:visible').count(), `${viewport.width}`).toBe(1);
			expect(await page.locator('[data-deck] > .slide').nth(3).isVisible()).toBe(true);
			release();
			const n = await total(page);
			await expect.poll(() => count(page)).toBe(`4 / ${n}`);
			await page.waitForTimeout(300);
			expect(await layoutShifts(page), `${viewport.width}`).toEqual([]);
			await context.close();
		}
	});

	it('(the layout-shift check works: it sees content pushed down after the first paint)', async () => {
		const { context, page } = await newPage(browser, PROJECTOR);
		await recordLayoutShifts(page);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		await page.evaluate(() => {
			const banner = document.createElement('div');
			banner.style.height = '200px';
			document.body.prepend(banner);
		});
		await expect.poll(async () => (await layoutShifts(page)).length).toBeGreaterThan(0);
		await context.close();
	});

	it('the toolbar slides off screen while the trainer talks and comes back for the mouse or the keyboard', async () => {
		const context = await browser.newContext(PROJECTOR);
		const page = await context.newPage();
		await page.clock.install();
		await page.goto(baseUrl() + DECK);
		const bar = page.locator('[data-deck-bar]');
		const onScreen = async () => ((await bar.boundingBox())?.y ?? Infinity) < PROJECTOR.viewport.height;
		await expect.poll(onScreen).toBe(true);
		await page.clock.fastForward(3000);
		await expect.poll(onScreen).toBe(false);
		await page.mouse.move(200, 200);
		await expect.poll(onScreen).toBe(true);
		await page.clock.fastForward(3000);
		await expect.poll(onScreen).toBe(false);
		await page.keyboard.press('Tab');
		await expect.poll(onScreen).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.closest('[data-deck-bar]') !== null)).toBe(true);
		await context.close();
	});

	it('on a phone held upright, every slide is one column that fits the screen', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		for (const deck of [DECK, '/slide/cahaya-foto-produk/']) {
			await page.goto(baseUrl() + deck);
			const n = await total(page);
			for (let i = 1; i <= n; i++) {
				await expect.poll(() => count(page)).toBe(`${i} / ${n}`);
				const body = page.locator('.slide.is-current .slide__body');
				const overflow = await body.evaluate((b) => (b.closest('.slide--tool') ? 0 : b.scrollHeight - b.clientHeight));
				expect(overflow, `${deck} slide ${i}`).toBeLessThanOrEqual(2);
				// Nothing is pushed out sideways.
				expect(await body.evaluate((b) => b.scrollWidth - b.clientWidth), `${deck} slide ${i}`).toBeLessThanOrEqual(2);
				await page.keyboard.press('ArrowRight');
			}
		}
		await context.close();
	});

	it('read as a scrolling page without JavaScript, notes still hidden', async () => {
		const context = await browser.newContext({ ...PROJECTOR, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(baseUrl() + DECK);
		const slides = page.locator('[data-deck] > .slide');
		const n = await slides.count();
		expect(await slides.nth(0).isVisible()).toBe(true);
		expect(await slides.nth(n - 1).isVisible()).toBe(true);
		expect(await page.locator('.nk-trainer-note:visible').count()).toBe(0);
		expect(await page.locator('.deck-bar').isVisible()).toBe(false);
		await context.close();
	});
});

describe('print', () => {
	it('the handout hides its buttons and keeps trainer notes out until asked for', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 794, height: 1123 } });
		await page.goto(`${baseUrl()}/cetak/hitung-hpp/`);
		expect(await page.locator('[data-print]').isVisible()).toBe(true);
		expect(await page.locator('.nk-trainer-note').first().isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.print-bar').isVisible()).toBe(false);
		expect(await page.locator('[data-print]').isVisible()).toBe(false);
		expect(await page.locator('.nk-trainer-note').first().isVisible()).toBe(false);
		expect(await page.locator('.handout__key').isVisible()).toBe(true);
		expect(await page.locator('.nk-write-lines').first().isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		await page.locator('#nk-with-notes').check();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.nk-trainer-note').first().isVisible()).toBe(true);
		const keyBreak = await page.locator('.handout__key').evaluate((el) => getComputedStyle(el).breakBefore);
		expect(keyBreak).toBe('page');
		await context.close();
	});

	it('a learner lesson page prints without navigation, actions or links to follow', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`);
		expect(await page.locator('.nk-lesson-actions').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		for (const sel of ['header.header', '#starlight__sidebar', '.nk-lesson-actions', '.nk-what-next', '.sl-anchor-link']) {
			expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
		}
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('.nk-write-lines').isVisible()).toBe(true);
		expect(await page.locator('.nk-answer-key').isVisible()).toBe(true);
		await context.close();
	});
});

describe('offline kit', () => {
	it('opens from the file system without any network request and navigates by keyboard', async () => {
		const zip = readZip(readFileSync('dist/unduh/harga-dan-untung.zip'));
		const dir = mkdtempSync(join(tmpdir(), 'nk-kit-'));
		for (const [name, bytes] of zip) {
			mkdirSync(dirname(join(dir, name)), { recursive: true });
			writeFileSync(join(dir, name), bytes);
		}
		const context = await browser.newContext(PROJECTOR);
		const requests: string[] = [];
		context.on('request', (r) => requests.push(r.url()));
		const page = await context.newPage();
		const deck = pathToFileURL(join(dir, 'harga-dan-untung/slide/harga-jual-dan-biaya-platform.html')).href;
		await page.goto(deck);
		const n = await total(page);
		await expect.poll(() => count(page)).toBe(`1 / ${n}`);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => count(page)).toBe(`3 / ${n}`);
		await page.keyboard.press('End');
		await expect.poll(() => count(page)).toBe(`${n} / ${n}`);
		await page.keyboard.press('Home');
		await page.keyboard.press('p');
		await expect.poll(() => page.locator('.presenter-panel').isVisible()).toBe(true);
		// The profit calculator's script (with its imports inlined) runs from file:// too.
		await expect.poll(() => page.locator('nk-profit-calculator form').evaluate((f) => (f as HTMLElement).hidden)).toBe(false);
		// The handout link leads to the kit's own file.
		const handout = await page.locator('.deck-bar a', { hasText: /handout/i }).getAttribute('href');
		expect(handout).toBe('../cetak/harga-jual-dan-biaya-platform.html');
		await page.goto(new URL(handout!, deck).href);
		expect(await page.locator('h1').textContent()).toMatch(/\w/);
		await page.goto(pathToFileURL(join(dir, 'harga-dan-untung/en/index.html')).href);
		expect(await page.locator('.nk-workshop__agenda').isVisible()).toBe(true);
		const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('trainer pages are accessible', () => {
	it('axe finds no violations on the hub, a plan, the printable plan, the forms, slides in presenter view and a handout', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		const report: string[] = [];
		for (const prefix of ['', '/en']) {
			for (const path of ['/pelatih/', '/pelatih/harga-dan-untung/', '/pelatih/harga-dan-untung/cetak/', '/pelatih/evaluasi/', '/pelatih/harga-dan-untung/evaluasi/', '/cetak/harga-jual-dan-biaya-platform/']) {
				await page.goto(baseUrl() + prefix + path);
				const violations = await runAxe(page);
				if (violations.length) report.push(formatViolations(prefix + path, violations));
			}
			await page.goto(`${baseUrl()}${prefix}/slide/hitung-hpp/#s6`);
			await page.keyboard.press('p');
			const violations = await runAxe(page);
			if (violations.length) report.push(formatViolations(`${prefix}/slide/hitung-hpp/ (presenter)`, violations));
		}
		await context.close();
		expect(report, report.join('\n')).toEqual([]);
	}, 120_000);
});
