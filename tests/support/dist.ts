/** Helpers for tests over the built site in dist/. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readLessons } from '../../src/data/read-content.ts';

export const DIST = 'dist';
export const html = (path: string) => readFileSync(join(DIST, path.replace(/\/$/, '/index.html')), 'utf8');
export const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
export const exists = (path: string) => existsSync(join(DIST, path.replace(/\/$/, '/index.html')));

/** Lessons from the source tree: what the site must contain. */
export const sourceLessons = () => readLessons('.').lessons;
export const lessonSlugs = () => [...new Set(sourceLessons().filter((l) => l.lang === 'id').map((l) => l.slug))];
export const htmlLang = (page: string) => /<html[^>]*\blang="([^"]+)"/.exec(page)?.[1];
