/**
 * Lesson URLs never break. When a lesson file is renamed, add its old slug to
 * `content/moved-lessons.yaml` (old slug → lesson id); both languages get a
 * redirect from the old URL to wherever that lesson id lives now.
 */
import { readCatalogue, readMovedLessons } from '../data/read-content.ts';
import { resolveMoves } from '../lib/redirects.ts';

export function lessonRedirects(root: string): Record<string, string> {
	const current = Object.fromEntries([...readCatalogue(root).lessons.id.values()].map((l) => [l.lessonId, l.slug]));
	return resolveMoves(readMovedLessons(root), current);
}
