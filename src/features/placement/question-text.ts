/**
 * The words of the placement questions in one language, from the strings files
 * (`placement.questions.<id>` in src/core/i18n/strings/<lang>.ts). For build-time
 * components only: browser scripts get the few texts they need from the page, so
 * their bundle does not carry every UI string.
 */
import { t } from '../../core/i18n/ui.ts';
import type { Lang } from '../../core/locales.ts';
import type { PlacementQuestion } from './placement.ts';

export interface QuestionText {
	text: string;
	/** One short line that helps answer (shown under the question). */
	hint?: string;
	/** Option text by option value. */
	options: Record<string, string>;
}

/** The text of a question, its hint and its options in `lang`; throws if the strings miss it (the unit test says which). */
export function questionText(lang: Lang, question: Pick<PlacementQuestion, 'id'>): QuestionText {
	const text = (t(lang).placement.questions as Record<string, QuestionText>)[question.id];
	if (!text) throw new Error(`No text for placement question "${question.id}" in src/core/i18n/strings/${lang}.ts`);
	return text;
}
