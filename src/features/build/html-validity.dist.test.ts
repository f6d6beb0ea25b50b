/**
 * Valid HTML (html-validate, tests/support/html-validate.ts) on EVERY built page, not one page per type: whether the
 * suite passes must not depend on which lesson sorts first. About 43 ms of CPU a page (26 s for 613 pages on the
 * 2026-12 build, several minutes of wall time on a busy machine), so it runs here and not in `npm run build`; the
 * build itself refuses broken links, anchors and missing alt text (site-gates.ts).
 *
 * The problems found when this check started (2026-12-02) are listed, page by page, in html-known-problems.json:
 * each is a real fix still to make (see the report of issue 19). Any problem not in that list fails, and so does a
 * listed problem that is gone (delete its line, so the list only shrinks).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listHtml } from './measure-dist.ts';
import { DIST } from '../../../tests/support/dist.ts';
import { validateHtml } from '../../../tests/support/html-validate.ts';
import known from './html-known-problems.json' with { type: 'json' };

const KNOWN = known as Record<string, Record<string, number>>;
const sitePath = (file: string) => `/${relative(DIST, file).replaceAll('\\', '/')}`.replace(/index\.html$/, '');

/** A page's problems as "rule: message" → how many times. */
async function problemsOf(file: string): Promise<Map<string, number>> {
	const found = new Map<string, number>();
	for (const line of await validateHtml(readFileSync(file, 'utf8'), sitePath(file))) {
		const key = line.replace(/^\S+:\d+:\d+ (\S+) /, '$1: ');
		found.set(key, (found.get(key) ?? 0) + 1);
	}
	return found;
}

/** Differences between what a page has and what the list says, as lines for the failure message. */
function compareWithKnown(page: string, found: Map<string, number>, known: Record<string, number> = {}): string[] {
	const out: string[] = [];
	for (const [key, n] of found) if (n > (known[key] ?? 0)) out.push(`${page} new: ${key}${n > 1 ? ` (×${n - (known[key] ?? 0)})` : ''}`);
	for (const [key, n] of Object.entries(known)) if ((found.get(key) ?? 0) < n) out.push(`${page} fixed, delete it from html-known-problems.json: ${key}`);
	return out;
}

const files = listHtml(DIST);
const sections = new Map<string, string[]>();
for (const file of files) {
	const section = sitePath(file).split('/').slice(1, sitePath(file).startsWith('/en/') ? 3 : 2).join('/') || '(home)';
	sections.set(section, [...(sections.get(section) ?? []), file]);
}

describe('valid HTML on every built page', () => {
	it('covers the whole site', () => {
		expect(files.length).toBeGreaterThan(100);
		const gone = Object.keys(KNOWN).filter((page) => !files.some((f) => sitePath(f) === page));
		expect(gone, 'pages listed in html-known-problems.json that the build no longer makes: delete them').toEqual([]);
	});
	for (const [section, pages] of sections) {
		it(`${section}: ${pages.length} page(s)`, { timeout: 600_000 }, async () => {
			const problems: string[] = [];
			for (const file of pages) problems.push(...compareWithKnown(sitePath(file), await problemsOf(file), KNOWN[sitePath(file)]));
			expect(problems, problems.join('\n')).toEqual([]);
		});
	}
	it('the validator fails invalid markup, and the known list does not hide a new problem (the gate works)', async () => {
		const bad = '<!doctype html><html lang="id"><head><title>x</title></head><body><p><div>block in p</div></p><img src="a.png"><a href="/a/" id="x">a</a><b id="x">dup</b></body></html>';
		const problems = await validateHtml(bad, 'fixture.html');
		expect(problems.join('\n')).toMatch(/wcag\/h37|no-missing-references|element-permitted-content|close-order/);
		expect(problems.join('\n')).toMatch(/no-dup-id/);
		const found = new Map([['no-dup-id: Duplicate ID "x"', 1], ['long-title: title text cannot be longer than 70 characters', 2]]);
		expect(compareWithKnown('/x/', found, { 'long-title: title text cannot be longer than 70 characters': 1, 'wcag/h37: <img> is missing required "alt" attribute': 1 })).toEqual([
			'/x/ new: no-dup-id: Duplicate ID "x"',
			'/x/ new: long-title: title text cannot be longer than 70 characters (×1)',
			'/x/ fixed, delete it from html-known-problems.json: wcag/h37: <img> is missing required "alt" attribute',
		]);
	});
});
