/**
 * The first search on a phone stays within budget (src/features/build/budgets.ts):
 * open a lesson at 360×740 from a server that compresses with brotli like a
 * CDN, open the search, type a query, wait for the results, and add up every
 * byte the search needed: the dialog code, Pagefind's script and WebAssembly,
 * the entry and metadata files, index and filter chunks and result fragments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Request } from 'playwright-core';
import { launch, PHONE } from '../../../tests/support/browser.ts';
import { startStaticServer } from '../../../tests/support/static-server.ts';
import { BUDGETS } from '../build/budgets.ts';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
	browser = await launch();
	({ server, url: base } = await startStaticServer('dist', { brotli: true }));
});
afterAll(async () => {
	await browser?.close();
	await new Promise<void>((resolve) => server?.close(() => resolve()));
});

/** Requests the search makes even when they start before the dialog opens. */
const SEARCH_FILE = /\/pagefind\/|search-ui|Search\.astro/;

async function firstSearch(query: string): Promise<{ total: number; rows: string[]; results: number }> {
	// A service worker would answer from its cache and hide the transfer sizes; the budget is for the first visit anyway.
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
	const page = await context.newPage();
	const requests: { req: Request; afterOpen: boolean }[] = [];
	let opened = false;
	page.on('requestfinished', (req) => requests.push({ req, afterOpen: opened }));
	await page.goto(`${base}/belajar/hitung-hpp/`, { waitUntil: 'networkidle' });

	opened = true;
	await page.locator('nk-search [data-open]').tap();
	await page.locator('#nk-search-input').fill(query);
	const results = page.locator('nk-search [data-results] > li');
	await results.first().waitFor();
	await page.waitForLoadState('networkidle');

	const counted = requests.filter(({ req, afterOpen }) => afterOpen || SEARCH_FILE.test(req.url()));
	const rows: string[] = [];
	let total = 0;
	for (const { req } of counted) {
		const sizes = await req.sizes();
		const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
		total += bytes;
		rows.push(`${String(bytes).padStart(7)}  ${new URL(req.url()).pathname}`);
	}
	const count = await results.count();
	await context.close();
	return { total, rows, results: count };
}

describe('first search on a phone', () => {
	for (const query of ['ongkir', 'gmn cara jualan di shopee']) {
		it(`downloads at most ${BUDGETS.searchFirstQueryBytes / 1024} KB for "${query}"`, async () => {
			const { total, rows, results } = await firstSearch(query);
			console.log(`search first query "${query}": ${(total / 1024).toFixed(1)} KB in ${rows.length} requests, ${results} results shown\n${rows.join('\n')}`);
			expect(results).toBeGreaterThan(0);
			expect(rows.some((r) => r.includes('.pagefind'))).toBe(true);
			expect(total).toBeLessThanOrEqual(BUDGETS.searchFirstQueryBytes);
		});
	}
});
