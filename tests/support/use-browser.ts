/**
 * The opening every browser test file had: one Chromium for the file (a new context per test, newPage()), and the
 * site it tests. `useBrowser()` registers the file's beforeAll/afterAll and returns an object whose `browser` and
 * `url` are set once beforeAll has run (read them inside tests, not at the top of the file). The site is the global
 * setup's static server (browser-setup.ts); with `{ nginx: true }`, real nginx running the repo's config
 * (nginx.ts), for tests that need what a self-hosted site sends (CSP, redirects, headers).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser.ts';
import { startNginx } from './nginx.ts';

export interface BrowserSite {
	browser: Browser;
	/** The site's origin, e.g. http://127.0.0.1:41234 */
	url: string;
}

export function useBrowser({ nginx = false } = {}): BrowserSite {
	const site: BrowserSite = { browser: undefined as unknown as Browser, url: '' };
	let server: { stop: () => void } | undefined;
	beforeAll(async () => {
		if (nginx) {
			const started = await startNginx();
			server = started;
			site.url = started.url;
		} else {
			site.url = baseUrl();
		}
		site.browser = await launch();
	});
	afterAll(async () => {
		await site.browser?.close();
		server?.stop();
	});
	return site;
}
