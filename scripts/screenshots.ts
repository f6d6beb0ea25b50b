/**
 * `npm run screenshots -- /belajar/hitung-hpp/ /en/ …`: serve dist/ and save PNGs of each page
 * at phone (360×740), phone with 200 % text (Chromium's default font size 16 → 32 px, as a
 * seller with the phone's text size turned up sees it), projector (1280×720, 1024×768) sizes in
 * .cache/screenshots/, to look at what people will see. `SIZES=phone-text200,projector` picks sizes;
 * `--full` takes the whole page.
 */
import { mkdirSync } from 'node:fs';
import { startStaticServer } from '../tests/support/static-server.ts';
import { launch } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const full = args.includes('--full');
const pages = args.filter((a) => !a.startsWith('--'));
const dist = process.env.DIST ?? 'dist';
const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const sizes: { name: string; viewport: { width: number; height: number }; fontSizes?: { standard: number; fixed: number } }[] = [
	{ name: 'phone', ...phone },
	{ name: 'phone-text200', ...phone, fontSizes: { standard: 32, fixed: 26 } },
	{ name: 'projector', viewport: { width: 1280, height: 720 } },
	{ name: 'xga', viewport: { width: 1024, height: 768 } },
];
const only = process.env.SIZES?.split(',');
mkdirSync('.cache/screenshots', { recursive: true });
const { server, url } = await startStaticServer(dist);
const browser = await launch();
for (const { fontSizes, ...size } of sizes.filter((s) => !only || only.includes(s.name))) {
	const context = await browser.newContext(size);
	const page = await context.newPage();
	if (fontSizes) await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes });
	for (const path of pages.length ? pages : ['/']) {
		await page.goto(url + path, { waitUntil: 'networkidle' });
		const file = `.cache/screenshots/${size.name}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
		await page.screenshot({ path: file, fullPage: full });
		console.log(file);
	}
	await context.close();
}
await browser.close();
server.close();
