/**
 * When the search loads (see Search.astro and search-ui.ts): nothing of it on a
 * visit that never searches; the engine (Pagefind's script, entry file, this
 * language's metadata and WebAssembly) as soon as the dialog opens, before a
 * key is pressed; and the index chunks and fragments only once there is
 * something to look up. The time this saves on a slow link is measured by
 * `npm run bench -- --only-search` (last keystroke → first result).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, newPage, pageErrors, PHONE } from '../../../tests/support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** The search's own files among the paths a page requested: Pagefind's and the dialog's word list. */
const searchFiles = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/') || p.endsWith('/search-words.json'));

/** What the engine needs before it can look up any word, for a page in `lang`. */
const engineFiles = (paths: string[], lang: string) =>
	paths.filter((p) => p === '/pagefind/pagefind.js' || p === '/pagefind/pagefind-entry.json' || new RegExp(`^/pagefind/(?:pagefind\\.${lang}_[^/]+\\.pf_meta|wasm\\.${lang}\\.pagefind)$`).test(p));

async function recording(page: Page): Promise<string[]> {
	const paths: string[] = [];
	page.on('request', (req) => paths.push(new URL(req.url()).pathname));
	return paths;
}

describe('search loading', () => {
	for (const [lang, prefix] of [['id', ''], ['en', '/en']] as const) {
		it(`loads nothing before the dialog opens, the engine when it opens, and still finds (${lang})`, async () => {
			// No service worker: it would fetch for the page, and hide which requests the page itself made.
			const { context, page } = await newPage(browser, { ...PHONE, serviceWorkers: 'block' });
			const errors = pageErrors(page);
			const paths = await recording(page);
			await page.goto(`${baseUrl()}${prefix}/belajar/hitung-hpp/`, { waitUntil: 'networkidle' });
			expect(searchFiles(paths), 'a visit that never searches').toEqual([]);

			await page.locator('nk-search [data-open]:not([disabled])').tap();
			const input = page.locator('#nk-search-input');
			// The four files arrive in three rounds (script; entry file; metadata and WebAssembly), with nothing typed.
			await expect.poll(() => engineFiles(paths, lang).length).toBe(4);
			expect(await input.inputValue()).toBe('');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('nk-search-input');
			// Nothing to look up yet: no index chunk, no result.
			expect(paths.filter((p) => p.startsWith('/pagefind/index/') || p.startsWith('/pagefind/fragment/'))).toEqual([]);
			await page.waitForLoadState('networkidle');
			expect(engineFiles(paths, lang).length, 'each engine file once').toBe(4);

			await input.pressSequentially('hpp');
			const first = page.locator('nk-search [data-results] > li a').first();
			await expect.poll(() => first.getAttribute('href')).toBe(`${prefix}/belajar/hitung-hpp/`);
			expect(paths.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('opens, closes with Escape and reopens without loading the engine twice', async () => {
		const { context, page } = await newPage(browser, { ...PHONE, serviceWorkers: 'block' });
		const paths = await recording(page);
		await page.goto(`${baseUrl()}/belajar/hitung-hpp/`, { waitUntil: 'networkidle' });
		const dialog = page.locator('nk-search dialog');
		await page.locator('nk-search [data-open]:not([disabled])').tap();
		await expect.poll(() => engineFiles(paths, 'id').length).toBe(4);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.locator('nk-search [data-open]').tap();
		expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		await page.locator('#nk-search-input').fill('harga jual');
		await page.locator('nk-search [data-results] > li').first().waitFor();
		expect(engineFiles(paths, 'id').length).toBe(4);
		await context.close();
	});
});
