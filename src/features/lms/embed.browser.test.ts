/**
 * The embed view in a frame on another site, served by real nginx with the repo's config: the embed page shows,
 * a normal page refuses to be framed, links in the embed open a new tab, and the JSON API may be read by another
 * origin's script while a page may not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, PHONE } from '../../../tests/support/browser.ts';
import { startStaticServer } from '../../../tests/support/static-server.ts';
import { startNginx } from '../../../tests/support/nginx.ts';

let browser: Browser;
let site: { url: string; stop: () => void };
let other: Server;
let otherUrl = '';

beforeAll(async () => {
	site = await startNginx();
	const dir = mkdtempSync(join(tmpdir(), 'nk-embed-host-'));
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO site</title></head><body>
<iframe id="embed" title="embed" src="${site.url}/embed/belajar/hitung-hpp/" width="360" height="600"></iframe>
<iframe id="path" title="path" src="${site.url}/en/embed/jalur/finance-basics/" width="360" height="600"></iframe>
<iframe id="normal" title="normal" src="${site.url}/belajar/hitung-hpp/" width="360" height="600"></iframe>
</body></html>`,
	);
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
	({ server: other, url: otherUrl } = await startStaticServer(dir));
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	other?.close();
	site?.stop();
});

describe('embed view on another origin', () => {
	it('shows the embed pages in frames and refuses to frame a normal page', async () => {
		const { page } = await newPage(browser, PHONE);
		const console: string[] = [];
		page.on('console', (m) => console.push(m.text()));
		await page.goto(otherUrl);
		expect(new URL(otherUrl).origin).not.toBe(new URL(site.url).origin);
		const frameOf = (id: string) => page.locator(`#${id}`).contentFrame();
		await expect.poll(() => frameOf('embed').locator('h1').textContent({ timeout: 2000 }).catch(() => '')).toMatch(/HPP/);
		await expect.poll(() => frameOf('path').locator('h1').count()).toBe(1);
		// The embed has no site chrome: no Starlight header, sidebar or search.
		expect(await frameOf('embed').locator('header.header, nav.sidebar, site-search, starlight-theme-select').count()).toBe(0);
		// Every link to another page opens a new tab, without the opener.
		const links = await frameOf('embed').locator('a[href]:not([href^="#"])').evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
		expect(links.length).toBeGreaterThan(0);
		expect(new Set(links)).toEqual(new Set(['_blank noopener']));
		// The normal lesson page is blocked by frame-ancestors 'self': its frame never gets the lesson.
		const normal = page.frames().find((f) => f.name() === '' && f.url().includes('/belajar/hitung-hpp/') && !f.url().includes('/embed/'));
		const blocked = !normal || normal.url().startsWith('chrome-error:') || (await normal.locator('h1').count().catch(() => 0)) === 0;
		expect(blocked).toBe(true);
		// What the frame shows instead is Chromium's error page, not the lesson.
		const shown = await page.locator('#normal').contentFrame().locator('h1').allTextContents().catch(() => []);
		expect(shown.join(' ')).not.toMatch(/HPP/);
		expect(shown.join(' ')).toMatch(/blocked/);
		// …and Chromium says why: exactly one framing refused (the normal page; the two embeds were allowed), by the site's CSP.
		const refusals = () => console.filter((m) => m.includes('violates') && m.includes("frame-ancestors 'self'") && m.includes(new URL(site.url).host));
		await expect.poll(() => refusals().length).toBe(1);
	});

	it('lets another origin read the JSON API, not the pages', async () => {
		const { page } = await newPage(browser, PHONE);
		await page.goto(otherUrl);
		const read = (url: string) => page.evaluate((u) => fetch(u).then((r) => r.json()).then((j: { version?: number }) => `ok ${j.version}`, (e: Error) => `blocked ${e.name}`), url);
		expect(await read(`${site.url}/api/v1/paths.json`)).toBe('ok 1');
		expect(await page.evaluate((u) => fetch(u).then(() => 'ok', () => 'blocked'), `${site.url}/`)).toBe('blocked');
	});

	it('sends frame-ancestors * only with the embed view, and CORS only with the API', async () => {
		const embed = await fetch(`${site.url}/en/embed/belajar/hitung-hpp/`);
		expect(embed.status).toBe(200);
		expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
		expect(embed.headers.get('x-frame-options')).toBeNull();
		const lesson = await fetch(`${site.url}/belajar/hitung-hpp/`);
		expect(lesson.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
		expect(lesson.headers.get('access-control-allow-origin')).toBeNull();
		const api = await fetch(`${site.url}/api/v1/lessons.json`);
		expect(api.headers.get('access-control-allow-origin')).toBe('*');
		expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
		expect((await fetch(`${site.url}/_nginx-headers-embed.conf`)).status).toBe(404);
	});
});
