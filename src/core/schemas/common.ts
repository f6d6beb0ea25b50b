import { z } from 'astro/zod';
import { LANGS, LESSON_ID_PATTERN, type Lang } from './vocabulary.ts';

/** Language names for authors' messages, in English: 'Indonesian', 'English'. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** One value per site language (src/core/locales.ts), every one required: no page ships in one language only. */
export const perLanguage = <T extends z.ZodType>(value: (lang: Lang) => T) =>
	z.object(Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Record<Lang, T>);

/** Text in every site language: `id` (Bahasa Indonesia, the source) and `en` (English). */
export const bilingualText = perLanguage((lang) => z.string().trim().min(1, `${LANGUAGE_NAMES.of(lang)} text (${lang}) must not be empty`));

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2026-11-22'),
);

export const lessonIdRef = z
	.string()
	.regex(LESSON_ID_PATTERN, 'lesson ids are lowercase words joined by hyphens, e.g. "hpp-cost-of-goods"');

/**
 * Where a fact comes from. Facts from the research seeds name the seed file;
 * facts from the web name the page and when it was checked.
 */
export const sourceSchema = z
	.object({
		/** Human-readable title of the source. */
		title: z.string().min(3),
		/** File name of a research seed in `shared/seeds/`, e.g. `004_6615246d18e62d82.txt`. */
		seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'seed must be a file name from shared/seeds/').optional(),
		/** Public URL of the source, if it has one. */
		url: z.url().optional(),
		/** Publisher or author. */
		publisher: z.string().optional(),
		/** Year the source was published (facts that change must be dated). */
		year: z.number().int().min(1990).max(2100).optional(),
		/** Page or section inside the source, to help a reviewer find the fact. */
		section: z.string().optional(),
		/** The day someone last opened `url` and found the fact still there (YYYY-MM-DD). */
		checked: isoDate.optional(),
		/**
		 * `true`: this web source was cited before check dates existed and nobody has yet re-read the fact at `url`.
		 * Honest placeholder for `checked`: `npm run freshness` lists these first (rule `web-source-checked`).
		 */
		unchecked: z.literal(true).optional(),
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;
