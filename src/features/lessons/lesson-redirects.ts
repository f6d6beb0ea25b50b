/**
 * Lesson URLs never break: when a lesson file is renamed, add its old slug to
 * `content/moved-lessons.yaml` (old slug → lesson id); every language gets a
 * redirect from the old URL to wherever that lesson id lives now. A lesson taken off the site is listed under
 * `retired:` in `content/lesson-register.yaml`; its old URL goes to the lesson that replaced it. (The
 * permanent `/l/<lessonId>/` addresses are pages: src/pages/[...lang]/l/.)
 */
import { readCatalogue, readLessonRegister, readMovedLessons } from '../../core/catalogue/read-content.ts';
import { resolveMoves, resolveRetired } from './redirects.ts';
import { DEFAULT_LANG } from '../../core/schemas/vocabulary.ts';

export function lessonRedirects(root: string): Record<string, string> {
	const { lessons } = readCatalogue(root);
	const current = Object.fromEntries([...lessons[DEFAULT_LANG].values()].map((l) => [l.lessonId, l.slug]));
	return { ...resolveMoves(readMovedLessons(root), current), ...resolveRetired(readLessonRegister(root).retired, current) };
}
