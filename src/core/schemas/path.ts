import { z } from 'astro/zod';
import { STAGES } from './vocabulary.ts';
import { bilingualText, lessonIdRef } from './common.ts';

/** Ids under `/jalur/` that belong to pages, not paths. */
export const RESERVED_PATH_IDS: readonly string[] = ['susun'];

/**
 * A learning path (`content/paths/<id>.yaml`): an ordered list of lessons.
 * Stage paths follow the stage model; persona paths follow a kind of business.
 */
export const pathSchema = z
	.object({
		/**
		 * Permanent id, the file name without `.yaml`; also the URL (`/jalur/<id>/`).
		 * A stage path's id is its stage id. `susun` is taken by the custom path page.
		 */
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'path ids are lowercase words joined by hyphens')
			.refine((id) => !RESERVED_PATH_IDS.includes(id), { message: `this id is taken by a page under /jalur/ (reserved: ${RESERVED_PATH_IDS.join(', ')})` }),
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
		/**
		 * Longest lesson allowed in this path, in minutes (for learners with little
		 * time, e.g. 10). The content check refuses a longer lesson in the path.
		 */
		maxLessonMinutes: z.number().int().min(5).max(15).optional(),
	})
	.strict()
	.refine((p) => p.kind !== 'stage' || p.id === p.stage, {
		message: 'a stage path uses its stage id as its id (and file name)',
		path: ['id'],
	})
	.refine((p) => (p.kind === 'stage') === (p.stage !== undefined), {
		message: 'stage paths need `stage`; persona paths must not have one',
		path: ['stage'],
	});
export type LearningPath = z.infer<typeof pathSchema>;
