import { z } from 'astro/zod';
import { lessonIdRef } from './common.ts';

/**
 * `content/moved-lessons.yaml`: lessons whose file (and so URL) was renamed,
 * as old slug → the lessonId that lived there. Both languages redirect.
 */
export const movedLessonsSchema = z.record(lessonIdRef, lessonIdRef);
export type MovedLessons = z.infer<typeof movedLessonsSchema>;
