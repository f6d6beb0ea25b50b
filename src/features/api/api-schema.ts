/**
 * The shape of the public JSON API (`/api/v1/*.json`). Tests validate the built
 * files against these schemas, and `/api/v1/schema/*.json` publishes them as
 * JSON Schema for program makers.
 */
import { z } from 'astro/zod';
import { PLATFORMS, STAGES, TOPICS } from '../../core/schemas/vocabulary.ts';
import { bilingualText, perLanguage } from '../../core/schemas/common.ts';
import { programSchema } from '../../core/schemas/program.ts';
import { receiptSchema } from '../evidence/receipt-schema.ts';

const urlPair = perLanguage(() => z.url()).strict();
const version = z.literal(1);
/** A SCORM 1.2 package (ZIP) in each language. */
const scormPair = perLanguage(() => z.object({ url: z.url(), /** Size of the ZIP file. */ bytes: z.number().int().positive() }).strict()).strict();
const selfCheckApi = z.array(
	z
		.object({
			question: z.string(),
			options: z.array(z.object({ text: z.string(), correct: z.boolean(), /** Why this option is right or wrong. */ explain: z.string() }).strict()).min(2),
		})
		.strict(),
);

export const lessonsApiSchema = z
	.object({
		version,
		lessons: z.array(
			z
				.object({
					/** Permanent lesson id. */
					id: z.string(),
					stage: z.enum(STAGES),
					topics: z.array(z.enum(TOPICS)),
					platforms: z.array(z.enum(PLATFORMS)),
					durationMinutes: z.number().int(),
					prerequisites: z.array(z.string()),
					title: bilingualText,
					description: bilingualText,
					objectives: perLanguage(() => z.array(z.string())).strict(),
					/** Page URL in each language. */
					url: urlPair,
					/** Permanent URL that follows the lesson if its file moves. */
					permalink: urlPair,
					/** The lesson as projector slides. */
					slides: urlPair,
					updated: z.string(),
					/** Added 2026-12-01: the self-check questions, exactly one correct option each, every option explained. */
					selfCheck: perLanguage(() => selfCheckApi).strict(),
					/** Added 2026-12-01: the questions as a Moodle GIFT file. */
					gift: urlPair,
					/** Added 2026-12-01: the lesson as a SCORM 1.2 package. */
					scorm: scormPair,
				})
				.strict(),
		),
	})
	.strict();

export const stagesApiSchema = z
	.object({
		version,
		stages: z.array(z.object({ id: z.enum(STAGES), order: z.number().int(), name: bilingualText, description: bilingualText, doneWhen: bilingualText, url: urlPair }).strict()),
	})
	.strict();

export const pathsApiSchema = z
	.object({
		version,
		paths: z.array(
			z
				.object({
					id: z.string(),
					kind: z.enum(['stage', 'persona']),
					stage: z.enum(STAGES).optional(),
					title: bilingualText,
					description: bilingualText,
					audience: bilingualText,
					lessons: z.array(z.string()).min(1),
					durationMinutes: z.number().int(),
					url: urlPair,
					/** Added 2026-12-01: every lesson's questions as one Moodle GIFT file. */
					gift: urlPair,
					/** Added 2026-12-01: the path as a SCORM 1.2 package. */
					scorm: scormPair,
				})
				.strict(),
		),
	})
	.strict();

export const programsApiSchema = z.object({ version, programs: z.array(programSchema.extend({ url: urlPair })) }).strict();

export const API_SCHEMAS = {
	lessons: lessonsApiSchema,
	stages: stagesApiSchema,
	paths: pathsApiSchema,
	programs: programsApiSchema,
	program: programSchema,
	/** Added 2026-12-02: a learning receipt once decoded (the code format is on the trainer page). */
	receipt: receiptSchema,
} as const;
