/**
 * The site frame after its repeated parts left the pages (issue 20): the sidebar still comes back as she left it on
 * a wide screen (Starlight's saved state, restored by the frame's cached script, shell.ts), heading links still work
 * by keyboard with a name in the page's language, and the menu button and the sidebar's carets still show their
 * icons, now drawn by the stylesheet (icons.css).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { baseUrl, launch, newPage, pageErrors } from '../../../tests/support/browser.ts';
import { formatViolations, runAxe } from '../../../tests/support/axe.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** The icon an element shows (its mask image) and its size on screen. */
const icon = (el: Locator) =>
	el.evaluate((e) => {
		const style = getComputedStyle(e);
		const box = e.getBoundingClientRect();
		return { mask: style.maskImage || style.getPropertyValue('-webkit-mask-image'), hidden: e.getAttribute('aria-hidden'), width: Math.round(box.width), height: Math.round(box.height) };
	});

describe('the site frame', () => {
	it('restores the sidebar on a wide screen: a group she closed stays closed, and the scroll where she left it', async () => {
		// A short window, so the sidebar scrolls.
		const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 420 } });
		const errors = pageErrors(page);
		await page.goto(`${baseUrl()}/belajar/jualan-lewat-whatsapp/`);
		const pane = page.locator('#starlight__sidebar');
		const first = pane.locator('details').first();
		expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await first.locator('summary').click();
		expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await pane.evaluate((el) => (el.scrollTop = 150));
		const scrolled = await pane.evaluate((el) => el.scrollTop);
		expect(scrolled).toBeGreaterThan(50);
		// Another lesson of the same stage, from the sidebar: the same sidebar, so Starlight's saved state applies.
		const next = pane.locator('a[href="/belajar/bukti-transfer-palsu/"]');
		await next.scrollIntoViewIfNeeded();
		const before = await pane.evaluate((el) => el.scrollTop);
		await next.click();
		await page.waitForURL((u) => u.pathname === '/belajar/bukti-transfer-palsu/');
		await expect.poll(() => pane.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(before);
		// The stage's group, open by default, stays open.
		expect(await pane.locator('a[aria-current="page"]').evaluate((a) => (a.closest('details') as HTMLDetailsElement).open)).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('on a phone the menu opens at the top, as in Starlight, whatever the wide screen saved', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseUrl()}/belajar/jualan-lewat-whatsapp/`);
		const hash = await page.locator('sl-sidebar-state-persist').getAttribute('data-hash');
		await page.evaluate((hash) => sessionStorage.setItem('sl-sidebar-state', JSON.stringify({ hash, open: [false], scroll: 200 })), hash);
		await page.reload();
		const button = page.locator('button.sl-menu-button');
		const open = await icon(button.locator('.open-menu'));
		expect(open.hidden).toBe('true');
		expect(open.mask).toContain('data:image/svg+xml');
		expect(open.width).toBeGreaterThan(8);
		expect(await button.locator('.close-menu').isVisible()).toBe(false);
		await button.click();
		const pane = page.locator('#starlight__sidebar');
		await expect.poll(() => pane.isVisible()).toBe(true);
		// The close icon replaces the open one while the menu is open.
		expect(await button.locator('.open-menu').isVisible()).toBe(false);
		expect((await icon(button.locator('.close-menu'))).mask).toContain('data:image/svg+xml');
		expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
		expect(await pane.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		// A group's caret turns with it.
		const caret = pane.locator('details').first().locator('summary .caret');
		expect((await icon(caret)).mask).toContain('data:image/svg+xml');
		const turned = await caret.evaluate((e) => getComputedStyle(e).transform);
		await pane.locator('details').first().locator('summary').click();
		await expect.poll(() => caret.evaluate((e) => getComputedStyle(e).transform)).not.toBe(turned);
		const violations = await runAxe(page);
		expect(violations, formatViolations('open menu', violations)).toEqual([]);
		await context.close();
	});

	it("heading links are reachable by keyboard, named in the page's language, and show their icon", async () => {
		for (const [path, name] of [
			['/belajar/jualan-lewat-whatsapp/', /^Bagian berjudul “.+”$/],
			['/en/belajar/jualan-lewat-whatsapp/', /^Section titled “.+”$/],
		] as const) {
			const { context, page } = await newPage(browser);
			await page.goto(`${baseUrl()}${path}`);
			const link = page.locator('.sl-markdown-content .sl-anchor-link').first();
			const heading = await page.locator('.sl-markdown-content .sl-heading-wrapper').first().locator('h2').innerText();
			expect(await link.evaluate((a) => a.textContent)).toMatch(name);
			expect(await page.getByRole('link', { name: name.source.includes('Bagian') ? `Bagian berjudul “${heading}”` : `Section titled “${heading}”`, exact: true }).count()).toBe(1);
			expect(await link.locator('.sl-anchor-icon').getAttribute('aria-hidden')).toBe('true');
			const shown = await icon(link.locator('.sl-anchor-icon > .nk-icon'));
			expect(shown.mask).toContain('data:image/svg+xml');
			expect(shown.width).toBeGreaterThan(8);
			expect(shown.height).toBe(shown.width);
			await link.focus();
			expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).hash).toBe(await link.getAttribute('href'));
			await context.close();
		}
	});
});
