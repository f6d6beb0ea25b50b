/**
 * A SCORM 1.2 package played by a real SCORM 1.2 run-time (scorm-again's Scorm12API, the LMS side) in Chromium:
 * a host page puts the run-time on window.API, as an LMS does, and opens the package's launch page in a frame;
 * the learner answers every self-check question (one wrongly first), and the LMS receives incomplete → completed
 * and the first-try score.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launch, newPage, DESKTOP } from '../../../tests/support/browser.ts';
import { startStaticServer } from '../../../tests/support/static-server.ts';
import { readZip } from '../../../tests/support/zip.ts';

// scorm-again's SCORM 1.2 build for a plain <script>: it defines window.Scorm12API, as an LMS page would load it.
const runtime = readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8');

interface ApiPath { id: string; lessons: string[]; scorm: { id: { url: string; bytes: number } } }
interface ApiLesson { id: string; selfCheck: { id: { options: { correct: boolean }[] }[] } }
const paths = (JSON.parse(readFileSync('dist/api/v1/paths.json', 'utf8')) as { paths: ApiPath[] }).paths;
const lessons = new Map((JSON.parse(readFileSync('dist/api/v1/lessons.json', 'utf8')) as { lessons: ApiLesson[] }).lessons.map((l) => [l.id, l]));
// The shortest path with at least two lessons: several lessons in one package, and a quick test.
const path = paths.filter((p) => p.lessons.length >= 2).sort((a, b) => a.lessons.length - b.lessons.length)[0]!;

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.js"></script>
<script>
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
window.lmsLog = [];
for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(name, () => window.lmsLog.push(name));
window.API.on('LMSSetValue', (element, value) => window.lmsLog.push(element + '=' + value));
</script></head>
<body><iframe id="sco" src="pkg/index.html" style="width:1000px;height:700px"></iframe></body></html>`;

let browser: Browser;
let server: Server;
let base = '';
beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'nk-scorm-'));
	const zip = readZip(readFileSync(join('dist', new URL(path.scorm.id.url).pathname)));
	for (const [name, data] of zip) {
		mkdirSync(dirname(join(dir, 'pkg', name)), { recursive: true });
		writeFileSync(join(dir, 'pkg', name), data);
	}
	writeFileSync(join(dir, 'scorm12.js'), runtime);
	writeFileSync(join(dir, 'index.html'), HOST);
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
	({ server, url: base } = await startStaticServer(dir));
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

const cmi = (page: Page, element: string) => page.evaluate((e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e), element);
const log = (page: Page) => page.evaluate(() => (window as unknown as { lmsLog: string[] }).lmsLog);
const launchFrame = (page: Page) => page.frames().find((f) => f.url().endsWith('/pkg/index.html'))!;
const lessonFrame = (page: Page, id: string): Frame | undefined => page.frames().find((f) => f.url().endsWith(`/pkg/lessons/${id}.html`));

describe('SCORM 1.2 package in a real SCORM 1.2 run-time', () => {
	it(`completes ${path.id} (${path.lessons.length} lessons) and reports the first-try score`, async () => {
		const { page } = await newPage(browser, DESKTOP);
		await page.goto(`${base}/`);
		await expect.poll(() => log(page)).toContain('cmi.core.lesson_status=incomplete');
		expect((await log(page))[0]).toBe('LMSInitialize');
		expect(await cmi(page, 'cmi.core.score.max')).toBe('100');

		let right = 0;
		let total = 0;
		for (const [li, id] of path.lessons.entries()) {
			const launchPage = launchFrame(page);
			await launchPage.locator(`[data-lesson-index="${li}"]`).click();
			await expect.poll(() => lessonFrame(page, id)?.locator('nk-self-check fieldset').count() ?? 0).toBeGreaterThan(0);
			const frame = lessonFrame(page, id)!;
			const questions = lessons.get(id)!.selfCheck.id;
			for (const qi of questions.keys()) {
				// The lesson's own questions (a retry question is a second chance, not a question of its own); options are
				// shown in a shuffled order, so they are picked by whether they are right, not by position.
				const fieldset = frame.locator('nk-self-check fieldset:not([data-retry])').nth(qi);
				// In the first lesson the first question is answered wrongly first: only the first answer counts.
				const wrongFirst = li === 0 && qi === 0;
				if (wrongFirst) await fieldset.locator('.nk-opt:not([data-correct]) input').first().check();
				await fieldset.locator('.nk-opt[data-correct="true"] input').check();
				total++;
				if (!wrongFirst) right++;
			}
			const last = li === path.lessons.length - 1;
			await expect.poll(() => launchPage.locator('.nk-done:not([hidden])').count()).toBe(li + 1);
			if (!last) expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
		}
		await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('completed');
		expect(await cmi(page, 'cmi.core.score.raw')).toBe(String(Math.round((100 * right) / total)));
		expect(right).toBe(total - 1);
		const statuses = (await log(page)).filter((e) => e.startsWith('cmi.core.lesson_status='));
		expect(statuses).toEqual(['cmi.core.lesson_status=incomplete', 'cmi.core.lesson_status=completed']);
		expect(await log(page)).toContain('LMSCommit');

		// Leaving the package ends the session.
		await page.evaluate(() => document.getElementById('sco')!.setAttribute('src', 'about:blank'));
		await expect.poll(() => log(page)).toContain('LMSFinish');
		// cmi.core.exit is write-only in SCORM 1.2: read what the package wrote.
		expect((await log(page)).filter((e) => e.startsWith('cmi.core.exit='))).toEqual(['cmi.core.exit=']);
	});
});
