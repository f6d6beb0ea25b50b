/**
 * Redirects, built from the lessons. Every lesson has a permanent
 * `/l/<lessonId>/` address in each language that forwards to it wherever its
 * file lives. And lesson URLs never break: when a lesson file is renamed, add
 * its old slug to `content/moved-lessons.yaml` (old slug → lesson id); both
 * languages get a redirect from the old URL to wherever that lesson id lives now.
 */
import { readCatalogue, readMovedLessons } from '../../core/catalogue/read-content.ts';
import { resolveMoves } from './redirects.ts';
import { urls } from '../../core/urls.ts';
import { DEFAULT_LANG, LANGS } from '../../core/schemas/vocabulary.ts';

export function lessonRedirects(root: string): Record<string, string> {
	const { lessons } = readCatalogue(root);
	const permalinks = LANGS.flatMap((lang) => [...lessons[lang].values()].map((l) => [urls.lessonPermalink(lang, l.lessonId), urls.lesson(lang, l.slug)] as const));
	const current = Object.fromEntries([...lessons[DEFAULT_LANG].values()].map((l) => [l.lessonId, l.slug]));
	return { ...Object.fromEntries(permalinks), ...resolveMoves(readMovedLessons(root), current) };
}
