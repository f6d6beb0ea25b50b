/**
 * A learning receipt once decoded (receipt.ts), as JSON Schema for program makers
 * (`/api/v1/schema/receipt.json`): what the trainer page's CSV and a program's own
 * tools can rely on. The short code itself is described in receipt.ts and on the trainer page.
 */
import { z } from 'astro/zod';
import { MAX_DO_NOW, MAX_DO_NOW_TEXT, MAX_NAME_BYTES, RECEIPT_FORMAT } from './receipt.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const lessonResult = z
	.object({
		/** Permanent lesson id (as in /api/v1/lessons.json). */
		lesson: id,
		/** She marked the lesson finished. */
		finished: z.boolean(),
		/** First tries at the lesson's self-check: question index (0-based, the lesson's order) → right on the first try. */
		firstTry: z.record(z.string().regex(/^\d{1,2}$/), z.boolean()),
	})
	.strict();
const mark = z
	.object({
		/** Stage id (as in /api/v1/stages). */
		stage: z.enum(['consistency', 'finance-basics', 'social-commerce', 'product-branding', 'level-up', 'growth']),
		/** The day of that result, YYYY-MM-DD. */
		at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	})
	.strict();
const check = z.object({ /** Workshop plan id. */ workshop: id, lessons: z.array(lessonResult) }).strict();

export const receiptSchema = z
	.object({
		/** Version of the receipt format; a newer one is refused by an older trainer page. */
		format: z.literal(RECEIPT_FORMAT),
		/** The day she made it (her phone's clock), YYYY-MM-DD. */
		made: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
		/** The name she typed, at most 40 UTF-8 bytes. */
		name: z.string().max(MAX_NAME_BYTES).optional(),
		/** The `program=<tag>` of the link she started from. */
		program: id.max(32).optional(),
		/** Self-reported: lessons she finished and her first tries. */
		lessons: z.array(lessonResult),
		/** Do-now results she chose to include from her business book (off unless she ticks them). */
		doNow: z.array(z.object({ lesson: id, /** Business-book key. */ key: z.string(), text: z.string().max(MAX_DO_NOW_TEXT) }).strict()).max(MAX_DO_NOW),
		/** The before check of a workshop plan. */
		pre: check.optional(),
		/** The after check of the same plan. */
		post: check.optional(),
		/** Her first and latest "Mulai dari mana?" results, when she chose to include them (the same result twice when she took it once). */
		placement: z.object({ /** The first result (then). */ first: mark, /** The latest result (now). */ latest: mark }).strict().optional(),
	})
	.strict();
