/**
 * How program values read on a page: `unknown` becomes a plain "Not known",
 * bilingual text picks the page's language, dates read as people write them.
 */
import type { Bilingual, Lang } from '../../core/schemas/vocabulary.ts';

export interface ValueWords {
	notKnown: string;
	free?: string;
	none?: string;
}

/** A program value that may be `unknown`, `free`, `none` or bilingual text. */
export function textOf(value: string | Bilingual, lang: Lang, words: ValueWords): string {
	if (typeof value === 'object') return value[lang];
	if (value === 'unknown') return words.notKnown;
	if (value === 'free' && words.free) return words.free;
	if (value === 'none' && words.none) return words.none;
	return value;
}

/** Region names are written as in the source; `national` and `unknown` get words. */
export function regionText(region: string, words: { national: string; notKnown: string }): string {
	if (region === 'national') return words.national;
	if (region === 'unknown') return words.notKnown;
	return region;
}

/** The host name of a website, to show a short link text. */
export function hostOf(url: string): string {
	try {
		return new URL(url).host.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/** Split text at `backticks` so a component can render the code parts as <code>. */
export function codeSegments(text: string): { code: boolean; text: string }[] {
	return text
		.split(/`([^`]+)`/)
		.map((part, i) => ({ code: i % 2 === 1, text: part }))
		.filter((s) => s.text !== '');
}
