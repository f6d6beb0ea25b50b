/**
 * Facts that stay fresh: the one place that says when a dated fact is due for a
 * re-check and when it is too old to show without a warning. Pure: every
 * function takes "today" from its caller, so tests use a fixed clock and no test
 * fails by the passage of time alone.
 *
 * Dated facts are web sources with a `checked` date (lessons, programs and
 * workshop plans) and `<KeyFact checked="YYYY-MM">` in a lesson's text.
 */
import type { Source } from '../../core/schemas/common.ts';

/** After this many months the build warns: the fact is due for a re-check. */
export const RECHECK_AFTER_MONTHS = 6;
/** After this many months the page itself tells the learner the fact may be out of date. */
export const STALE_AFTER_MONTHS = 18;

/** A `checked` value: a month (YYYY-MM) or a day (YYYY-MM-DD). */
export const CHECKED_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** Whole calendar months from `checked` to `today` (a fact checked on 2026-06-30 is 0 months old on 2026-07-29). */
export function ageInMonths(checked: string, today: Date): number {
	const m = CHECKED_PATTERN.exec(checked);
	if (!m) throw new Error(`checked date "${checked}" is not YYYY-MM or YYYY-MM-DD`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
	let months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - mo);
	if (today.getUTCDate() < d) months -= 1;
	return Math.max(0, months);
}

export type Freshness = 'fresh' | 'recheck' | 'stale';
/** fresh (under 6 months), recheck (the build warns), stale (the learner is told it may be out of date). */
export function freshness(checked: string, today: Date): Freshness {
	const age = ageInMonths(checked, today);
	if (age >= STALE_AFTER_MONTHS) return 'stale';
	if (age >= RECHECK_AFTER_MONTHS) return 'recheck';
	return 'fresh';
}

/** A web source: one with a `url`. */
export const isWebSource = (source: Source): source is Source & { url: string } => typeof source.url === 'string';

/**
 * A bare home page (`https://oss.go.id`, `https://www.facebook.com/help`): a url
 * with no path below its site or help-centre root. A specific page lets a
 * reviewer find the fact again.
 */
export function isHomePage(url: string): boolean {
	const { pathname, search, hash } = new URL(url);
	const parts = pathname.split('/').filter(Boolean);
	if (search || hash) return false;
	return parts.length === 0 || (parts.length === 1 && /^(help|edu|faq|id|en|bantuan)$/i.test(parts[0]!));
}

/** One dated fact, as the freshness report lists it. */
export interface DatedFact {
	/** File it is written in. */
	file: string;
	/** `source` (frontmatter / program source) or `key-fact` (a <KeyFact> in the text). */
	kind: 'source' | 'key-fact';
	/** What the fact rests on: the source title and url, or the KeyFact's source. */
	label: string;
	url?: string;
	/** YYYY-MM or YYYY-MM-DD; undefined for a web source marked `unchecked: true`. */
	checked?: string;
}

/** `<KeyFact … checked="2026-12" …>` tags in a lesson body, with their source and checked values. */
export function keyFactsIn(body: string): { source?: string; checked?: string; tag: string }[] {
	return (body.match(/<KeyFact\b[^>]*>/g) ?? []).map((tag) => ({
		tag,
		source: /\bsource="([^"]*)"/.exec(tag)?.[1],
		checked: /\bchecked="([^"]*)"/.exec(tag)?.[1],
	}));
}

/** Every dated fact of one file: its web sources and its dated KeyFacts. */
export function datedFactsOf(file: string, sources: readonly Source[], body = ''): DatedFact[] {
	return [
		...sources.filter(isWebSource).map((s): DatedFact => ({ file, kind: 'source', label: s.title, url: s.url, checked: s.checked })),
		...keyFactsIn(body)
			.filter((k) => k.checked)
			.map((k): DatedFact => ({ file, kind: 'key-fact', label: k.source ?? '(no source)', checked: k.checked })),
	];
}

/** The re-check to-do list: never-checked facts first, then oldest first; ties by file. */
export function toDoList(facts: readonly DatedFact[], today: Date): (DatedFact & { ageMonths?: number; freshness?: Freshness })[] {
	return facts
		.map((f) => (f.checked ? { ...f, ageMonths: ageInMonths(f.checked, today), freshness: freshness(f.checked, today) } : { ...f }))
		.sort((a, b) => (a.checked ?? '').localeCompare(b.checked ?? '') || a.file.localeCompare(b.file) || a.label.localeCompare(b.label));
}

/** The to-do list as text: one line per fact (age, checked, state, file, what), then a summary line. */
export function formatToDoList(facts: readonly DatedFact[], today: Date): string {
	const list = toDoList(facts, today);
	const lines = list.map((f) => {
		const age = f.ageMonths === undefined ? 'never' : `${f.ageMonths} mo`;
		const state = f.freshness ?? (f.url && isHomePage(f.url) ? 'unchecked, home page' : 'unchecked');
		return [age.padStart(6), (f.checked ?? '—').padEnd(10), state.padEnd(20), f.file, `${f.kind === 'key-fact' ? '<KeyFact> ' : ''}${f.label}${f.url ? ` <${f.url}>` : ''}`].join('  ');
	});
	const dated = list.filter((f) => f.checked);
	const count = (s: Freshness) => dated.filter((f) => f.freshness === s).length;
	const oldest = dated[0];
	const summary = [
		`${list.length} dated fact(s): ${dated.length} checked (${count('fresh')} fresh, ${count('recheck')} due for a re-check after ${RECHECK_AFTER_MONTHS} months, ${count('stale')} shown as possibly out of date after ${STALE_AFTER_MONTHS}), ${list.length - dated.length} never checked`,
		oldest ? `oldest check: ${oldest.checked} (${oldest.ageMonths} months) in ${oldest.file}` : 'no fact carries a check date yet',
	];
	return [...lines, '', ...summary].join('\n');
}
