/**
 * The program directory on a 360 px phone: each filter narrows the list exactly
 * as the data says, the count follows, the URL reproduces the view, the
 * no-results state offers a reset, it works by keyboard alone, and without
 * JavaScript the whole list shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, baseUrl, guardOrigin, launch, newPage } from '../../../tests/support/browser.ts';
import { runAxeInEachScheme } from '../../../tests/support/axe.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';

const { programs } = readCatalogue('.');
const ALL = programs.map((p) => p.id).sort();

type Key = 'orgType' | 'archetype' | 'stage' | 'platform' | 'audience' | 'delivery' | 'region' | 'cost';
const KEYS: Key[] = ['orgType', 'archetype', 'stage', 'platform', 'audience', 'delivery', 'region', 'cost'];

/** What each filter should show, written out from the data on its own (not with the page's filter code). */
function expected(filters: Partial<Record<Key, string[]>>): string[] {
	return programs
		.filter((p) =>
			Object.entries(filters).every(([key, values]) => {
				if (!values?.length) return true;
				switch (key as Key) {
					case 'orgType':
						return values.includes(p.orgType);
					case 'archetype':
						return values.includes(p.archetype);
					case 'stage':
						return p.stages.some((s) => values.includes(s));
					case 'platform':
						return p.platforms.some((s) => values.includes(s));
					case 'audience':
						return p.audience.some((s) => values.includes(s));
					case 'delivery':
						return values.includes(p.delivery);
					case 'region':
						// A national program runs everywhere.
						return p.regions.includes('national') || p.regions.some((r) => values.includes(r));
					case 'cost':
						return p.cost === 'free' ? values.includes('free') : p.cost !== 'unknown' && values.includes('described');
				}
			}),
		)
		.map((p) => p.id)
		.sort();
}

const visibleIds = (page: Page) =>
	page.$$eval('nk-program-directory [data-program]', (items) => items.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => (el as HTMLElement).dataset.program!)).then((ids) => ids.sort());
const countText = (page: Page) => page.locator('nk-program-directory [data-count]').innerText();
const options = (page: Page, key: Key) => page.$$eval(`input[name="${key}"]`, (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
const box = (page: Page, key: Key, value: string) => page.locator(`input[name="${key}"][value="${value}"]`);

async function openGroup(page: Page, key: Key) {
	const details = page.locator(`details[data-filter="${key}"]`);
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

let browser: Browser;
const foreign: string[] = [];
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	expect(foreign).toEqual([]);
});

async function phonePage(path: string) {
	const { context, page } = await newPage(browser, PHONE);
	guardOrigin(context, foreign);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(baseUrl() + path);
	return { context, page, errors };
}

describe('program directory at 360 px', () => {
	it('shows every program and the filters once JavaScript runs', async () => {
		const { context, page, errors } = await phonePage('/program/');
		expect(await visibleIds(page)).toEqual(ALL);
		expect(await page.locator('form.nk-filters').isVisible()).toBe(true);
		expect(await countText(page)).toBe(`${programs.length} program`);
		// Nothing sticks out sideways at phone width.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const overflowing = await page.evaluate(() => {
			const right = document.querySelector('.sl-markdown-content')!.getBoundingClientRect().right;
			return [...document.querySelectorAll<HTMLElement>('nk-program-directory [data-program], nk-program-directory form')]
				.filter((el) => el.getBoundingClientRect().right > right + 0.5)
				.map((el) => el.dataset.program ?? el.tagName);
		});
		expect(overflowing, 'cards and filters fit the text column').toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('each filter, clicked on its own, narrows the list exactly as the data says and updates the count', async () => {
		const { context, page } = await phonePage('/en/program/');
		for (const key of KEYS) {
			const values = await options(page, key);
			expect(values.length, key).toBeGreaterThan(0);
			const value = values[0]!;
			await openGroup(page, key);
			await box(page, key, value).check();
			const want = expected({ [key]: [value] });
			expect(await visibleIds(page), `${key}=${value}`).toEqual(want);
			expect(want.length, `${key}=${value} narrows the list`).toBeLessThan(programs.length);
			expect(await countText(page)).toBe(`Showing ${want.length} of ${programs.length} programs`);
			expect(new URL(page.url()).searchParams.get(key)).toBe(value);
			await box(page, key, value).uncheck();
			expect(await visibleIds(page)).toEqual(ALL);
		}
		await context.close();
	});

	it('every option of every filter shows the programs the data says, and writes itself into the URL', async () => {
		const { context, page } = await phonePage('/program/');
		let checked = 0;
		for (const key of KEYS) {
			for (const value of await options(page, key)) {
				// Tick exactly this one box, as a click would (a change event), without reloading.
				await page.evaluate(
					([k, v]) => {
						const boxes = [...document.querySelectorAll<HTMLInputElement>('nk-program-directory input[type=checkbox]')];
						for (const b of boxes) b.checked = b.name === k && b.value === v;
						boxes[0]!.dispatchEvent(new Event('change', { bubbles: true }));
					},
					[key, value],
				);
				expect(await visibleIds(page), `${key}=${value}`).toEqual(expected({ [key]: [value] }));
				expect(new URL(page.url()).searchParams.get(key), `${key}=${value}`).toBe(value);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(KEYS.length);
		await context.close();
	});

	it('a shared link with one filter opens that filter and shows the same list, for every filter', async () => {
		const { context, page } = await phonePage('/program/');
		for (const key of KEYS) {
			const value = (await options(page, key)).at(-1)!;
			await page.goto(`${baseUrl()}/program/?${key}=${encodeURIComponent(value)}`, { waitUntil: 'domcontentloaded' });
			expect(await visibleIds(page), `${key}=${value}`).toEqual(expected({ [key]: [value] }));
			expect(await box(page, key, value).isChecked()).toBe(true);
			// The filter a shared link uses is opened, so the reader sees why the list is short.
			expect(await page.locator(`details[data-filter="${key}"]`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		}
		await context.close();
	});

	it('any of the values within a filter, all of the filters together; the URL reproduces the view after a reload', async () => {
		const { context, page } = await phonePage('/program/');
		await openGroup(page, 'stage');
		await box(page, 'stage', 'finance-basics').check();
		await box(page, 'stage', 'growth').check();
		const anyOf = expected({ stage: ['finance-basics', 'growth'] });
		expect(await visibleIds(page)).toEqual(anyOf);
		expect(anyOf.length).toBeGreaterThan(expected({ stage: ['growth'] }).length);

		await openGroup(page, 'orgType');
		await box(page, 'orgType', 'ngo').check();
		const allOf = expected({ stage: ['finance-basics', 'growth'], orgType: ['ngo'] });
		expect(await visibleIds(page)).toEqual(allOf);
		expect(allOf.length).toBeLessThan(anyOf.length);
		expect(await countText(page)).toBe(`Menampilkan ${allOf.length} dari ${programs.length} program`);
		expect(new URL(page.url()).search).toBe('?orgType=ngo&stage=finance-basics,growth');

		await page.reload();
		expect(await visibleIds(page)).toEqual(allOf);
		expect(await box(page, 'stage', 'growth').isChecked()).toBe(true);
		expect(await box(page, 'orgType', 'ngo').isChecked()).toBe(true);
		expect(await countText(page)).toBe(`Menampilkan ${allOf.length} dari ${programs.length} program`);

		// A new visitor opening the shared address sees the same list.
		const other = await phonePage(new URL(page.url()).pathname + new URL(page.url()).search);
		expect(await visibleIds(other.page)).toEqual(allOf);
		await other.context.close();
		await context.close();
	});

	it('a region filter keeps national programs, and an old link with unknown values still opens', async () => {
		const { context, page } = await phonePage('/program/?region=Singkawang&stage=flying&utm_source=wa');
		const want = expected({ region: ['Singkawang'] });
		expect(await visibleIds(page)).toEqual(want);
		expect(want).toEqual(expect.arrayContaining(programs.filter((p) => p.regions.includes('national')).map((p) => p.id)));
		expect(new URL(page.url()).search).toBe('?region=Singkawang');
		await context.close();
	});

	it('shows "no results, widen your filters" with a reset that brings the full list back', async () => {
		// Find two filters that no program satisfies together, from the data.
		let combo: Partial<Record<Key, string[]>> | undefined;
		const orgTypes = [...new Set(programs.map((p) => p.orgType))];
		const platforms = [...new Set(programs.flatMap((p) => p.platforms))];
		outer: for (const o of orgTypes)
			for (const pl of platforms)
				if (expected({ orgType: [o], platform: [pl] }).length === 0) {
					combo = { orgType: [o], platform: [pl] };
					break outer;
				}
		expect(combo).toBeDefined();
		const { context, page } = await phonePage(`/en/program/?orgType=${combo!.orgType![0]}&platform=${combo!.platform![0]}`);
		expect(await visibleIds(page)).toEqual([]);
		const empty = page.locator('nk-program-directory [data-empty]');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.innerText()).toContain('No program matches all these filters.');
		expect(await countText(page)).toBe(`Showing 0 of ${programs.length} programs`);
		await empty.getByRole('button', { name: 'Clear all filters' }).click();
		expect(await visibleIds(page)).toEqual(ALL);
		expect(await empty.isVisible()).toBe(false);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.locator('input[type=checkbox]:checked').count()).toBe(0);
		// Focus lands on the count, which now reads the full total.
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.count !== undefined)).toBe(true);
		await context.close();
	});

	it('works with the keyboard alone: reach a filter by Tab, open it, tick an option, remove it from the chips', async () => {
		const { context, page } = await phonePage('/program/');
		const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
		let found = false;
		for (let i = 0; i < 80 && !found; i++) {
			await page.keyboard.press('Tab');
			found = await focusedIs('details[data-filter="orgType"] > summary');
		}
		expect(found, 'the first filter is reachable by Tab').toBe(true);
		// The focus ring is visible.
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await page.locator('details[data-filter="orgType"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await page.keyboard.press('Tab');
		expect(await focusedIs('input[name="orgType"]')).toBe(true);
		const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
		await page.keyboard.press('Space');
		const want = expected({ orgType: [value] });
		expect(await visibleIds(page)).toEqual(want);
		expect(new URL(page.url()).search).toBe(`?orgType=${value}`);

		// The active-filter chip removes the filter with Enter.
		const chip = page.locator('nk-program-directory [data-active-list] button');
		expect(await chip.count()).toBe(1);
		await chip.focus();
		await page.keyboard.press('Enter');
		expect(await visibleIds(page)).toEqual(ALL);
		expect(await focusedIs('nk-program-directory [data-count]')).toBe(true);
		await context.close();
	});

	it('without JavaScript: the full list, every program linked, no filters shown', async () => {
		const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
		guardOrigin(context, foreign);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/program/?stage=growth`);
		expect(await visibleIds(page)).toEqual(ALL);
		expect(await page.locator('form.nk-filters').isVisible()).toBe(false);
		expect(await page.locator('nk-program-directory [data-program] h3 a').count()).toBe(programs.length);
		await context.close();
	});

	it('has no axe accessibility violations on the directory, coverage, guide and a program page (dark and light)', async () => {
		const context = await browser.newContext(PHONE);
		guardOrigin(context, foreign);
		const page = await context.newPage();
		const report: string[] = [];
		for (const path of ['/program/?stage=growth', '/en/program/?orgType=university&platform=food-delivery', '/program/cakupan/', '/en/program/tambah/', `/program/${programs[0]!.id}/`]) {
			await page.goto(baseUrl() + path);
			// Open every disclosure so the checks see the filters and lists inside.
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
			report.push(...(await runAxeInEachScheme(page, path)));
		}
		expect(report, report.join('\n')).toEqual([]);
		await context.close();
	}, 120_000);
});
