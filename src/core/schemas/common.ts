import { z } from 'astro/zod';
import { LESSON_ID_PATTERN } from './vocabulary.ts';

/** Text that exists in both site languages. Both are required: no page ships in one language only. */
export const bilingualText = z.object({
	/** Bahasa Indonesia (default language). */
	id: z.string().trim().min(1, 'Indonesian text (id) must not be empty'),
	/** English translation. */
	en: z.string().trim().min(1, 'English text (en) must not be empty'),
});

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
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;
