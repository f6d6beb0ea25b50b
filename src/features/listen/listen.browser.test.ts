/**
 * The listen button, in Chromium with a stubbed speechSynthesis (headless Chromium has no voices): which voices make
 * it appear, what is said, in which order and language, what is skipped, pause, resume, speed, stop, and the note
 * when the device has no voice for the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, guardOrigin, launch, layoutShifts, newPage, PHONE, recordLayoutShifts } from '../../../tests/support/browser.ts';
import { formatViolations, runAxe } from '../../../tests/support/axe.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

interface Voice {
	lang: string;
	name: string;
	localService?: boolean;
}
interface Spoken {
	text: string;
	lang: string;
	voice: string | undefined;
	rate: number;
}

const ID_VOICE: Voice = { lang: 'id-ID', name: 'Bahasa Indonesia (HP)' };
const EN_VOICE: Voice = { lang: 'en-US', name: 'English (US)' };
const HPP = '/belajar/hitung-hpp/';

/**
 * Replace speechSynthesis and SpeechSynthesisUtterance before any page script runs. Utterances are spoken one at a
 * time and end only when the test says so (`window.nkTts.end()`), so the test controls the pace; everything passed to
 * speak() is logged. `voices: 'later'` starts with no voices and adds them on `nkTts.addVoices()` (voiceschanged).
 */
async function stubSpeech(context: BrowserContext, voices: Voice[] | 'none', { later = false } = {}) {
	await context.addInitScript(
		({ voices, later }) => {
			if (voices === 'none') {
				Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
				return;
			}
			type U = { text: string; lang: string; voice: { name: string } | null; rate: number; onend?: ((e: Event) => void) | null; onerror?: ((e: Event) => void) | null };
			const all = voices.map((v) => ({ lang: v.lang, name: v.name, localService: v.localService ?? true, default: false, voiceURI: v.name }));
			let list = later ? [] : all;
			const log: { text: string; lang: string; voice: string | undefined; rate: number }[] = [];
			let queue: U[] = [];
			let current: U | null = null;
			const changed = new Set<() => void>();
			const fire = (u: U, type: 'end' | 'error', error?: string) => {
				const e = Object.assign(new Event(type), error ? { error } : {});
				(type === 'end' ? u.onend : u.onerror)?.(e);
			};
			const next = () => {
				current = queue.shift() ?? null;
			};
			class Utterance {
				text: string;
				lang = '';
				voice: { name: string } | null = null;
				rate = 1;
				pitch = 1;
				volume = 1;
				onend: ((e: Event) => void) | null = null;
				onerror: ((e: Event) => void) | null = null;
				constructor(text = '') {
					this.text = text;
				}
			}
			const synth = {
				getVoices: () => list,
				speak(u: U) {
					log.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
					queue.push(u);
					if (!current) next();
				},
				cancel() {
					const dropped = [current, ...queue].filter((u): u is U => !!u);
					current = null;
					queue = [];
					for (const u of dropped) fire(u, 'error', 'interrupted');
				},
				pause() {},
				resume() {},
				get speaking() {
					return !!current;
				},
				addEventListener(type: string, fn: () => void) {
					if (type === 'voiceschanged') changed.add(fn);
				},
				removeEventListener(type: string, fn: () => void) {
					changed.delete(fn);
				},
			};
			Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
			(window as unknown as { nkTts: unknown }).nkTts = {
				log,
				current: () => current?.text ?? null,
				/** The current utterance finishes (the reader then queues the next sentence). */
				end() {
					const u = current;
					if (!u) return false;
					current = null;
					fire(u, 'end');
					if (!current) next();
					return true;
				},
				addVoices() {
					list = all;
					for (const fn of changed) fn();
				},
			};
		},
		{ voices, later },
	);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { nkTts: { log: Spoken[] } }).nkTts.log);
const current = (page: Page) => page.evaluate(() => (window as unknown as { nkTts: { current: () => string | null } }).nkTts.current());
const endOne = (page: Page) => page.evaluate(() => (window as unknown as { nkTts: { end: () => boolean } }).nkTts.end());
/** Once the reader has started (it loads on the first press), let it run to the end, one sentence after another. */
const endAll = async (page: Page) => {
	await expect.poll(() => current(page)).not.toBeNull();
	return page.evaluate(() => {
		const tts = (window as unknown as { nkTts: { end: () => boolean } }).nkTts;
		let n = 0;
		while (tts.end() && n < 5000) n++;
		return n;
	});
};
const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('nk-listen') ?? [])].map((r) => (r as Range).toString()));

async function open(voices: Voice[] | 'none', path: string, options: { later?: boolean; serviceWorkers?: 'allow' | 'block' } = {}) {
	const { context, page } = await newPage(browser, { ...PHONE, serviceWorkers: options.serviceWorkers ?? 'allow' });
	await stubSpeech(context, voices, options);
	await recordLayoutShifts(page);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(baseUrl() + path);
	return { context, page, errors };
}

describe('listen to a lesson', () => {
	it('reads the lesson sentence by sentence in Indonesian, with numbers in words, and skips what should not be read', async () => {
		const { context, page, errors } = await open([EN_VOICE, ID_VOICE], HPP);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const listen = page.locator('main nk-listen').first();
		const play = listen.locator('.nk-listen__play');
		await expect.poll(() => play.isVisible()).toBe(true);
		expect(await play.getAttribute('aria-label')).toBe('Dengarkan pelajaran ini');
		// Nothing plays by itself.
		expect(await spoken(page)).toEqual([]);

		await play.tap();
		await expect.poll(() => current(page)).toBe('Hitung ha pe pe, modal untuk satu barang');
		expect(await highlighted(page)).toEqual(['Hitung HPP, modal untuk satu barang']);
		expect(await listen.locator('.nk-listen__status').textContent()).toBe('Sedang membacakan.');
		expect(await play.textContent()).toContain('Jeda');

		await endAll(page);
		await expect.poll(() => listen.locator('.nk-listen__status').textContent()).toBe('Selesai dibacakan.');
		const log = await spoken(page);
		const texts = log.map((s) => s.text);
		// Every sentence in the page's language, with the Indonesian voice, never the English one.
		expect(new Set(log.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set([`id-ID ${ID_VOICE.name}`]));
		// In reading order: the title, the objectives, then the story, split at sentence ends but not inside amounts.
		expect(texts[1]).toBe('Setelah pelajaran ini, kamu bisa:');
		const story = texts.indexOf('Bu Lina jualan sambal botol lima belas ribu rupiah.');
		expect(story).toBeGreaterThan(1);
		expect(texts[story + 1]).toBe('Dia merasa modalnya cuma cabai dan bawang, sekitar lima ribu rupiah per botol.');
		expect(texts).toContain('Modal sebenarnya hampir sepuluh ribu rupiah per botol.');
		// Self-check questions and their options are read; explanations of unanswered options are not.
		expect(texts).toContain('satu. Satu batch sambal butuh seratus dua puluh ribu rupiah dan jadi dua puluh botol.');
		// Options in their stable shuffled order (src/features/lessons/kit/option-order.ts): Rp6.000 is shown third.
		expect(texts).toContain('C. enam ribu rupiah');
		const all = texts.join('\n');
		for (const never of ['Section titled', 'Sumber:', 'Belum tepat', 'Kunci jawaban', 'Tulis di sini', 'Dengarkan', 'Rp', '⏱']) expect(all).not.toContain(never);
		expect(await highlighted(page)).toEqual([]);
		expect(await play.textContent()).toContain('Dengarkan');
		expect(await listen.locator('.nk-listen__more').isVisible()).toBe(false);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('pauses, resumes the same sentence, changes speed and stops, by keyboard', async () => {
		const { context, page, errors } = await open([ID_VOICE], HPP);
		const listen = page.locator('main nk-listen').first();
		const play = listen.locator('.nk-listen__play');
		await expect.poll(() => play.isVisible()).toBe(true);
		await play.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => current(page)).not.toBeNull();
		await endOne(page);
		const second = await current(page);
		expect(second).toBe('Setelah pelajaran ini, kamu bisa:');

		// Pause: nothing is being said, the button offers to resume, focus stays on it.
		await page.keyboard.press('Enter');
		await expect.poll(() => current(page)).toBeNull();
		expect(await play.textContent()).toContain('Lanjutkan');
		expect(await listen.locator('.nk-listen__status').textContent()).toBe('Dijeda.');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('nk-listen__play');
		expect(await listen.getAttribute('data-state')).toBe('paused');

		// Resume: the interrupted sentence again, from its start.
		await page.keyboard.press(' ');
		await expect.poll(() => current(page)).toBe(second);
		expect((await spoken(page)).filter((s) => s.text === second)).toHaveLength(2);

		// Speed: the sentence is said again at the new rate, and the choice is kept for the next page.
		const faster = listen.locator('[data-rate="1.25"]');
		expect(await faster.textContent()).toBe('1,25×');
		expect(await listen.locator('[data-rate="1"]').getAttribute('aria-pressed')).toBe('true');
		await faster.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => faster.getAttribute('aria-pressed')).toBe('true');
		expect(await listen.locator('[data-rate="1"]').getAttribute('aria-pressed')).toBe('false');
		const log = await spoken(page);
		expect(log.at(-1)).toMatchObject({ text: second, rate: 1.25 });
		await endOne(page);
		expect((await spoken(page)).at(-1)!.rate).toBe(1.25);

		// Stop: silence, no highlight, the controls go away.
		await listen.locator('.nk-listen__stop').click();
		await expect.poll(() => current(page)).toBeNull();
		expect(await highlighted(page)).toEqual([]);
		expect(await listen.locator('.nk-listen__status').textContent()).toBe('Berhenti membacakan.');
		expect(await listen.locator('.nk-listen__more').isVisible()).toBe(false);

		await page.reload();
		await page.locator('main nk-listen .nk-listen__play').first().click();
		await expect.poll(() => current(page)).not.toBeNull();
		expect((await spoken(page))[0]!.rate).toBe(1.25);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('passes axe with every control shown (paused on a sentence) and with the no-voice note, in both colour schemes', async () => {
		for (const colorScheme of ['dark', 'light'] as const) {
			const { context, page } = await open([ID_VOICE], HPP);
			await page.emulateMedia({ colorScheme });
			const play = page.locator('main nk-listen .nk-listen__play').first();
			await expect.poll(() => play.isVisible()).toBe(true);
			await play.click();
			await expect.poll(() => current(page)).not.toBeNull();
			await play.click();
			await expect.poll(() => page.locator('main nk-listen').first().getAttribute('data-state')).toBe('paused');
			const violations = await runAxe(page);
			expect(violations, formatViolations(HPP, violations)).toEqual([]);
			await context.close();
		}
		const { context, page } = await open([EN_VOICE], HPP);
		await expect.poll(() => page.locator('[data-listen-notice]').isVisible()).toBe(true);
		const violations = await runAxe(page);
		expect(violations, formatViolations(HPP, violations)).toEqual([]);
		await context.close();
	}, 180_000);

	it('says so when the reader cannot load (offline before it was ever loaded), and loads it on a later press', async () => {
		// The site's service worker would fetch the file itself, past the page's routes.
		const { context, page } = await open([ID_VOICE], HPP, { serviceWorkers: 'block' });
		const listen = page.locator('main nk-listen').first();
		await expect.poll(() => listen.locator('.nk-listen__play').isVisible()).toBe(true);
		await page.route(/\/_astro\/reader\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
		await listen.locator('.nk-listen__play').click();
		await expect.poll(() => listen.locator('.nk-listen__status').textContent()).toMatch(/internet/);
		expect(await spoken(page)).toEqual([]);
		await page.unroute(/\/_astro\/reader\.[^/]*\.js$/);
		await listen.locator('.nk-listen__play').click();
		await expect.poll(() => current(page)).not.toBeNull();
		await context.close();
	});

	it('reads an English lesson with an English voice, numbers the English way', async () => {
		const { context, page } = await open([ID_VOICE, EN_VOICE], '/en' + HPP);
		const play = page.locator('main nk-listen .nk-listen__play').first();
		await expect.poll(() => play.isVisible()).toBe(true);
		expect(await play.getAttribute('aria-label')).toBe('Listen to this lesson');
		await play.click();
		await expect.poll(() => current(page)).not.toBeNull();
		await endAll(page);
		const log = await spoken(page);
		expect(new Set(log.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set([`en-US ${EN_VOICE.name}`]));
		expect(log.map((s) => s.text)).toContain('Bu Lina sells bottled sambal for fifteen thousand rupiah.');
		await context.close();
	});
});

describe('listen to one question or a tool result', () => {
	it('reads one self-check question with its options, and the explanation once answered', async () => {
		const { context, page } = await open([ID_VOICE], HPP);
		const question = page.locator('fieldset.nk-q').first();
		const play = question.locator('nk-listen .nk-listen__play');
		await expect.poll(() => play.isVisible()).toBe(true);
		expect(await play.getAttribute('aria-label')).toBe('Dengarkan soal 1');
		await play.click();
		await endAll(page);
		expect((await spoken(page)).map((s) => s.text)).toEqual([
			'satu. Satu batch sambal butuh seratus dua puluh ribu rupiah dan jadi dua puluh botol.',
			'Kemasan tiga ribu lima ratus rupiah per botol.',
			'Berapa ha pe pe per botol?',
			// The options in their stable shuffled order (option-order.ts), as shown.
			'A. sembilan ribu lima ratus rupiah',
			'B. seratus dua puluh tiga ribu lima ratus rupiah',
			'C. enam ribu rupiah',
		]);
		await question.locator('.nk-opt[data-correct] label').click();
		await play.click();
		await endAll(page);
		const again = (await spoken(page)).slice(6).map((s) => s.text);
		const chosen = again.indexOf('A. sembilan ribu lima ratus rupiah');
		expect(chosen).toBeGreaterThan(0);
		expect(again.slice(chosen, chosen + 4)).toEqual([
			'A. sembilan ribu lima ratus rupiah',
			'Benar!',
			'Betul.',
			'seratus dua puluh ribu rupiah dibagi dua puluh sama dengan enam ribu rupiah, ditambah kemasan tiga ribu lima ratus rupiah sama dengan sembilan ribu lima ratus rupiah.',
		]);
		await context.close();
	});

	it('offers to read the calculator only once there is a result, with the margin as a percentage in words', async () => {
		const { context, page } = await open([ID_VOICE], '/belajar/harga-jual-dan-biaya-platform/');
		const calc = page.locator('nk-profit-calculator');
		const play = calc.locator('nk-listen .nk-listen__play');
		await expect.poll(() => calc.locator('form').isVisible()).toBe(true);
		expect(await play.isVisible()).toBe(false);
		await calc.locator('input[name="hpp"]').fill('8000');
		await calc.locator('input[name="commissionPct"]').fill('20');
		await calc.locator('input[name="price"]').fill('20000');
		await calc.locator('button[type="submit"]').click();
		await expect.poll(() => calc.locator('.nk-calc__out').textContent()).toContain('\u00a0%');
		await expect.poll(() => play.isVisible()).toBe(true);
		await play.click();
		await endAll(page);
		const said = (await spoken(page)).map((s) => s.text).join(' | ');
		expect(said).toContain('dua puluh ribu rupiah');
		expect(said).toMatch(/persen/);
		expect(said).not.toMatch(/\d/);
		await context.close();
	});

	it('reads the captions the caption helper wrote, not its form or the character counts', async () => {
		const { context, page } = await open([ID_VOICE], '/belajar/struktur-caption-jualan/');
		const helper = page.locator('nk-caption-helper').first();
		const play = helper.locator('nk-listen .nk-listen__play');
		await expect.poll(() => helper.locator('form').isVisible()).toBe(true);
		expect(await play.isVisible()).toBe(false);
		await helper.locator('input[name="product"]').fill('Keripik singkong');
		await helper.locator('input[name="price"]').fill('Rp15.000');
		await helper.locator('button[type="submit"]').click();
		await expect.poll(() => play.isVisible()).toBe(true);
		await play.click();
		await endAll(page);
		const said = (await spoken(page)).map((s) => s.text).join(' | ');
		expect(said).toContain('Keripik singkong');
		expect(said).toContain('lima belas ribu rupiah');
		expect(said).not.toMatch(/\d/);
		expect(said).not.toContain('Nama produk');
		await context.close();
	});

	it('reads the photo checklist', async () => {
		const { context, page } = await open([ID_VOICE], '/belajar/cahaya-foto-produk/');
		const list = page.locator('nk-photo-checklist').first();
		const play = list.locator('nk-listen .nk-listen__play');
		await expect.poll(() => play.isVisible()).toBe(true);
		await play.click();
		await endAll(page);
		const said = (await spoken(page)).map((s) => s.text);
		expect(said).toContain('Cahaya cukup');
		expect(said.join(' ')).not.toContain('Dengarkan');
		await context.close();
	});
});

describe('when the device has no voice for the page', () => {
	it('shows no button and says once, politely, how to add the Indonesian voice on Android', async () => {
		const { context, page, errors } = await open([EN_VOICE], HPP);
		const notice = page.locator('[data-listen-notice]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toMatch(/suara bahasa Indonesia.*Android.*text-to-speech/s);
		// It floats over the page instead of pushing the lesson down while the learner reads. Shifts under 0.001 are
		// sub-pixel (one seen at 0.00025 after the wave-2 islands joined this lesson; its source is not yet found).
		expect((await layoutShifts(page)).filter((v) => v >= 0.001)).toEqual([]);
		expect(await notice.evaluate((n) => getComputedStyle(n).position)).toBe('fixed');
		expect(await page.locator('nk-listen').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).length)).toBe(0);
		await notice.locator('button').click();
		expect(await notice.isVisible()).toBe(false);
		// Once: the next lesson in this visit does not say it again.
		await page.goto(baseUrl() + '/belajar/pisahkan-uang-usaha/');
		await page.waitForTimeout(300);
		expect(await page.locator('[data-listen-notice]').isVisible()).toBe(false);
		expect(await spoken(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('does not count a voice that would send the text off the device', async () => {
		const { context, page } = await open([{ ...ID_VOICE, localService: false }], HPP);
		await expect.poll(() => page.locator('[data-listen-notice]').isVisible()).toBe(true);
		expect(await page.locator('main nk-listen').first().isHidden()).toBe(true);
		await context.close();
	});

	it('says it in English on an English page that has only an Indonesian voice', async () => {
		const { context, page } = await open([ID_VOICE], '/en' + HPP);
		const notice = page.locator('[data-listen-notice]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toMatch(/English voice.*Android/s);
		await context.close();
	});

	it('says that the browser cannot read aloud when it has no speech synthesis at all', async () => {
		const { context, page, errors } = await open('none', HPP);
		const notice = page.locator('[data-listen-notice]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		expect(await notice.locator('[data-no-speech]').isVisible()).toBe(true);
		// The no-voice sentence and its folded steps are both out.
		expect(await notice.locator('[data-no-voice]').evaluateAll((els) => els.map((e) => (e as HTMLElement).checkVisibility()))).toEqual([false, false]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the button when the voice list arrives late, without a note', async () => {
		const { context, page } = await open([ID_VOICE], HPP, { later: true });
		const play = page.locator('main nk-listen .nk-listen__play').first();
		await page.waitForTimeout(300);
		expect(await play.isVisible()).toBe(false);
		await page.evaluate(() => (window as unknown as { nkTts: { addVoices: () => void } }).nkTts.addVoices());
		await expect.poll(() => play.isVisible()).toBe(true);
		await page.waitForTimeout(2600);
		expect(await page.locator('[data-listen-notice]').isVisible()).toBe(false);
		await context.close();
	});
});
