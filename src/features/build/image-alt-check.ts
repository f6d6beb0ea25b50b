/**
 * Every image says what it shows, in the page's language. Checked on built
 * HTML (our <Figure> already refuses a missing alt at build time; this also
 * covers images from other components and raw Markdown images).
 * The language test is a simple word count: enough to catch an English page
 * that kept the Indonesian alt text of the image it copied, or the reverse.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { asElements, type PageElement, type PageInput } from './link-check.ts';

const WORDS: Record<Lang, Set<string>> = {
	id: new Set('yang dan di ke dari untuk dengan ini itu atau tidak ada pada juga akan bisa sudah lebih seperti dalam agar supaya karena'.split(' ')),
	en: new Set('the and of to with for is are this that from on in a an your you by or not be can will more than'.split(' ')),
};

/** 'id' | 'en' when the text clearly reads as one language, else undefined (short or mixed text). */
export function languageOf(text: string): Lang | undefined {
	const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
	const id = words.filter((w) => WORDS.id.has(w)).length;
	const en = words.filter((w) => WORDS.en.has(w)).length;
	if (id >= 2 && id > en * 2) return 'id';
	if (en >= 2 && en > id * 2) return 'en';
	return undefined;
}

export interface AltProblem {
	src: string;
	reason: string;
}

/** Images without alt text, or with alt text in the other language. Decorative images must say so (aria-hidden or role="presentation"). */
export function checkImageAlts(html: PageInput | PageElement[], lang: Lang): AltProblem[] {
	const problems: AltProblem[] = [];
	for (const img of asElements(html)) {
		if (img.tagName !== 'img') continue;
		const src = img.attr('src') ?? '(no src)';
		const decorative = img.attr('aria-hidden') === 'true' || /^(?:presentation|none)$/.test(img.attr('role') ?? '');
		const alt = img.attr('alt');
		if (alt === undefined) {
			problems.push({ src, reason: 'no alt attribute' });
			continue;
		}
		const text = alt.trim();
		if (!text) {
			if (!decorative) problems.push({ src, reason: 'empty alt on an image that is not marked decorative (aria-hidden="true" or role="presentation")' });
			continue;
		}
		const found = languageOf(text);
		if (found && found !== lang) problems.push({ src, reason: `alt text reads as ${found === 'id' ? 'Indonesian' : 'English'} on a ${lang} page: "${text}"` });
	}
	return problems;
}
