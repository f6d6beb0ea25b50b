/**
 * axe-core in a Playwright page: the accessibility gate for every page type.
 * axe is injected from node_modules (no CDN) and run against WCAG 2.1 A/AA
 * plus axe's best practices (landmarks, headings, regions).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
	}, AXE_TAGS);
}

export const formatViolations = (path: string, violations: AxeViolation[]) =>
	violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');

export const COLOR_SCHEMES = ['dark', 'light'] as const;

/**
 * axe on the page as it is now, once per colour scheme, without loading it again:
 * Starlight's theme follows the system scheme while the page is open (its
 * data-theme switches), and the site's own CSS uses the media query directly.
 * Returns the formatted violations, each line naming the path and the scheme.
 */
export async function runAxeInEachScheme(page: Page, path: string): Promise<string[]> {
	const report: string[] = [];
	for (const colorScheme of COLOR_SCHEMES) {
		await page.emulateMedia({ colorScheme });
		await page.waitForFunction((s) => (document.documentElement.dataset.theme ?? s) === s, colorScheme);
		const violations = await runAxe(page);
		if (violations.length) report.push(formatViolations(`${path} (${colorScheme})`, violations));
	}
	return report;
}
