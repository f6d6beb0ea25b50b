/**
 * Launch Debian's Chromium through playwright-core (no browser download):
 * headless, no sandbox (CI runs as root), and no background networking, since
 * the machine has no network and a page must not request another origin anyway.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PROJECTOR = { viewport: { width: 1280, height: 720 } };

/** The base URL the global setup's static server listens on. */
export const baseUrl = () => {
	const url = process.env.NK_TEST_BASE_URL;
	if (!url) throw new Error('NK_TEST_BASE_URL is not set: run browser tests through vitest (tests/support/browser-setup.ts)');
	return url;
};

/** Fail the test if the page asks any other origin for anything. */
export function guardOrigin(context: BrowserContext, foreign: string[]) {
	context.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol.startsWith('http') && url.origin !== new URL(baseUrl()).origin) foreign.push(req.url());
	});
}

export async function newPage(browser: Browser, options: BrowserContextOptions = PHONE): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	return { context, page };
}

/** Record layout shifts from the very start of every page load in this page (call before goto). */
export async function recordLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { nkShifts: number[] };
		w.nkShifts = [];
		new PerformanceObserver((list) => list.getEntries().forEach((e) => w.nkShifts.push((e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
	});
}
/** The layout shifts recorded so far on the current page (see recordLayoutShifts). */
/** Collects the page's uncaught script errors, to assert there were none. */
export function pageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

export const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { nkShifts: number[] }).nkShifts);

/** Hold back the site's script files until `release()`: what a slow connection does to a page's islands. */
export async function holdScripts(page: Page) {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(/\/_astro\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
