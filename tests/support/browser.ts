/**
 * Launch Debian's Chromium through playwright-core (no browser download):
 * headless, no sandbox (CI runs as root), and no background networking, since
 * the machine has no network and a page must not request another origin anyway.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chromium for a test file. Lessons run most of their scripts after the first paint (src/features/build/after-paint.js),
 * which can be after the `load` event a navigation waits for: every page this browser opens waits, after goto(),
 * reload(), goBack() and goForward() with the default `waitUntil`, until those scripts have run, as a person would
 * before tapping (html[data-nk-scripts="ready"]). A test that holds scripts back or waits for less is left alone.
 */
export async function launch(): Promise<Browser> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (options) => waitForScriptsIn(await newContext(options));
	const newPage = browser.newPage.bind(browser);
	browser.newPage = async (options) => waitForScripts(await newPage(options));
	return browser;
}

const patched = new WeakSet<Page>();

function waitForScriptsIn(context: BrowserContext): BrowserContext {
	context.on('page', waitForScripts);
	const newPage = context.newPage.bind(context);
	context.newPage = async () => waitForScripts(await newPage());
	return context;
}

/** The page's lesson scripts have run, or it has none held for after the first paint. */
export const scriptsReady = (page: Page, timeout = 15_000) =>
	page
		.waitForFunction(() => !document.getElementById('nk-after-paint') || document.documentElement.dataset.nkScripts === 'ready', undefined, { timeout })
		.then(() => undefined);

function waitForScripts(page: Page): Page {
	if (patched.has(page)) return page;
	patched.add(page);
	for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
		const navigate = (page[name] as (...args: unknown[]) => Promise<unknown>).bind(page);
		(page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
			const response = await navigate(...args);
			const options = args.find((a) => a && typeof a === 'object') as { waitUntil?: string } | undefined;
			if (!options?.waitUntil || options.waitUntil === 'load' || options.waitUntil === 'networkidle') {
				// A page that navigates again meanwhile, or holds its scripts, is the test's to judge.
				await scriptsReady(page).catch(() => undefined);
			}
			return response;
		};
	}
	return page;
}

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
