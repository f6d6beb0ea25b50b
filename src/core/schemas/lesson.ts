import { z } from 'astro/zod';
import { PLATFORMS, STAGES, TOPICS } from './vocabulary.ts';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonIdRef, pastDate, sourceSchema, webUrl } from './common.ts';

/** One answer option of a self-check question. */
export const selfCheckOption = z
	.object({
		/** The option as the learner reads it. */
		text: z.string().min(1),
		/** Exactly one option per question is correct. */
		correct: z.boolean().default(false),
		/** Why this option is right or wrong: shown as instant feedback and in the printed answer key. */
		explain: z.string().min(5, 'every option needs a short explanation (explain)'),
	})
	.strict();

const exactlyOneCorrect = {
	check: (q: { options: { correct: boolean }[] }) => q.options.filter((o) => o.correct).length === 1,
	message: 'exactly one option must have correct: true',
};

/** A second question on the same point, offered after a wrong first answer ("try another one"). */
export const retryQuestion = z
	.object({
		question: z.string().min(5),
		options: z.array(selfCheckOption).min(2, 'a question needs at least 2 options').max(4, 'keep it to at most 4 options'),
	})
	.strict()
	.refine(exactlyOneCorrect.check, { message: exactlyOneCorrect.message, path: ['options'] });

export const selfCheckQuestion = z
	.object({
		/** The question, in plain words: about what to do, not what a report said. */
		question: z.string().min(5),
		options: z.array(selfCheckOption).min(2, 'a question needs at least 2 options').max(4, 'keep it to at most 4 options'),
		/** Optional second question on the same point, shown when the first answer was wrong. */
		retry: retryQuestion.optional(),
	})
	.strict()
	.refine(exactlyOneCorrect.check, { message: exactlyOneCorrect.message, path: ['options'] });

/** Where a do-now result goes in the learner's business book ("Buku Usahaku"), if it is a figure or draft worth keeping. */
export const BUSINESS_BOOK_KEYS = ['hpp', 'selling-price', 'weekly-capacity', 'caption-draft', 'photo-checklist', 'price-list', 'note'] as const;

/** "Lakukan sekarang" / "Do it now": one step she finishes on the phone in 10 minutes or less, leaving a concrete result. */
export const doNowSchema = z
	.object({
		/** The one step, as an instruction ("Tulis HPP satu produkmu di catatan HP"). */
		task: z.string().min(10),
		/** Honest minutes for this step on a phone: 1–10. */
		minutes: z.number().int().min(1).max(10, 'a do-now step takes at most 10 minutes: move the rest to the checklist (this week)'),
		/** What she has afterwards: a number written down, a photo taken, a message drafted, a setting changed. */
		result: z.string().min(5),
		/** Business-book entry the result is saved as, when it is a figure or draft a later lesson can reuse. */
		saveAs: z.enum(BUSINESS_BOOK_KEYS).optional(),
	})
	.strict();

/** The hands-on task every lesson ends with, done with the learner's own business. */
export const practiceSchema = z
	.object({
		/** Short name of the task, e.g. "Catat jualan 7 hari". */
		title: z.string().min(3),
		/** What to do, in one or two sentences. */
		task: z.string().min(10),
		/** The do-now step (shown first, as "Lakukan sekarang"). */
		doNow: doNowSchema.optional(),
		/** Concrete steps the learner ticks off; ticks are saved on the device. With a do-now step these are the "this week" steps. */
		checklist: z.array(z.string().min(3)).min(3, 'a practice checklist needs at least 3 items').max(8),
	})
	.strict();

/**
 * Frontmatter of a lesson (`src/content/docs/belajar/*.mdx` and its English twin
 * under `en/belajar/`). These fields extend Starlight's own (title, description…).
 */
export const lessonFields = {
	/** Permanent id. Never changes, even when the file is renamed or moved; the JSON API and `/l/<id>/` use it. */
	lessonId: lessonIdRef,
	/** The stage of the report's stage model this lesson belongs to. */
	stage: z.enum(STAGES),
	/** One or more topics. */
	topics: z.array(z.enum(TOPICS)).min(1, 'name at least one topic'),
	/** Platform families the lesson is about (empty when it applies to any platform). */
	platforms: z.array(z.enum(PLATFORMS)).default([]),
	/** Reading and doing time, 5–15 minutes: lessons are short on purpose. */
	durationMinutes: z.number().int().min(5, 'lessons take at least 5 minutes').max(15, 'lessons take at most 15 minutes: split a longer one'),
	/** What the learner will be able to do, 2–5 items starting with a verb. */
	objectives: z.array(z.string().min(5)).min(2).max(5),
	/** Lesson ids to take first. */
	prerequisites: z.array(lessonIdRef).default([]),
	/** Words people actually type, incl. informal words, abbreviations and brand names (used by search). */
	keywords: z.array(z.string().min(2)).min(3, 'give at least 3 keywords people would type'),
	/** Where the facts come from (seed files or dated public pages). */
	sources: z.array(sourceSchema).min(1, 'cite at least one source'),
	/** Date of the last meaningful content change. */
	updated: pastDate,
	/** The practice task at the end of the lesson. */
	practice: practiceSchema,
	/** 3–5 self-check questions with an explanation for every option. */
	selfCheck: z.array(selfCheckQuestion).min(3, 'a self-check needs 3–5 questions').max(5, 'a self-check needs 3–5 questions'),
};

/**
 * Frontmatter keys Starlight itself understands (title, description, sidebar, head, template…), read from its own
 * schema so a Starlight upgrade that adds a key needs no change here.
 */
export const STARLIGHT_KEYS: readonly string[] = Object.keys(docsSchema()({ image: () => z.any() } as never).shape);

/**
 * Length limits, from the corpus of 2026-12 with headroom (longest title 73 characters, longest description 201):
 * a title fits a phone's lesson header and a slide; a description fits a search result and a link preview.
 */
export const TITLE_MAX = 90;
export const DESCRIPTION_MAX = 260;

/** Keys a lesson may have: Starlight's own and ours. */
export const LESSON_KEYS: readonly string[] = [...new Set([...STARLIGHT_KEYS, 'title', 'description', ...Object.keys(lessonFields)])];

/** The closest allowed key to a misspelt one (at most 3 edits away), for "did you mean". */
export function closestKey(key: string, keys: readonly string[] = LESSON_KEYS): string | undefined {
	const distance = (a: string, b: string) => {
		const row = Array.from({ length: b.length + 1 }, (_, i) => i);
		for (let i = 1; i <= a.length; i++) {
			let prev = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const cur = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
				prev = cur;
			}
		}
		return row[b.length]!;
	};
	const best = keys.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d)[0];
	return best && best.d <= 3 ? best.k : undefined;
}

/**
 * The full, strict lesson frontmatter, as the content guard checks it: every key must be one of ours or Starlight's,
 * so a misspelt key (`prerequisite:`, `lessonID:`) fails instead of being silently ignored.
 */
export const lessonFrontmatterSchema = z
	.object({
		title: z.string().min(3).max(TITLE_MAX, `keep the title to ${TITLE_MAX} characters: it must fit a phone's lesson header and a slide`),
		description: z.string().min(20, 'describe the lesson in one sentence (description)').max(DESCRIPTION_MAX, `keep the description to one sentence of at most ${DESCRIPTION_MAX} characters`),
		...lessonFields,
		/** Starlight's own key, held to the same rule as every link from content: a web address (or true/false). */
		editUrl: z.union([webUrl, z.boolean()]).optional(),
	})
	.catchall(z.unknown())
	.superRefine(
		(data, ctx) => {
			if (data === null || typeof data !== 'object') return;
			for (const key of Object.keys(data)) {
				if (LESSON_KEYS.includes(key)) continue;
				const near = closestKey(key);
				ctx.addIssue({ code: 'custom', path: [key], input: data[key], message: `unknown frontmatter key${near ? `: did you mean "${near}"?` : ''} (lesson keys are listed in src/core/schemas/lesson.ts; Starlight's own keys are allowed too)` });
			}
		},
		// Also when another field is wrong: a misspelt `lessonID` must be named next to the missing `lessonId`.
		{ when: () => true },
	);
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
