/**
 * Offline use on a phone: pages the learner opened open again without signal;
 * a saved path opens lesson by lesson without signal; search finds saved
 * lessons offline; a full phone gets a notice; a new release asks before reloading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { BROTLI_QUALITY } from '../build/measure-dist.ts';
import { createServer, request, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, guardOrigin, launch, newPage, PHONE } from '../../../tests/support/browser.ts';
import { CACHES, pageAssets } from './offline-cache.ts';
import { jsImports } from './offline-build.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

interface ApiLesson {
	id: string;
	title: { id: string; en: string };
	url: { id: string; en: string };
}
interface ApiPath {
	id: string;
	kind: string;
	lessons: string[];
}
const lessons: ApiLesson[] = JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')).lessons;
const paths: ApiPath[] = JSON.parse(readFileSync('dist/api/v1/paths.json', 'utf8')).paths;
const local = (url: string) => new URL(url).pathname;
const lessonById = new Map(lessons.map((l) => [l.id, l]));

/** Open a page and wait until the service worker controls it (first visit: it claims the page once installed). */
async function openControlled(page: Page, path: string) {
	await page.goto(baseUrl() + path);
	await page.evaluate(() => navigator.serviceWorker.ready);
	// A worker that became active while this page was still loading can claim the open pages before this one is one of
	// them (seen under CI load): the page then stays uncontrolled, and the next load of it is controlled.
	const claimed = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				if (navigator.serviceWorker.controller) return resolve(true);
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
				setTimeout(() => resolve(!!navigator.serviceWorker.controller), 5000);
			}),
	);
	if (!claimed) await page.reload();
	await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 20_000 });
}

const isCached = (page: Page, path: string) => page.evaluate(async (p) => !!(await caches.match(new URL(p, location.origin).href)), path);

/** Every image on the page has really loaded (offline: from the phone's cache). */
const imagesLoaded = (page: Page) =>
	page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.currentSrc || i.src));

async function offlineContext(): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
	const { context, page } = await newPage(browser, PHONE);
	const foreign: string[] = [];
	guardOrigin(context, foreign);
	return { context, page, foreign };
}

describe('pages the learner opened', () => {
	it('open again without signal, with their pictures; an unsaved page shows the offline page', async () => {
		const [a, b, c] = lessons;
		const { context, page, foreign } = await offlineContext();
		await openControlled(page, local(a!.url.id));
		// Now controlled: this visit goes through the worker and is stored.
		await page.reload();
		await page.goto(baseUrl() + local(b!.url.id));
		await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		await expect.poll(() => isCached(page, local(a!.url.id))).toBe(true);
		await expect.poll(() => isCached(page, local(b!.url.id))).toBe(true);
		await expect.poll(() => imagesLoaded(page)).toEqual([]);

		await context.setOffline(true);
		await page.goto(baseUrl() + local(a!.url.id));
		expect(await page.locator('h1').first().textContent()).toBe(a!.title.id);
		await page.reload();
		expect(await page.locator('h1').first().textContent()).toBe(a!.title.id);
		// Opened from a path link (with ?jalur=…): the same stored copy.
		await page.goto(`${baseUrl()}${local(b!.url.id)}?jalur=${paths[0]!.id}`);
		expect(await page.locator('h1').first().textContent()).toBe(b!.title.id);
		expect(await imagesLoaded(page)).toEqual([]);
		await expect.poll(() => page.locator('nk-offline-notice [data-offline]').isVisible()).toBe(true);

		// Never opened: the offline page says so, in the page's language, and lists what is saved.
		await page.goto(baseUrl() + local(c!.url.id));
		await expect.poll(() => page.locator('nk-saved-pages [data-not-saved]').isVisible()).toBe(true);
		expect(await page.locator('html').getAttribute('lang')).toBe('id');
		await expect.poll(() => page.locator('nk-saved-pages a').allTextContents()).toEqual(expect.arrayContaining([a!.title.id, b!.title.id]));
		// A language she never read online: the phone has only the offline page she needs most, in her language.
		await page.goto(baseUrl() + local(c!.url.en));
		await expect.poll(() => page.locator('nk-saved-pages [data-not-saved]').isVisible()).toBe(true);
		expect(await page.locator('html').getAttribute('lang')).toBe('id');
		expect(foreign).toEqual([]);
		await context.close();
	});
});

/** The offline pages the worker keeps (this release's offline cache). */
const keptOfflinePages = (page: Page) =>
	page.evaluate(async () => {
		const found: string[] = [];
		for (const name of (await caches.keys()).filter((n) => n.startsWith('nk-offline-'))) for (const r of await (await caches.open(name)).keys()) found.push(new URL(r.url).pathname);
		return found.sort();
	});

describe('offline set-up', () => {
	it("starts after the page has loaded, keeps only the reader's language, and adds a language when she switches", async () => {
		const [a, b] = lessons;
		const { context, page, foreign } = await offlineContext();
		const order: string[] = [];
		page.on('load', () => order.push('load'));
		context.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path === '/sw.js' || path.endsWith('/offline/')) order.push(path);
		});
		await openControlled(page, local(a!.url.id));
		await expect.poll(() => keptOfflinePages(page)).toEqual(['/offline/']);
		// Nothing of the offline set-up is fetched before the page has loaded.
		expect(order[0]).toBe('load');
		expect(order).toContain('/sw.js');
		expect(order).not.toContain('/en/offline/');

		// She reads a page in English: its offline page is kept too, once that page is idle.
		await page.goto(baseUrl() + local(b!.url.en));
		await expect.poll(() => keptOfflinePages(page), { timeout: 15_000 }).toEqual(['/en/offline/', '/offline/']);
		await context.setOffline(true);
		await page.goto(baseUrl() + local(a!.url.en));
		await expect.poll(() => page.locator('nk-saved-pages [data-not-saved]').isVisible()).toBe(true);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		// Styled from the phone: the offline page's own files were kept with it.
		expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('says what it costs where saving is offered, in both languages', async () => {
		const { context, page } = await offlineContext();
		const sizes: number[] = [];
		for (const path of ['/offline/', '/en/offline/']) {
			await page.goto(baseUrl() + path);
			const text = (await page.locator('nk-saved-pages [data-setup-cost]').textContent()) ?? '';
			expect(text).toMatch(path === '/offline/' ? /^Persiapan offline: ± \d+ KB, diunduh sekali saja/ : /^Offline set-up: about \d+ KB, downloaded once/);
			sizes.push(Number(/(\d+) KB/.exec(text)![1]));
		}
		await openControlled(page, `/jalur/${paths.find((p) => p.lessons.length >= 2)!.id}/`);
		const box = page.locator('nk-save-path');
		await expect.poll(() => box.isVisible()).toBe(true);
		expect(await box.locator('[data-setup-cost]').textContent()).toMatch(new RegExp(`^Persiapan offline: ± ${sizes[0]} KB`));
		// From the real files, brotli: the worker, the offline page, and the CSS and JS it loads that the home page does not.
		const br = (url: string) => brotliCompressSync(readFileSync(`dist${url.endsWith('/') ? `${url}index.html` : url}`), { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }).length;
		const loads = (page: string) => {
			const found = new Set<string>();
			const queue = pageAssets(readFileSync(`dist${page}index.html`, 'utf8'), `${baseUrl()}${page}`).map((u) => new URL(u).pathname);
			while (queue.length) {
				const url = queue.shift()!;
				if (found.has(url)) continue;
				found.add(url);
				if (url.endsWith('.js')) queue.push(...jsImports(readFileSync(`dist${url}`, 'utf8'), url).static);
			}
			return found;
		};
		for (const [i, lang] of ['', '/en'].entries()) {
			const home = loads(`${lang}/`);
			const own = [...loads(`${lang}/offline/`)].filter((u) => !home.has(u));
			const expected = [`/sw.js`, `${lang}/offline/`, ...own].reduce((sum, url) => sum + br(url), 0) / 1024;
			expect(Math.abs(sizes[i]! - expected), `shown ${sizes[i]} KB, files ${expected.toFixed(1)} KB`).toBeLessThanOrEqual(1);
			expect(sizes[i]).toBeLessThanOrEqual(18);
		}
		await context.close();
	});
});

describe('the offline notice', () => {
	it('closes with the keyboard, stays closed for this offline spell (and a moment of signal) without moving the page, and comes back the next time', async () => {
		const [a, b] = lessons;
		const { context, page } = await offlineContext();
		await openControlled(page, local(a!.url.id));
		await page.reload();
		await page.goto(baseUrl() + local(b!.url.id));
		await expect.poll(() => isCached(page, local(b!.url.id))).toBe(true);
		await context.setOffline(true);
		const notice = page.locator('nk-offline-notice [data-offline]');
		await expect.poll(() => notice.isVisible()).toBe(true);
		const close = notice.getByRole('button', { name: 'Tutup' });
		const before = await page.locator('h1').first().boundingBox();
		await close.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => notice.isVisible()).toBe(false);
		expect(await page.locator('h1').first().boundingBox()).toEqual(before);

		// Another saved page in the same offline spell: still closed.
		await page.goto(baseUrl() + local(a!.url.id));
		expect(await page.locator('h1').first().textContent()).toBe(a!.title.id);
		await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		expect(await notice.isVisible()).toBe(false);

		// Signal back for a moment only: still closed (a patchy signal does not make it pop up again and again).
		await context.setOffline(false);
		await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(true);
		await context.setOffline(true);
		await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
		await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		expect(await notice.isVisible()).toBe(false);

		// Back online for a few seconds, then offline again: it shows again.
		await context.setOffline(false);
		await expect
			.poll(() => page.evaluate(() => sessionStorage.getItem('naik-kelas:offline-notice-closed')), { timeout: 10_000 })
			.toBeNull();
		await context.setOffline(true);
		await expect.poll(() => notice.isVisible()).toBe(true);
		await context.close();
	});
});

describe('save this path for offline', () => {
	const path = paths.find((p) => p.lessons.length >= 2 && p.lessons.every((id) => lessonById.has(id)))!;
	const pathUrl = `/jalur/${path.id}/`;
	const pathLessons = path.lessons.map((id) => lessonById.get(id)!);

	it('shows the size first, saves every lesson with progress, and each lesson opens offline', async () => {
		const { context, page, foreign } = await offlineContext();
		await openControlled(page, pathUrl);
		const box = page.locator('nk-save-path');
		await expect.poll(() => box.isVisible()).toBe(true);
		await expect.poll(() => box.locator('[data-size]').textContent()).toMatch(/± \d+ KB/);
		// Nothing was downloaded for the lessons before the learner asked.
		for (const l of pathLessons) expect(await isCached(page, local(l.url.id))).toBe(false);

		await box.locator('input[name="with-search"]').check();
		await box.locator('[data-save]').tap();
		await expect.poll(() => box.locator('[data-status]').textContent(), { timeout: 30_000 }).toMatch(/Selesai/);
		await expect.poll(() => box.locator('[data-size]').textContent()).toMatch(/sudah tersimpan/);

		await context.setOffline(true);
		for (const l of pathLessons) {
			await page.goto(baseUrl() + local(l.url.id));
			expect(await page.locator('h1').first().textContent()).toBe(l.title.id);
			expect(await imagesLoaded(page), `images of ${l.id}`).toEqual([]);
			// The page's own CSS came from the phone too: the layout is styled, not raw HTML.
			expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
		}
		expect(foreign).toEqual([]);
		await context.close();
	});

	it('search finds a saved lesson offline when search was saved too', async () => {
		const { context, page } = await offlineContext();
		await openControlled(page, pathUrl);
		const box = page.locator('nk-save-path');
		await expect.poll(() => box.isVisible()).toBe(true);
		await box.locator('input[name="with-search"]').check();
		await box.locator('[data-save]').tap();
		await expect.poll(() => box.locator('[data-status]').textContent(), { timeout: 30_000 }).toMatch(/Selesai/);
		const target = pathLessons[0]!;
		await context.setOffline(true);
		await page.goto(baseUrl() + local(target.url.id));
		await page.locator('nk-search button[data-open]').first().tap();
		const input = page.locator('nk-search dialog input[type=search]').first();
		await input.fill(target.title.id.split(/\s+/).slice(0, 3).join(' '));
		await expect
			.poll(() => page.locator('nk-search dialog a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), { timeout: 15_000 })
			.toContain(local(target.url.id));
		// Results saved on the phone say so; the others do not.
		const marks = () =>
			page.locator('nk-search [data-results] li a[href]').evaluateAll((as) =>
				as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, saved: a.querySelector('.nk-saved-badge')?.textContent ?? null })),
			);
		await expect.poll(async () => (await marks()).find((m) => m.path === local(target.url.id))?.saved).toBe('tersimpan');
		const inPagesCache = (path: string) => page.evaluate(async ([p, cacheName]) => !!(await caches.match(new URL(p!, location.origin).href, { cacheName })), [path, CACHES.pages]);
		for (const m of await marks()) expect(m.saved !== null, m.path).toBe(!m.path.endsWith('/offline/') && (await inPagesCache(m.path)));
		await context.close();
	});

	it('a full phone gets a notice instead of a broken download', async () => {
		const { context, page } = await offlineContext();
		// The phone reports almost no free space.
		await context.addInitScript(() => {
			Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ usage: 99_900_000, quota: 100_000_000 }) });
		});
		await openControlled(page, pathUrl);
		const box = page.locator('nk-save-path');
		await expect.poll(() => box.isVisible()).toBe(true);
		await box.locator('[data-save]').tap();
		await expect.poll(() => box.locator('[data-status]').textContent()).toMatch(/Memori HP hampir penuh: perlu ± \d+ KB, sisa ± \d+ KB/);
		for (const l of pathLessons) expect(await isCached(page, local(l.url.id))).toBe(false);
		await context.close();
	});
});

/**
 * The site as a host would serve it, with a switch to "deploy" a new release:
 * the same files, but a service worker with different bytes, and (like a real
 * release) stylesheets under new hashed names: `x.css` is `x.r<release>.css` in
 * the HTML of release 2 on, and only that name is served then.
 */
function startReleasableSite(): Promise<{ url: string; deploy: () => void; server: Server }> {
	let release = 1;
	const target = new URL(baseUrl());
	const renamed = (name: string) => (release > 1 ? name.replace(/\.css$/, `.r${release}.css`) : name);
	const server = createServer((req, res) => {
		const path = req.url?.split('?')[0] ?? '/';
		if (path === '/sw.js') {
			const body = `${readFileSync('dist/sw.js', 'utf8')}\n// release ${release}\n`;
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }).end(body);
			return;
		}
		let upstreamPath = req.url ?? '/';
		if (release > 1 && path.startsWith('/_astro/') && path.endsWith('.css')) {
			const original = path.replace(new RegExp(`\\.r${release}\\.css$`), '.css');
			// The old name is gone from the new release.
			if (original === path) return void res.writeHead(404).end();
			upstreamPath = original;
		}
		const headers = { ...req.headers, host: target.host };
		delete headers['accept-encoding'];
		// The proxy changes what it serves between releases, so the upstream's validators (ETag, 304) are not its own.
		delete headers['if-none-match'];
		delete headers['if-modified-since'];
		const upstream = request({ host: target.hostname, port: target.port, path: upstreamPath, method: req.method, headers }, (up) => {
			if (release > 1 && String(up.headers['content-type']).includes('text/html')) {
				const chunks: Buffer[] = [];
				up.on('data', (c: Buffer) => chunks.push(c));
				up.on('end', () => {
					const html = Buffer.concat(chunks).toString('utf8').replace(/\/_astro\/[^"'\s>]+\.css/g, renamed);
					const { 'content-length': _, etag: _etag, 'last-modified': _modified, ...rest } = up.headers;
					res.writeHead(up.statusCode ?? 502, rest).end(html);
				});
				return;
			}
			res.writeHead(up.statusCode ?? 502, up.headers);
			up.pipe(res);
		});
		req.pipe(upstream);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const addr = server.address();
			resolve({ url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`, deploy: () => release++, server });
		}),
	);
}

/** Every stylesheet of the page (not print-only) loaded and has rules. */
const stylesLoaded = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([media="print"])')].map((l) => {
			try {
				return { href: new URL(l.href).pathname, rules: l.sheet?.cssRules.length ?? 0 };
			} catch {
				return { href: new URL(l.href).pathname, rules: 0 };
			}
		}),
	);

describe('a new release', () => {
	it('waits for the learner: a notice offers to reload, and reloading switches to the new version', async () => {
		const site = await startReleasableSite();
		const { context, page } = await newPage(browser, PHONE);
		const lesson = lessons[0]!;
		await page.goto(site.url + local(lesson.url.id));
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 20_000 });
		const notice = page.locator('nk-offline-notice [data-update]');
		expect(await notice.isVisible()).toBe(false);

		site.deploy();
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
		// Nothing changes under the learner until they choose: the new worker waits.
		expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(true);

		const reloaded = page.waitForEvent('load');
		await notice.locator('[data-reload]').tap();
		await reloaded;
		// After the reload the new release runs the page and nothing is left waiting.
		await expect.poll(() => page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return !!r?.active && !r.waiting; })).toBe(true);
		expect(await page.locator('h1').first().textContent()).toBe(lesson.title.id);
		expect(await notice.isVisible()).toBe(false);
		await context.close();
		site.server.close();
	});

	it('a page opened once online after a release opens styled offline, with progress kept', async () => {
		const site = await startReleasableSite();
		const { context, page } = await newPage(browser, PHONE);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const path = paths.find((p) => p.lessons.length > 1)!;
		const lesson = lessonById.get(path.lessons[0]!)!;
		const url = `${site.url}${local(lesson.url.id)}?jalur=${path.id}`;
		// Release 1: a learner on a saved path, with the lesson done.
		await page.goto(url);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 20_000 });
		await page.reload();
		await page.locator('nk-practice .nk-done').click();
		await expect.poll(() => page.locator('nk-practice .nk-done').getAttribute('aria-pressed')).toBe('true');
		const progress = await page.evaluate(() => localStorage.getItem('naik-kelas:progress'));
		expect(progress).toContain(lesson.id);
		const storedHtml = () => page.evaluate(async (p) => (await (await caches.match(new URL(p, location.origin).href))?.text()) ?? '', local(lesson.url.id));
		await expect.poll(storedHtml).toContain('.css');
		expect(await storedHtml()).not.toContain('.r2.css');

		// Release 2 is published; the learner opens the lesson once with signal (the stored copy shows,
		// the new one is fetched behind it), then loses signal.
		site.deploy();
		await page.goto(url);
		await expect.poll(storedHtml, { timeout: 20_000 }).toContain('.r2.css');
		await context.setOffline(true);
		await page.goto(url);
		expect(await page.locator('h1').first().textContent()).toBe(lesson.title.id);
		const sheets = await stylesLoaded(page);
		expect(sheets.length).toBeGreaterThan(0);
		expect(sheets.every((s) => s.href.endsWith('.r2.css') && s.rules > 0), JSON.stringify(sheets)).toBe(true);
		await expect.poll(() => page.locator('nk-practice .nk-done').getAttribute('aria-pressed')).toBe('true');
		expect(await page.evaluate(() => localStorage.getItem('naik-kelas:progress'))).toBe(progress);
		expect(errors).toEqual([]);
		await context.close();
		site.server.close();
	});
});
