/**
 * Measures search quality the way a person meets it: the suite's queries
 * (search-suite.ts) are typed into the real search dialog of a built page, and
 * what the dialog shows is scored: top-1, top-3 and MRR@5 per kind of query,
 * and for topics the site lacks, whether the dialog said so instead of
 * presenting an unrelated page as the answer.
 *
 * Used by the browser test and by `npm run bench` (both drive Chromium through
 * playwright-core; only its types are imported here).
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { langPrefix } from '../../core/locales.ts';
import { KIND_LABELS, type SearchKind } from './search-facets.ts';
import { QUERY_KINDS, type QueryKind, type SuiteCase, type Want } from './search-suite.ts';

/** What the dialog showed for one query. */
export interface DialogAnswer {
	/** The first results, in order: link path and the kind label shown on it. */
	results: { url: string; kind?: string }[];
	/** `all`: pages with every meaningful word; `closest`: the labelled fallback; `none`: nothing listed. */
	match: 'all' | 'closest' | 'none';
	/** The dialog said the topic is not (yet) on the site. */
	notHere: boolean;
}

export interface CaseResult extends SuiteCase {
	answer: DialogAnswer;
	/** 1-based rank of the first right result within the first 5, or 0. For `absent`: 1 when the dialog was honest. */
	rank: number;
}

export interface Scores {
	n: number;
	top1: number;
	top3: number;
	mrr5: number;
}

/** Lesson id → its page path without the language prefix (`/belajar/<slug>/`). */
export type LessonPaths = ReadonlyMap<string, string>;

export function isRight(want: Want, hit: DialogAnswer['results'][number], lang: Lang, lessonPaths: LessonPaths): boolean {
	const prefix = langPrefix(lang);
	if (want.startsWith('kind:')) return hit.kind === KIND_LABELS[want.slice(5) as SearchKind][lang];
	if (want.startsWith('/')) return hit.url === prefix + want;
	const path = lessonPaths.get(want);
	if (!path) throw new Error(`search suite: unknown lesson id "${want}"`);
	return hit.url === prefix + path;
}

/**
 * An absent topic is answered honestly when the dialog says it is not here,
 * or lists nothing, or lists only the labelled "closest" fallback: never an
 * unrelated page presented as a full match.
 */
export const isHonest = (a: DialogAnswer): boolean => a.notHere || a.match !== 'all';

export function rankOf(c: SuiteCase, answer: DialogAnswer, lang: Lang, lessonPaths: LessonPaths): number {
	if (c.kind === 'absent') return isHonest(answer) ? 1 : 0;
	const i = answer.results.slice(0, 5).findIndex((hit) => c.want.some((w) => isRight(w, hit, lang, lessonPaths)));
	return i + 1;
}

export function score(results: readonly CaseResult[]): Scores {
	const n = results.length;
	if (!n) return { n, top1: 0, top3: 0, mrr5: 0 };
	const top1 = results.filter((r) => r.rank === 1).length / n;
	const top3 = results.filter((r) => r.rank >= 1 && r.rank <= 3).length / n;
	const mrr5 = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n;
	return { n, top1, top3, mrr5 };
}

/** Scores of the answerable queries overall, per kind, and the honesty rate of the absent ones. */
export function report(results: readonly CaseResult[]): { answerable: Scores; byKind: Partial<Record<QueryKind, Scores>>; absentHonest: Scores } {
	const answerable = score(results.filter((r) => r.kind !== 'absent'));
	const byKind: Partial<Record<QueryKind, Scores>> = {};
	for (const kind of QUERY_KINDS) {
		const of = results.filter((r) => r.kind === kind);
		if (of.length) byKind[kind] = score(of);
	}
	return { answerable, byKind, absentHonest: score(results.filter((r) => r.kind === 'absent')) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);
export const formatScores = (label: string, s: Scores) => `${label.padEnd(22)} n=${String(s.n).padStart(3)}  top-1 ${pct(s.top1)}  top-3 ${pct(s.top3)}  MRR@5 ${s.mrr5.toFixed(3)}`;

export function formatReport(lang: string, results: readonly CaseResult[]): string {
	const r = report(results);
	const lines = [formatScores(`${lang} answerable`, r.answerable)];
	for (const [kind, s] of Object.entries(r.byKind)) if (kind !== 'absent') lines.push(formatScores(`  ${kind}`, s));
	lines.push(`${`${lang} absent topics`.padEnd(22)} n=${String(r.absentHonest.n).padStart(3)}  answered honestly ${pct(r.absentHonest.top1)}`);
	return lines.join('\n');
}

export function misses(results: readonly CaseResult[]): string[] {
	return results
		.filter((r) => (r.kind === 'absent' ? r.rank === 0 : r.rank !== 1))
		.map((r) => `  [${r.kind}] "${r.q}": ${r.kind === 'absent' ? 'presented as a match' : `wanted ${r.want.join(' | ')}${r.rank ? ` (rank ${r.rank})` : ''}`}; got ${r.answer.match}${r.answer.notHere ? ' + not-here' : ''}: ${r.answer.results.map((h) => h.url).join(', ') || 'nothing'}`);
}

/**
 * Opens the search dialog on `page` (already on a page of the right language)
 * and asks it every query, as a person types: the dialog's own debounce, its
 * own query handling and ranking. Works on the dialog before and after query
 * understanding (a dialog without `data-match` counts any list as a full match).
 */
export async function askDialog(page: Page, queries: readonly string[]): Promise<DialogAnswer[]> {
	await page.locator('nk-search [data-open]').click();
	await page.locator('nk-search [data-results]').waitFor({ state: 'attached' });
	// The dialog code and Pagefind have loaded once the "loading" status is gone.
	await page.waitForFunction(() => {
		const root = document.querySelector<HTMLElement>('nk-search')!;
		return root.querySelector('[role=status]')!.textContent === '' && !!root.querySelector('input')!.form;
	});
	const answers: DialogAnswer[] = [];
	for (const q of queries) {
		answers.push(
			await page.evaluate(async (q) => {
				const root = document.querySelector<HTMLElement>('nk-search')!;
				const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
				const list = root.querySelector<HTMLElement>('[data-results]')!;
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
				await sleep(260);
				const started = Date.now();
				while (list.hasAttribute('aria-busy') && Date.now() - started < 15_000) await sleep(20);
				// MRR@5 needs a fifth result: the dialog shows fewer at first, "show more" adds the rest.
				const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
				const shown = list.children.length;
				if (shown > 0 && shown < 5 && !more.hidden) {
					more.click();
					while (list.children.length === shown && Date.now() - started < 15_000) await sleep(20);
				}
				const results = [...list.querySelectorAll(':scope > li')].map((li) => ({
					url: new URL(li.querySelector('a')!.href).pathname,
					kind: li.querySelector('.nk-result-kind')?.textContent ?? undefined,
				}));
				const declared = root.dataset.match as 'all' | 'closest' | 'none' | undefined;
				const notHere = root.querySelector<HTMLElement>('[data-not-here]');
				return { results, match: results.length === 0 ? 'none' : (declared ?? 'all'), notHere: !!notHere && !notHere.hidden };
			}, q),
		);
	}
	return answers;
}

/** Runs a language's suite in the dialog and scores each case. */
export async function runSuite(page: Page, lang: Lang, cases: readonly SuiteCase[], lessonPaths: LessonPaths): Promise<CaseResult[]> {
	const answers = await askDialog(
		page,
		cases.map((c) => c.q),
	);
	return cases.map((c, i) => ({ ...c, answer: answers[i]!, rank: rankOf(c, answers[i]!, lang, lessonPaths) }));
}
