/**
 * Large text that never breaks (WCAG 1.4.4 resize text, 1.4.10 reflow): on every page type in both
 * languages, at 320 CSS px wide, no page scrolls sideways, no heading breaks an everyday word across two
 * lines, and the header controls (menu button, search, language, theme) stay on screen. Two ways a seller gets there:
 * - text 200 %: Chromium's default font size doubled (16 → 32 px, monospace 13 → 26 px) through the
 *   DevTools protocol's Page.setFontSizes, the setting Android's "font size" and Chrome's "font size"
 *   preference change, on a 320 px phone. Everything sized in rem/em doubles, px does not.
 * - zoom 200 %: real browser zoom cannot be driven in headless Chromium, so it is emulated the way
 *   Chromium zooms: a 640 px wide window at 200 % is a 320 CSS px viewport with devicePixelRatio 2
 *   (zoom changes both, and media queries see 320 px). Text stays at 16 CSS px here.
 * When a page overflows, the message names the element that starts it and what usually fixes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, launch } from '../../../tests/support/browser.ts';
import { pageTypePaths, pageTypes } from '../../../tests/support/page-types.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

interface View {
	name: string;
	options: BrowserContextOptions;
	/** Chromium's default font sizes, px (Page.setFontSizes); undefined keeps 16/13. */
	fontSizes?: { standard: number; fixed: number };
	/** What the page must see, so the test cannot pass without the large text or the zoom. */
	expect: { rootFontPx: number; width: number; dpr: number };
}

const VIEWS: View[] = [
	{
		name: 'text 200 %, 320 px phone',
		options: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
		fontSizes: { standard: 32, fixed: 26 },
		expect: { rootFontPx: 32, width: 320, dpr: 2 },
	},
	{
		name: 'zoom 200 % of a 640 px window (emulated)',
		options: { viewport: { width: 320, height: 512 }, deviceScaleFactor: 2 },
		expect: { rootFontPx: 16, width: 320, dpr: 2 },
	},
];

/** The header controls, each by the selector of the control itself. */
const CONTROLS = {
	'menu button': 'button.sl-menu-button',
	search: 'nk-search button[data-open]',
	'language switch': 'starlight-lang-select select',
	'theme switch': 'starlight-theme-select select',
} as const;

async function openPage(context: BrowserContext, view: View): Promise<Page> {
	const page = await context.newPage();
	if (view.fontSizes) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.setFontSizes', { fontSizes: view.fontSizes });
	}
	return page;
}

/**
 * Runs in the page: does it scroll sideways, and which elements stick out of the viewport? Elements inside a
 * container that scrolls or clips sideways (a wide table in its scroll box) do not count: that container is
 * what stays on screen. Of the elements that stick out, it names the ones whose parent does not (where the
 * overflow starts), with a hint from their own and their parent's layout.
 */
function overflowReport() {
	const root = document.documentElement;
	const vw = root.clientWidth;
	const name = (el: Element) => {
		const cls = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
		return `${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
	};
	const where = (el: Element) => {
		const chain: string[] = [];
		for (let e: Element | null = el; e && e !== document.body && chain.length < 4; e = e.parentElement) chain.unshift(name(e));
		return chain.join(' > ');
	};
	const clipsX = (el: Element) => el !== root && el !== document.body && getComputedStyle(el).overflowX !== 'visible';
	// A container clips what it holds, except an absolutely positioned box whose containing block is further out
	// (a visually hidden label in a table cell escapes the table's scroll box unless the box is positioned).
	const insideClip = (el: Element) => {
		let position = getComputedStyle(el).position;
		for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
			const s = getComputedStyle(e);
			const containingBlock = position === 'fixed' ? s.transform !== 'none' : position !== 'absolute' || s.position !== 'static' || s.transform !== 'none';
			if (!containingBlock) continue;
			if (clipsX(e)) return true;
			position = s.position;
		}
		return false;
	};
	const out = (el: Element) => {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) return false;
		const s = getComputedStyle(el);
		if (s.visibility === 'hidden' || s.position === 'fixed' && s.clipPath !== 'none') return false;
		return r.right > vw + 1 || r.left < -1;
	};
	const r = (el: Element) => el.getBoundingClientRect();
	const hint = (el: Element) => {
		const s = getComputedStyle(el);
		const p = el.parentElement ? getComputedStyle(el.parentElement) : undefined;
		const hints: string[] = [];
		if (p?.display.includes('grid')) hints.push(`its parent is a grid with columns "${p.gridTemplateColumns}": use minmax(0, 1fr) or repeat(auto-fit, minmax(min(100%, …), 1fr))`);
		if (p?.display.includes('flex') && p.flexWrap === 'nowrap') hints.push('its parent is a flex row that does not wrap: flex-wrap: wrap, or min-width: 0 on the item');
		if (s.position === 'fixed') hints.push('position: fixed, sized by the viewport: on a phone the viewport grows with whatever else sticks out, so fix the others first');
		if (s.position === 'absolute' && r(el).width <= 2) hints.push('a visually hidden label placed against a box outside its scroll container: give the scroll container position: relative');
		if (el.localName === 'table') hints.push('a table that cannot reflow: put it in a scroll container (overflow-x: auto) with a label and tabindex');
		if (s.minWidth !== '0px' && s.minWidth !== 'auto') hints.push(`min-width ${s.minWidth}`);
		if (/px$/.test(el instanceof HTMLElement ? el.style.width : '')) hints.push(`inline width ${(el as HTMLElement).style.width}`);
		if (s.whiteSpace === 'nowrap' || s.whiteSpace === 'pre') hints.push(`white-space: ${s.whiteSpace}: let it wrap`);
		if (!out(el) && !hints.length) hints.push(`its text sticks out (a word or URL longer than the line; overflow-wrap is ${s.overflowWrap}): overflow-wrap: anywhere`);
		return hints.join('; ') || `display ${s.display}, width ${s.width}`;
	};
	const sticksOut = (el: Element) => out(el) && !insideClip(el);
	const starts = [...document.body.querySelectorAll('*')].filter((el) => sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)));
	// Text can stick out of a box that itself fits (a long word or URL): the box holding that text is the culprit.
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const el = node.parentElement;
		if (!el || !node.textContent?.trim() || starts.includes(el) || out(el) || clipsX(el) || insideClip(el) || el.closest('script, style, template, noscript')) continue;
		range.selectNodeContents(node);
		const r = range.getBoundingClientRect();
		if (r.width > 1 && (r.right > vw + 1 || r.left < -1) && getComputedStyle(el).visibility !== 'hidden') starts.push(el);
	}
	const culprits = starts
		.slice(0, 8)
		.map((el) => {
			const r = el.getBoundingClientRect();
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			return `${where(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${vw} px${text ? ` ("${text}")` : ''}: ${hint(el)}`;
		});
	return { scrollWidth: root.scrollWidth, vw, culprits };
}

/** An everyday word; one this long or shorter must stay whole in a heading. Longer ones may break (a 320 px line at 200 % holds about 11 bold letters). */
const WHOLE_WORD_LETTERS = 10;

/**
 * Runs in the page: words of the main headings broken across two lines ("broadcas / t"). Words up to
 * `max` letters must fit a line; longer ones may break (overflow-wrap: anywhere keeps them on screen).
 */
function brokenHeadingWords(max: number) {
	const broken: string[] = [];
	const range = document.createRange();
	for (const heading of document.querySelectorAll('main :is(h1, h2, h3), h1#_top')) {
		if (!heading.getClientRects().length) continue;
		const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			for (const m of text.matchAll(/[^\s\-‐–—/]+/g)) { // a break after a hyphen or slash is a normal one
				if ([...m[0]].length > max) continue;
				range.setStart(node, m.index);
				range.setEnd(node, m.index + m[0].length);
				const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
				if (lines.size > 1) broken.push(`"${m[0]}" in ${heading.localName} "${(heading.textContent ?? '').trim().slice(0, 40)}"`);
			}
		}
	}
	return broken;
}

/**
 * Runs in the page: the box of the first shown match of a selector (undefined when none is shown), and what
 * covers its middle if something else does (a search button grown over the menu button).
 */
function controlBox({ selector, scroll }: { selector: string; scroll: boolean }) {
	const el = [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden');
	if (!el) return undefined;
	if (scroll) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
	const r = el.getBoundingClientRect();
	const vw = document.documentElement.clientWidth;
	const x = Math.min(Math.max((r.left + r.right) / 2, 0), vw - 1);
	const y = Math.min(Math.max((r.top + r.bottom) / 2, 0), document.documentElement.clientHeight - 1);
	const top = document.elementFromPoint(x, y);
	const label = top && !el.contains(top) && !top.contains(el) ? `${top.localName}${[...top.classList].slice(0, 2).map((c) => `.${c}`).join('')} "${(top.textContent ?? '').trim().slice(0, 20)}"` : undefined;
	// A control needs something to see: words, or an icon with a size (a rule that hides the label may take the icon).
	const icon = [...el.querySelectorAll('.nk-icon, svg')].some((i) => i.getBoundingClientRect().width > 0 && getComputedStyle(i).display !== 'none');
	const blank = !icon && (el as HTMLElement).innerText.trim() === '' && !(el instanceof HTMLSelectElement);
	// clientHeight, not innerHeight: a mobile browser zoomed out over a page that is too wide reports a taller innerHeight.
	return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, vw, vh: document.documentElement.clientHeight, coveredBy: label, blank };
}

type ControlBox = NonNullable<ReturnType<typeof controlBox>>;
const onScreen = (b: ControlBox) => b.left >= -1 && b.right <= b.vw + 1 && b.top >= -1 && b.bottom <= b.vh + 1;
const box = (b: ControlBox) => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)} in ${b.vw}×${b.vh}`;
/** Why a shown control cannot be used, or undefined. */
const unusable = (b: ControlBox) => (!onScreen(b) ? `is off screen at ${box(b)}` : b.coveredBy ? `is covered by ${b.coveredBy} at ${box(b)}` : b.blank ? `shows neither words nor an icon at ${box(b)}` : undefined);

/** Every problem of one page in one view, as sentences; [] when it reflows. */
async function checkPage(page: Page, path: string, view: View): Promise<string[]> {
	await page.goto(baseUrl() + path);
	const seen = await page.evaluate(() => ({
		font: parseFloat(getComputedStyle(document.documentElement).fontSize),
		body: parseFloat(getComputedStyle(document.body).fontSize),
		width: document.documentElement.clientWidth,
		dpr: devicePixelRatio,
	}));
	if (seen.font !== view.expect.rootFontPx || seen.width !== view.expect.width || seen.dpr !== view.expect.dpr)
		return [`${path}: the page saw root font ${seen.font} px, width ${seen.width} px, devicePixelRatio ${seen.dpr}; expected ${JSON.stringify(view.expect)}`];
	// Text pinned in px does not grow with the phone's text size: the body must follow the root.
	if (seen.body < seen.font * 0.75) return [`${path}: body text is ${seen.body} px with a ${seen.font} px default: size it in rem or %, not px`];
	const problems: string[] = [];
	const flow = await page.evaluate(overflowReport);
	if (flow.scrollWidth > flow.vw + 1 || flow.culprits.length)
		problems.push(`${path}: ${flow.scrollWidth > flow.vw + 1 ? `scrolls sideways (${flow.scrollWidth} px wide in ${flow.vw} px)` : 'content is cut off at the side'}\n    ${flow.culprits.join('\n    ') || 'no single element found: look for negative margins or transforms'}`);
	const broken = await page.evaluate(brokenHeadingWords, WHOLE_WORD_LETTERS);
	if (broken.length) problems.push(`${path}: a heading breaks a word across two lines (headings too large for the line: see the heading sizes in theme.css)\n    ${broken.slice(0, 5).join('\n    ')}`);
	if (!(await page.locator('header.header').count())) return problems; // slides and print views have no site header
	let missing: string[] = [];
	// Only a page with a sidebar has a menu button (Starlight's home and 404 have none).
	const hasMenu = (await page.locator('nav.sidebar').count()) > 0;
	for (const [label, selector] of Object.entries(CONTROLS)) {
		if (label === 'menu button' && !hasMenu) continue;
		// The menu button sits outside the header element (fixed over it); the others are looked for in the header first.
		const b = await page.evaluate(controlBox, { selector: label === 'menu button' ? selector : `header.header ${selector}`, scroll: false });
		if (!b) missing.push(label);
		else if (unusable(b)) problems.push(`${path}: the ${label} (${selector}) ${unusable(b)}`);
	}
	const menu = page.locator(CONTROLS['menu button']);
	if (missing.length && (await menu.isVisible())) {
		// On a narrow screen Starlight moves the language and theme switches into the menu: open it and look there.
		try {
			await menu.click({ timeout: 5_000 });
		} catch {
			return [...problems, `${path}: the menu button cannot be tapped (something covers it)`];
		}
		missing = await findControls(page, path, missing, 'in the open menu', problems);
		const open = await page.evaluate(overflowReport);
		if (open.scrollWidth > open.vw + 1 || open.culprits.length) problems.push(`${path}: with the menu open, content sticks out\n    ${open.culprits.join('\n    ')}`);
		await page.keyboard.press('Escape');
	}
	// A page without a menu (no sidebar: home, 404) must offer them elsewhere on the page, at the foot for instance.
	if (missing.length) missing = await findControls(page, path, missing, 'on the page', problems);
	for (const label of missing) problems.push(`${path}: no ${label} (${CONTROLS[label as keyof typeof CONTROLS]}) in the header, in the menu or on the page`);
	return problems;
}

/** Scroll each shown control into view and check it is on screen; returns the labels not shown at all. */
async function findControls(page: Page, path: string, labels: string[], where: string, problems: string[]) {
	const notShown: string[] = [];
	for (const label of labels) {
		const selector = CONTROLS[label as keyof typeof CONTROLS];
		const b = await page.evaluate(controlBox, { selector, scroll: true });
		if (!b) {
			notShown.push(label);
			continue;
		}
		const why = unusable(b);
		if (why) problems.push(`${path}: ${where}, the ${label} (${selector}) ${why}`);
	}
	return notShown;
}

describe('large text and 320 px: every page type, both languages', () => {
	it('has every page type to check', () => {
		const missing = pageTypes().filter((t) => t.missing);
		expect(missing, JSON.stringify(missing)).toEqual([]);
	});
	for (const view of VIEWS) {
		it(`no sideways scrolling, no broken heading words, and the header controls on screen (${view.name})`, async () => {
			const context = await browser.newContext({ ...view.options, serviceWorkers: 'block' });
			const page = await openPage(context, view);
			const problems: string[] = [];
			for (const { type, lang, path } of pageTypePaths()) {
				for (const p of await checkPage(page, path, view)) problems.push(`[${type}, ${lang}] ${p}`);
			}
			await context.close();
			expect(problems, `${view.name}:\n${problems.join('\n')}`).toEqual([]);
		}, 300_000);
	}
});

describe('the reflow check itself', () => {
	const fixture = async (body: string) => {
		const context = await browser.newContext(VIEWS[0].options);
		const page = await openPage(context, VIEWS[0]);
		await page.route(`${baseUrl()}/__reflow-fixture/`, (route) =>
			route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="id"><head><meta name="viewport" content="width=device-width"><title>Uji</title></head><body style="margin:0">${body}</body></html>` }),
		);
		const text = (await checkPage(page, '/__reflow-fixture/', VIEWS[0])).join('\n');
		await context.close();
		return text;
	};
	const hidden = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';

	it('names a fixed-width grid column, a long word and a label escaping its scroll box, not a table scrolling in its box', async () => {
		const text = await fixture(`<main><div class="nk-grid" style="display:grid;grid-template-columns:12rem 12rem"><p>satu</p><p>dua</p></div>
			<p class="nk-long">https://contoh.example/sebuah-alamat-yang-sangat-panjang-sekali-tanpa-spasi</p>
			<div style="overflow-x:auto;position:relative"><table><tr><td class="fine" style="white-space:nowrap">tabel lebar yang boleh bergulir di kotaknya sendiri <span style="${hidden}">ya</span></td></tr></table></div>
			<div style="overflow-x:auto"><table><tr><td style="white-space:nowrap">kotak gulir tanpa position <span class="escapes" style="${hidden}">ya</span></td></tr></table></div></main>`);
		expect(text).toContain('scrolls sideways');
		expect(text).toMatch(/div\.nk-grid > p[^\n]*its parent is a grid with columns/);
		expect(text).toMatch(/p\.nk-long[^\n]*overflow-wrap: anywhere/);
		expect(text).toContain('span.escapes');
		expect(text).not.toContain('td.fine');
	});

	it('names a heading word broken across two lines, not a word too long for any line', async () => {
		const text = await fixture(`<main><h1 style="font-size:4rem;overflow-wrap:anywhere">Label broadcast</h1><h2 style="font-size:1rem;overflow-wrap:anywhere">Kepercayaanpelangganmu yang panjang</h2></main>`);
		expect(text).toMatch(/breaks a word[^]*"broadcast" in h1/);
		expect(text).not.toContain('Kepercayaanpelangganmu"');
	});

	it('finds a header control covered by another, or off screen, and none missing silently', async () => {
		const text = await fixture(`<header class="header"><a href="/">Naik Kelas</a>
			<nav class="sidebar"><button class="sl-menu-button" style="position:fixed;right:0;top:0">Menu</button></nav>
			<nk-search><button data-open style="position:fixed;right:0;top:0;width:10rem">Cari</button></nk-search>
			<starlight-lang-select><select style="position:fixed;left:-20rem;top:0"><option>Bahasa</option></select></starlight-lang-select></header><main><p>Isi</p></main>`);
		// A search button whose label and icon are both hidden: an empty box.
		const blank = await fixture(`<header class="header"><nk-search><button data-open style="width:3rem;height:3rem" aria-label="Cari"><span class="nk-icon" style="display:none"></span><span style="display:none">Cari</span></button></nk-search></header><main><p>Isi</p></main>`);
		expect(blank).toMatch(/the search \(nk-search button\[data-open\]\) shows neither words nor an icon/);
		expect(text).toMatch(/the menu button \(button\.sl-menu-button\) is covered by button "Cari"/);
		expect(text).toContain('the language switch (starlight-lang-select select) is off screen');
		expect(text).toContain('the menu button cannot be tapped');
	});
});
