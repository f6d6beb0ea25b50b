import { z } from 'astro/zod';
import { perLanguage, bilingualText } from './common.ts';

/** Glossary ids are the anchors of the "Kamus kecil" page: `/kamus/#hpp`. */
export const GLOSSARY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One term of the small dictionary (`content/glossary.yaml`): a word the lessons use that a seller may not know,
 * explained in one everyday sentence with an example in Rupiah or from daily selling.
 */
export const glossaryTermSchema = z
	.object({
		/** Lower-case anchor on the glossary page, e.g. `hpp` for `/kamus/#hpp`. */
		id: z.string().regex(GLOSSARY_ID_PATTERN, 'glossary ids are lower-case words joined by hyphens, e.g. "hpp" or "arus-kas"'),
		/** The word as lessons write it, per language (e.g. `HPP`, `ongkir`). */
		term: bilingualText,
		/** One plain sentence: what it means. */
		meaning: bilingualText,
		/** One example from daily selling, with Rupiah where money is involved. */
		example: bilingualText,
		/**
		 * The forms a lesson may use, per language, for the rule `glossary-terms-explained`. An empty list (or no
		 * `mustExplain` at all) means lessons in that language need not explain the word. Words in capitals (`HPP`)
		 * match only in capitals; others match in any case, with a suffix such as -nya or a plural -s.
		 */
		mustExplain: perLanguage(() => z.array(z.string().trim().min(2)).default([])).optional(),
	})
	.strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
