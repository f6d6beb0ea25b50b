import { z } from 'astro/zod';
import { AUDIENCES, LANGS, ORG_TYPES, type Lang } from './vocabulary.ts';

/**
 * `content/search/words.yaml`: the words people type into search and what the
 * search dialog does with them (src/features/search/query.ts), per language.
 * What each list is for: the comments at the top of that file and content/AUTHORING.md.
 */
const word = z
	.string()
	.min(1)
	.regex(/^[\p{Ll}\p{N}&'-]+(?: [\p{Ll}\p{N}&'-]+)*$/u, 'lower-case words with single spaces (letters, digits, & \' -)');

const wordList = z.array(word).superRefine((words, ctx) => {
	const seen = new Set<string>();
	for (const [i, w] of words.entries()) {
		if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" is listed twice` });
		seen.add(w);
	}
});

const groups = <K extends string>(keys: readonly [K, ...K[]]) => z.partialRecord(z.enum(keys), wordList);

export const searchWordsLangSchema = z
	.object({
		forms: z.record(word, word),
		filler: wordList,
		keep: wordList,
		programs: wordList,
		audience: groups(AUDIENCES),
		orgType: groups(ORG_TYPES),
	})
	.strict()
	.superRefine((lang, ctx) => {
		// A word typed can mean only one thing.
		const filler = new Set(lang.filler);
		for (const form of Object.keys(lang.forms)) {
			if (filler.has(form)) ctx.addIssue({ code: 'custom', path: ['forms', form], message: `"${form}" is also a filler word: keep it in one list` });
		}
	});

export const searchWordsSchema = z.object(Object.fromEntries(LANGS.map((lang) => [lang, searchWordsLangSchema])) as Record<Lang, typeof searchWordsLangSchema>).strict();
export type SearchWordsLang = z.infer<typeof searchWordsLangSchema>;
export type SearchWords = z.infer<typeof searchWordsSchema>;
