import { z } from 'astro/zod';
import { AUDIENCES, STAGES } from './vocabulary.ts';
import { bilingualText, lessonIdRef, sourceSchema } from './common.ts';

/** Ids under `/pelatih/` that belong to pages, not workshop plans. */
export const RESERVED_WORKSHOP_IDS: readonly string[] = ['evaluasi'];

/** The three ways a session can run (the report's "online vs offline" guidance). */
export const DELIVERY_MODES = ['offline', 'online', 'hybrid'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** How well a plan suits a delivery mode. */
export const DELIVERY_FITS = ['good', 'workable', 'poor'] as const;

/** What happens in an agenda block. */
export const BLOCK_KINDS = ['opening', 'lesson', 'activity', 'break', 'closing'] as const;

const deliveryFit = z
	.object({
		/** `good`, `workable` (with the care described in `why`) or `poor`. */
		fit: z.enum(DELIVERY_FITS),
		/** Why, in the report's terms (topic, participants, cost), and what to do about it. */
		why: bilingualText,
	})
	.strict();

/** One block of the agenda, in order. Start times are computed from the minutes. */
export const agendaBlockSchema = z
	.object({
		/** `lesson` blocks teach one lesson with its slides; the others frame the session. */
		kind: z.enum(BLOCK_KINDS),
		/** Length of the block in minutes. */
		minutes: z.number().int().min(5, 'an agenda block lasts at least 5 minutes').max(120),
		/** The lesson taught in this block (required for `lesson` blocks, optional for `activity`). */
		lesson: lessonIdRef.optional(),
		/** Title of the block; `lesson` blocks may leave it out to use the lesson's title. */
		title: bilingualText.optional(),
		/** What the trainer and participants do, in a few sentences (hands-on first). */
		activity: bilingualText,
	})
	.strict()
	.refine((b) => b.kind !== 'lesson' || b.lesson !== undefined, { message: 'a lesson block needs `lesson` (a lesson id)', path: ['lesson'] })
	.refine((b) => b.kind === 'lesson' || b.title !== undefined, { message: 'blocks other than lessons need a `title`', path: ['title'] });
export type AgendaBlock = z.infer<typeof agendaBlockSchema>;

/** A hands-on activity done during the session. */
const handsOnSchema = z
	.object({
		/** Short name, e.g. "Katalog lima produk". */
		title: bilingualText,
		/** What participants do, with their own phone and business. */
		description: bilingualText,
		/** The lesson it practises, linked to its slides. */
		lesson: lessonIdRef.optional(),
	})
	.strict();

/** A task for after the session. */
const homeworkSchema = z
	.object({
		/** The task, concrete and countable ("every day for 7 days"), so the follow-up group can check it. */
		task: bilingualText,
		/** The lesson whose handout helps with it. */
		lesson: lessonIdRef.optional(),
	})
	.strict();

/** A message the trainer posts in the follow-up WhatsApp group. */
const followUpMessageSchema = z
	.object({
		/** Days after the workshop (0 = the workshop day). */
		day: z.number().int().min(0).max(90),
		/** The message, ready to copy: short, friendly, one clear ask. */
		message: bilingualText,
	})
	.strict();

/**
 * A ready-to-run workshop plan (`content/workshops/<id>.yaml`), built from
 * lessons and following the report's best practices: pre-assessment, tailored
 * and informal delivery, hands-on practice, aftercare and evaluation.
 */
export const workshopSchema = z
	.object({
		/** Permanent id, the file name without `.yaml`; also the URL (`/pelatih/<id>/`) and the kit (`/unduh/<id>.zip`). */
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'workshop ids are lowercase words joined by hyphens')
			.refine((id) => !RESERVED_WORKSHOP_IDS.includes(id), { message: `this id is taken by a page under /pelatih/ (reserved: ${RESERVED_WORKSHOP_IDS.join(', ')})` }),
		/** Position in the list of plans (lower first). */
		order: z.number().int().min(0),
		/** The session's name as trainers and participants see it, e.g. "Jualan pertama lewat WhatsApp". */
		title: bilingualText,
		/** What participants leave with, in one or two sentences. */
		summary: bilingualText,
		audience: z
			.object({
				/** Who the session is for, in plain words. */
				description: bilingualText,
				/** Business stages the participants should be at: the report warns against mixing beginners into advanced classes. */
				stages: z.array(z.enum(STAGES)).min(1),
				/** Groups the plan suits particularly well (optional). */
				groups: z.array(z.enum(AUDIENCES)).default([]),
				/** Group size that still lets the trainer help everyone by hand. */
				size: z
					.object({
						/** Fewest participants for the group work to make sense. */
						min: z.number().int().min(1),
						/** Most participants the trainer and helpers can still help one by one. */
						max: z.number().int().min(1),
					})
					.strict()
					.refine((s) => s.min <= s.max, { message: 'size.min must not be larger than size.max' }),
			})
			.strict(),
		/** What to find out about participants before the day (pre-assessment), and how to adapt. */
		preAssessment: bilingualText,
		/** Fit for each way of running it, with the reasoning. */
		delivery: z
			.object({
				/** The mode this plan is written for. */
				recommended: z.enum(DELIVERY_MODES),
				offline: deliveryFit,
				online: deliveryFit,
				hybrid: deliveryFit,
			})
			.strict()
			.refine((d) => d[d.recommended].fit === 'good', { message: 'the recommended mode must have fit: good', path: ['recommended'] }),
		/** The session, block by block. */
		agenda: z.array(agendaBlockSchema).min(3, 'an agenda needs at least an opening, a lesson and a closing'),
		/** What to bring or prepare (per room or per participant). */
		materials: z.array(bilingualText).min(1),
		/** How to arrange the room (or the call, online). */
		roomSetup: z.array(bilingualText).min(1),
		/** The hands-on activities: participants do it on their own phone and business, not watch. */
		handsOn: z.array(handsOnSchema).min(1),
		/** Tasks for after the session, checked in the follow-up group. */
		homework: z.array(homeworkSchema).min(1),
		/** Aftercare in a WhatsApp group. */
		followUp: z
			.object({
				/** How to run the group: who joins, rules, how long it stays open. */
				group: bilingualText,
				/** Messages to post, by day. */
				messages: z.array(followUpMessageSchema).min(2, 'plan at least 2 follow-up messages'),
			})
			.strict(),
		/** Behaviour changes to look for during follow-up (the report's "behaviour change" evaluation); printed on this plan's evaluation form. */
		behaviours: z.array(bilingualText).min(2).max(6),
		/** Where the practices come from (the report) and anything else used. */
		sources: z.array(sourceSchema).min(1, 'cite at least one source'),
	})
	.strict()
	.refine((w) => w.agenda.some((b) => b.kind === 'lesson'), { message: 'the agenda needs at least one lesson block', path: ['agenda'] })
	.refine((w) => w.followUp.messages.every((m, i, all) => i === 0 || all[i - 1]!.day <= m.day), { message: 'follow-up messages must be in day order', path: ['followUp', 'messages'] });
export type Workshop = z.infer<typeof workshopSchema>;
