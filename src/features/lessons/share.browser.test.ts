/**
 * Sharing a lesson from a phone, with navigator.share / canShare and the clipboard stubbed (a headless browser has
 * no share sheet): "Send this handout" hands the share sheet the handout as one HTML document (styles inlined, no
 * scripts); where files cannot be shared it falls back to the WhatsApp text link; "Copy for a WA group" copies the
 * title, a one-line description, the do-now step and the permanent link.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../../../tests/support/browser.ts';
import { useBrowser } from '../../../tests/support/use-browser.ts';
import { sourceCatalogue } from '../../../tests/support/dist.ts';
import { urls } from '../../core/urls.ts';
import { SITE_URL } from '../../core/site.ts';
import { ui } from '../../core/i18n/ui.ts';

const site = useBrowser({ nginx: true });

type Lesson = { title: string; description: string; lessonId: string; practice: { doNow?: { task: string; minutes: number } } };
const withDoNow = [...sourceCatalogue().lessons.id.values()].find((l) => (l.data as Lesson).practice.doNow)!;
const lesson = withDoNow.data as Lesson;

/** Stubs the share sheet and clipboard before the page's scripts run; what they receive lands in window.__shared. */
async function stub(page: Page, canShareFiles: boolean) {
	await page.addInitScript((canShareFiles) => {
		const w = window as unknown as { __shared: unknown[] };
		w.__shared = [];
		Object.defineProperty(navigator, 'canShare', { configurable: true, value: (data: { files?: File[] }) => canShareFiles || !data.files });
		Object.defineProperty(navigator, 'share', {
			configurable: true,
			value: async (data: { files?: File[]; title?: string; text?: string }) => {
				const file = data.files?.[0];
				w.__shared.push({ title: data.title, text: data.text, name: file?.name, type: file?.type, body: file ? await file.text() : undefined });
			},
		});
		Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void w.__shared.push({ clipboard: text }) } });
	}, canShareFiles);
}

describe('sharing a lesson', () => {
	it('"Send this handout" shares the handout as one HTML document', async () => {
		const { context, page } = await newPage(site.browser);
		await stub(page, true);
		await page.goto(`${site.url}${urls.lesson('id', withDoNow.slug)}`);
		await page.getByRole('button', { name: ui.id.lesson.sendHandout }).click();
		await page.waitForFunction(() => (window as unknown as { __shared: unknown[] }).__shared.length > 0);
		const [shared] = (await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)) as { name: string; type: string; title: string; body: string }[];
		expect(shared!.name).toBe(`${withDoNow.slug}.html`);
		expect(shared!.type).toBe('text/html');
		expect(shared!.title).toBe(lesson.title);
		expect(shared!.body).toContain('<style');
		expect(shared!.body).not.toMatch(/<script|rel="stylesheet"/);
		expect(shared!.body).toContain(`<base href="${site.url}${urls.print('id', withDoNow.slug)}">`);
		expect(shared!.body).toContain(lesson.title.replaceAll('&', '&amp;'));
		console.log(`handout document ${withDoNow.slug}.html: ${Buffer.byteLength(shared!.body)} bytes`);
		await context.close();
	});

	it('falls back to the WhatsApp text link where files cannot be shared', async () => {
		const { context, page } = await newPage(site.browser);
		await stub(page, false);
		let wa = '';
		await context.route('https://wa.me/**', (route) => {
			wa = route.request().url();
			return route.fulfill({ body: 'wa', contentType: 'text/plain' });
		});
		await page.goto(`${site.url}${urls.lesson('en', withDoNow.slug)}`);
		await page.getByRole('button', { name: ui.en.lesson.sendHandout }).click();
		await expect.poll(() => wa).toMatch(/^https:\/\/wa\.me\/\?text=/);
		expect(decodeURIComponent(new URL(wa).searchParams.get('text')!)).toContain(`${SITE_URL}${urls.lesson('en', withDoNow.slug)}`);
		await context.close();
	});

	it('"Copy for a WA group" copies title, one-line description, do-now step and permanent link', async () => {
		const { context, page } = await newPage(site.browser);
		await stub(page, true);
		await page.goto(`${site.url}${urls.lesson('id', withDoNow.slug)}`);
		await page.getByRole('button', { name: ui.id.lesson.copyForGroup }).click();
		const button = page.locator('[data-copy-summary]');
		await expect.poll(() => button.textContent()).toBe(ui.id.lesson.summaryCopied);
		const [copied] = (await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)) as { clipboard: string }[];
		const lines = copied!.clipboard.split('\n');
		expect(lines[0]).toBe(`*${lesson.title}*`);
		expect(lesson.description.replace(/\s+/g, ' ')).toContain(lines[1]!);
		expect(lines[2]).toBe(`${ui.id.lesson.summaryDoNow.replace('{n}', String(lesson.practice.doNow!.minutes))}: ${lesson.practice.doNow!.task}`);
		expect(lines[3]).toBe(`${SITE_URL}${urls.lessonPermalink('id', withDoNow.data && (withDoNow.data as Lesson).lessonId)}`);
		await context.close();
	});
});
