/**
 * Reads every lesson and data file from disk for the content guard and the
 * command-line scripts. Kept apart from `src/lib/` because it touches the file system.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentInput, DataFile, LessonFile } from '../lib/content-check.ts';
import type { Lang } from '../schemas/vocabulary.ts';
import { LANGS, langPrefix } from '../config/locales.ts';

/** Lessons of each language: `src/content/docs/belajar` for the root language, `src/content/docs/<lang>/belajar` for the others. */
export const LESSON_DIRS = Object.fromEntries(LANGS.map((lang) => [lang, `src/content/docs${langPrefix(lang)}/belajar`])) as Record<Lang, string>;

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return { data: undefined, body: text };
	return { data: parse(match[1]!), body: text.slice(match[0].length) };
}

function listFiles(dir: string, ext: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => ext.test(f) && !f.startsWith('_'))
		.sort()
		.map((f) => join(dir, f));
}

export function readLessons(root: string): { lessons: LessonFile[]; parseErrors: { file: string; message: string }[] } {
	const lessons: LessonFile[] = [];
	const parseErrors: { file: string; message: string }[] = [];
	for (const lang of ['id', 'en'] as const) {
		for (const abs of listFiles(join(root, LESSON_DIRS[lang]), /\.mdx?$/)) {
			const file = relative(root, abs);
			try {
				const { data, body } = splitFrontmatter(readFileSync(abs, 'utf8'));
				lessons.push({ file, lang, slug: abs.split('/').pop()!.replace(/\.mdx?$/, ''), data, body });
			} catch (e) {
				parseErrors.push({ file, message: `the frontmatter is not valid YAML: ${(e as Error).message}` });
			}
		}
	}
	return { lessons, parseErrors };
}

export function readYamlDir(root: string, dir: string): DataFile[] {
	return listFiles(join(root, dir), /\.ya?ml$/).map((abs) => ({ file: relative(root, abs), data: parse(readFileSync(abs, 'utf8')) }));
}

/** A YAML file holding a list becomes one DataFile per item (e.g. `content/stages.yaml`). */
export function readYamlList(root: string, file: string): DataFile[] {
	const abs = join(root, file);
	if (!existsSync(abs)) return [];
	const data = parse(readFileSync(abs, 'utf8'));
	return (Array.isArray(data) ? data : [data]).map((item) => ({ file, data: item }));
}

/** Every docs page (lessons included) as a path relative to its language root, e.g. `belajar/hitung-hpp.mdx`. */
export function readPagePaths(root: string): { lang: Lang; rel: string; file: string }[] {
	const base = join(root, 'src/content/docs');
	const out: { lang: Lang; rel: string; file: string }[] = [];
	const walk = (dir: string) => {
		if (!existsSync(dir)) return;
		for (const name of readdirSync(dir, { withFileTypes: true })) {
			const abs = join(dir, name.name);
			if (name.isDirectory()) walk(abs);
			else if (/\.mdx?$/.test(name.name) && !name.name.startsWith('_')) {
				const rel = relative(base, abs);
				const en = rel.startsWith('en/');
				out.push({ lang: en ? 'en' : 'id', rel: en ? rel.slice(3) : rel, file: relative(root, abs) });
			}
		}
	};
	walk(base);
	return out.sort((a, b) => a.file.localeCompare(b.file));
}

export function readAllContent(root: string): ContentInput & { parseErrors: { file: string; message: string }[] } {
	const { lessons, parseErrors } = readLessons(root);
	return {
		lessons,
		parseErrors,
		pages: readPagePaths(root),
		programs: readYamlDir(root, 'content/programs'),
		paths: readYamlDir(root, 'content/paths'),
		stages: readYamlList(root, 'content/stages.yaml'),
		workshops: readYamlDir(root, 'content/workshops'),
	};
}
