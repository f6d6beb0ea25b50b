/** Helpers for tests over the built site in dist/. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue, type ContentCatalogue } from '../../src/core/catalogue/read-content.ts';
import { LANGS } from '../../src/core/schemas/vocabulary.ts';

export const DIST = 'dist';
export const html = (path: string) => readFileSync(join(DIST, path.replace(/\/$/, '/index.html')), 'utf8');
export const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
export const exists = (path: string) => existsSync(join(DIST, path.replace(/\/$/, '/index.html')));

let source: ContentCatalogue | undefined;
/** The curriculum in the source tree, validated (lessons, paths, programs, stages, workshops): what the site must contain. */
export const sourceCatalogue = () => (source ??= readCatalogue('.'));
/** Every lesson in every language, in catalogue order. */
export const sourceLessons = () => LANGS.flatMap((lang) => [...sourceCatalogue().lessons[lang].values()]);
export const lessonSlugs = () => [...sourceCatalogue().lessons.id.values()].map((l) => l.slug);
export const htmlLang = (page: string) => /<html[^>]*\blang="([^"]+)"/.exec(page)?.[1];
