import { z } from 'astro/zod';
import { lessonIdRef } from './common.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is the file name without .mdx: lowercase words joined by hyphens');

/**
 * `content/lesson-register.yaml`: every lesson id and slug ever published, so none can disappear unnoticed. A lesson
 * lives at `/belajar/<slug>/`, `/en/belajar/<slug>/`, `/l/<id>/` and `/en/l/<id>/` (both languages share the slug
 * and the id). Written by `npm run register`, reviewed like content; the rule `lesson-register` checks it.
 */
export const lessonRegisterSchema = z
	.object({
		/** Lessons on the site today: lesson id → its slug. */
		published: z.record(lessonIdRef, slug).default({}),
		/** Old slugs that redirect (a copy of content/moved-lessons.yaml): old slug → lesson id. Never shrinks. */
		moved: z.record(slug, lessonIdRef).default({}),
		/** Lessons taken off the site, and where each one's links now go. Never shrinks; ids and slugs here are never reused. */
		retired: z
			.record(
				lessonIdRef,
				z
					.object({
						/** Its last slug: `/belajar/<slug>/` keeps working and forwards to `replacedBy`. */
						slug,
						/** The lesson that took its place: its permanent link and its old address forward there. */
						replacedBy: lessonIdRef,
						/** Why it went, in one sentence (for reviewers, not shown on the site). */
						reason: z.string().min(10, 'say in one sentence why the lesson was retired (reason)'),
					})
					.strict(),
			)
			.default({}),
	})
	.strict();
export type LessonRegister = z.infer<typeof lessonRegisterSchema>;
