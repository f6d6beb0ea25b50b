import { z } from 'astro/zod';
import { STAGES } from './vocabulary.ts';
import { bilingualText, lessonIdRef } from './common.ts';

/**
 * A learning path (`content/paths/<id>.yaml`): an ordered list of lessons.
 * Stage paths follow the stage model; persona paths follow a kind of business.
 */
export const pathSchema = z
	.object({
		/** Permanent id, the file name without `.yaml`. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		/** `stage`: one per stage of the model; `persona`: a journey for a kind of business. */
		kind: z.enum(['stage', 'persona']),
		/** Required for stage paths. */
		stage: z.enum(STAGES).optional(),
		/** Position among paths of the same kind (lower first). */
		order: z.number().int().min(0),
		title: bilingualText,
		description: bilingualText,
		/** Who the path is for, in one sentence. */
		audience: bilingualText,
		/** Lesson ids in the order to take them. */
		lessons: z.array(lessonIdRef).min(2, 'a path needs at least 2 lessons'),
	})
	.strict()
	.refine((p) => (p.kind === 'stage') === (p.stage !== undefined), {
		message: 'stage paths need `stage`; persona paths must not have one',
		path: ['stage'],
	});
export type LearningPath = z.infer<typeof pathSchema>;
