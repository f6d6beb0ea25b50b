/**
 * The link our learners actually have, emulated in Chromium for `npm run bench`:
 * about 400 ms round trips and about 400 kbit/s, both ways.
 *
 * What it models, and what it does not:
 * - Chromium's network emulation (CDP `Network.emulateNetworkConditions`) adds the round-trip time to every
 *   request before its response starts, and shares the bandwidth between requests in flight.
 * - A new connection's handshake (TCP, then TLS 1.3: two round trips) is added once, before the first request
 *   of a first visit (`handshake: true`), by holding that request back. The local test server speaks plain
 *   HTTP/1.1, so without this the first visit would look one handshake cheaper than it is.
 * - It does NOT model TCP slow start (a real first response delivers about 14 KB in its first round trip, then
 *   doubles), nor HTTP/2 stream priorities (requests share the bandwidth equally here). Both make real first
 *   visits a little slower than this for pages over 14 KB, which is why the budgets keep the first screen's
 *   bytes small.
 */
import type { Page } from 'playwright-core';

export interface SlowLink {
	/** Round-trip time in milliseconds. */
	rttMs: number;
	/** Bandwidth in kilobits per second, each way. */
	kbps: number;
}
export const LEARNER_LINK: SlowLink = { rttMs: 400, kbps: 400 };
/** TCP + TLS 1.3 handshakes on a new connection. */
export const HANDSHAKE_ROUND_TRIPS = 2;

/**
 * Put `page` on the slow link. With `handshake`, the first request of the page waits for a new connection's
 * handshake; call the returned `settled()` once that first page has loaded, to stop intercepting (interception
 * turns off the HTTP cache, which a second-page measurement needs).
 */
export async function slowLink(page: Page, { link = LEARNER_LINK, handshake = false }: { link?: SlowLink; handshake?: boolean } = {}) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const bytesPerSecond = (link.kbps * 1000) / 8;
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: link.rttMs,
		downloadThroughput: bytesPerSecond,
		uploadThroughput: bytesPerSecond,
	});
	let routed = false;
	if (handshake) {
		let first = true;
		routed = true;
		await page.route('**/*', async (route) => {
			if (first) {
				first = false;
				await new Promise((r) => setTimeout(r, HANDSHAKE_ROUND_TRIPS * link.rttMs));
			}
			await route.continue();
		});
	}
	return {
		cdp,
		/** Stop holding requests back (keeps the slow link). */
		async settled() {
			if (routed) await page.unrouteAll({ behavior: 'ignoreErrors' });
			routed = false;
		},
	};
}
