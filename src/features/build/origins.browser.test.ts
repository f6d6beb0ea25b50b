/**
 * Privacy and prepaid data: no page asks another origin for anything (fonts,
 * scripts, images, analytics), not even after scrolling to the end and
 * opening search. Checked on every page type in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, guardOrigin, launch, newPage, PHONE } from '../../../tests/support/browser.ts';
import { pageTypePaths } from '../../../tests/support/page-types.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** Everything a visit can load: lazy images (scroll to the end) and the search code and index (one query). */
async function visitFully(page: Page, url: string) {
	await page.goto(url);
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
			scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 20));
		}
	});
	const open = page.locator('nk-search button[data-open]').first();
	if (await open.count()) {
		await open.click();
		await page.locator('nk-search dialog input[type=search]').fill('harga');
		await page.waitForTimeout(400);
	}
	await page.waitForLoadState('networkidle');
}

describe('no request to another origin', () => {
	it('from any page type, in either language, including search', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		const visited: string[] = [];
		for (const { path } of pageTypePaths()) {
			await visitFully(page, baseUrl() + path);
			visited.push(path);
		}
		expect(visited.length).toBeGreaterThan(6);
		expect([...new Set(foreign)]).toEqual([]);
		await context.close();
	}, 180_000);

	it('the guard catches a page that loads from a CDN (the gate works)', async () => {
		const { context, page } = await newPage(browser, PHONE);
		const foreign: string[] = [];
		guardOrigin(context, foreign);
		// Nothing leaves the machine: the request is recorded, then refused.
		await context.route('https://cdn.example.com/**', (route) => route.abort());
		await page.goto(`${baseUrl()}/`);
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'https://cdn.example.com/font-or-tracker.png';
			img.alt = 'x';
			document.body.append(img);
		});
		await expect.poll(() => foreign).toEqual(['https://cdn.example.com/font-or-tracker.png']);
		await context.close();
	});
});
