import type { CrossFileRule, ParsedLesson } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';
import type { GlossaryTerm } from '../../../core/schemas/glossary.ts';
import { langPrefix } from '../../../core/locales.ts';
import { lessonProse, lineAt, lineText } from '../lesson-prose.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A form as a pattern: words in capitals (`HPP`, `P-IRT`) match only in capitals; other words in any case. Both
 * may carry a suffix (`HPP-nya`, `ongkirnya`, `captions`) but not be part of a longer word (`resi` is not in `resiko`),
 * a quick-reply shortcut (`/ongkir`) or a hashtag (`#ongkir`).
 */
export function formPattern(form: string): RegExp {
	const caps = /[A-Z]{2}/.test(form) && form === form.toUpperCase();
	return new RegExp(`(?<![\\p{L}\\p{N}/#])${escape(form)}(?:-?nya|-?mu|-?ku|s|es)?(?![\\p{L}\\p{N}])`, caps ? 'gu' : 'giu');
}

/** The glossary page's URL of a term in a language: `/kamus/#hpp`, `/en/kamus/#hpp`. */
export const glossaryHref = (lang: ParsedLesson['lang'], id: string) => `${langPrefix(lang)}/kamus/#${id}`;

/** Words that say the text right after a term explains it: "HPP (harga pokok…)", "Batch artinya…". */
const EXPLAINED_AFTER = /^\**\s*(?:\(|—|–|,?\s+(?:yaitu|adalah|artinya|berarti|singkatan dari|is|are|means|meaning|stands for)\b)/i;

/** Where a lesson first uses one of a term's forms in its learner text, and whether it is explained there. */
export function firstUse(lesson: Pick<ParsedLesson, 'body' | 'lang'>, term: GlossaryTerm): { offset: number; text: string; explained: boolean } | undefined {
	const forms = term.mustExplain?.[lesson.lang] ?? [];
	if (!forms.length) return undefined;
	const prose = lessonProse(lesson.body, { headings: true, trainerNotes: true, quotes: true });
	let first: { offset: number; text: string } | undefined;
	for (const form of forms) {
		const m = formPattern(form).exec(prose);
		if (m && (!first || m.index < first.offset)) first = { offset: m.index, text: m[0] };
	}
	if (!first) return undefined;
	const { body } = lesson;
	const end = first.offset + first.text.length;
	// Inside a link's text: the link goes to this term's entry.
	const open = body.lastIndexOf('[', first.offset);
	const close = body.indexOf('](', end);
	const inLink = open !== -1 && close !== -1 && !/[\]\n]/.test(body.slice(open + 1, first.offset)) && !/[[\n]/.test(body.slice(end, close));
	const href = glossaryHref(lesson.lang, term.id);
	const linked = inLink && body.startsWith(`](${href})`, close);
	// Explained in place: "ongkir (ongkos kirim)", "ongkos kirim (ongkir)", "Batch artinya satu kali produksi".
	const bracketed = body[first.offset - 1] === '(' && body[end] === ')';
	const explained = linked || bracketed || EXPLAINED_AFTER.test(body.slice(end));
	return { ...first, explained };
}

export const glossaryTermsExplained: CrossFileRule = {
	name: 'glossary-terms-explained',
	description: 'A lesson\'s first use of a glossary `mustExplain` word links to /kamus/#id or is explained in brackets right after it.',
	scope: 'content',
	check({ lessons, glossary }) {
		const errors: ContentError[] = [];
		for (const lesson of lessons) {
			for (const { data: term } of glossary) {
				const use = firstUse(lesson, term);
				if (!use || use.explained) continue;
				const href = glossaryHref(lesson.lang, term.id);
				errors.push({
					file: lesson.file,
					field: `(body, line ${lineAt(lesson.body, use.offset)})`,
					value: lineText(lesson.body, use.offset),
					message: `the first "${use.text}" in the lesson needs a link to the small dictionary, [${use.text}](${href}), or a short explanation in brackets right after it, e.g. "${use.text} (${term.meaning[lesson.lang].split(/[,.]/)[0]!.toLowerCase()})"`,
				});
			}
		}
		return errors;
	},
};
