/**
 * Lesson URLs never break. When a lesson file is renamed, add its old slug to
 * `content/moved-lessons.yaml` (old slug → lesson id); both languages get a
 * redirect from the old URL to wherever that lesson id lives now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readLessons } from '../data/read-content.ts';
import { resolveMoves } from '../lib/redirects.ts';
import { DEFAULT_LANG } from './locales.ts';

export function lessonRedirects(root: string): Record<string, string> {
	const movesFile = join(root, 'content/moved-lessons.yaml');
	const moves = existsSync(movesFile) ? ((parse(readFileSync(movesFile, 'utf8')) ?? {}) as Record<string, string>) : {};
	const current = Object.fromEntries(
		readLessons(root)
			.lessons.filter((l) => l.lang === DEFAULT_LANG)
			.map((l) => [(l.data as { lessonId: string }).lessonId, l.slug]),
	);
	return resolveMoves(moves, current);
}
