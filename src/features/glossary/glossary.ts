/** The small dictionary as a page shows it: terms in alphabetical order of the page's language, grouped by first letter. */
import type { GlossaryTerm } from '../../core/schemas/glossary.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';

export interface GlossaryLetter {
	letter: string;
	terms: GlossaryTerm[];
}

export function glossaryByLetter(terms: readonly GlossaryTerm[], lang: Lang): GlossaryLetter[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	const letters: GlossaryLetter[] = [];
	for (const term of [...terms].sort((a, b) => collator.compare(a.term[lang], b.term[lang]))) {
		const letter = term.term[lang].charAt(0).toLocaleUpperCase(lang);
		const last = letters.at(-1);
		if (last?.letter === letter) last.terms.push(term);
		else letters.push({ letter, terms: [term] });
	}
	return letters;
}
