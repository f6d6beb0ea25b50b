import { z } from 'astro/zod';
import { ARCHETYPES, AUDIENCES, DELIVERY, ORG_TYPES, PLATFORMS, STAGES, TOPICS } from './vocabulary.ts';
import { bilingualText, lessonIdRef, pastDate, sourceSchema, webUrl } from './common.ts';

/** `unknown` marks a value the sources do not give: it is never guessed. */
const UNKNOWN = z.literal('unknown');
const orUnknown = <T extends z.ZodType>(schema: T) => z.union([schema, UNKNOWN]);

/**
 * A support program that teaches MSEs in person or online
 * (`content/programs/<id>.yaml`, one file per program).
 */
export const programSchema = z
	.object({
		/** Permanent id, the file name without `.yaml`. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'program ids are lowercase words joined by hyphens'),
		/** The program's own name, as its organizer writes it. */
		name: z.string().min(2),
		/** Who runs it. */
		organizer: z.string().min(2),
		/** Partners named by the source. */
		collaborators: z.array(z.string()).default([]),
		/** Kind of organization that runs it. */
		orgType: z.enum(ORG_TYPES),
		/** The report's archetype, or `unknown` when the source does not say enough to classify it. */
		archetype: orUnknown(z.enum(ARCHETYPES)),
		/** Stages of the stage model the program covers (empty when not known). */
		stages: z.array(z.enum(STAGES)).default([]),
		/** Topics the program covers. */
		topics: z.array(z.enum(TOPICS)).default([]),
		/** Platform families it teaches. */
		platforms: z.array(z.enum(PLATFORMS)).default([]),
		/** Who it is for. */
		audience: z.array(z.enum(AUDIENCES)).min(1).default(['general']),
		/** How it is delivered. */
		delivery: z.enum(DELIVERY),
		/** Provinces or cities, or `national`. */
		regions: z.array(z.string().min(2)).min(1),
		/** What it costs the MSE: `free`, a description, or `unknown`. */
		cost: z.union([z.literal('free'), UNKNOWN, bilingualText]),
		/** Incentives for participants (money, vouchers, certificates), or `unknown`. */
		incentives: z.union([UNKNOWN, z.literal('none'), bilingualText]),
		/** How long it runs, or `unknown`. */
		duration: z.union([UNKNOWN, bilingualText]),
		/** The program's own page, where the report or a public source gives one. */
		website: z.union([webUrl, UNKNOWN]),
		/** How to join, when known. */
		howToJoin: z.union([UNKNOWN, bilingualText]).default('unknown'),
		/** What it is, in our own words. */
		description: bilingualText,
		/** Lessons that prepare for it or follow it up. */
		lessons: z.array(lessonIdRef).default([]),
		/** Where the facts come from. */
		sources: z.array(sourceSchema).min(1, 'every program needs a source'),
		/** When a person last checked the facts against the source. */
		lastVerified: pastDate,
		/** Status the source reports, dated by `lastVerified`: programs start and stop. */
		status: z.enum(['active', 'ended', 'unknown']).default('unknown'),
	})
	.strict();
export type Program = z.infer<typeof programSchema>;
