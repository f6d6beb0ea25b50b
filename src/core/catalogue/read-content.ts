/**
 * The curriculum files read from disk, for code that runs outside Astro's
 * content collections: the content guard and `npm run lint:content` (before
 * the build), astro.config's redirects, the scripts and the tests. Pages read
 * the same files through the collections (src/core/catalogue/catalogue.ts).
 *
 * Two layers, one set of parsers and schemas:
 * - the raw files (`readAllContent`, `readLessons`, `readYamlDir`): unvalidated
 *   records for the content check, which reports every problem with file and field;
 * - the typed catalogue (`readCatalogue`): every file validated with the Zod
 *   schemas the collections use (src/core/schemas/), in the catalogue's order;
 *   bad content throws the content check's error format.
 * Lesson frontmatter is parsed by Astro's own frontmatter parser, so a script
 * or test sees what the build sees.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from 'astro/markdown';
import type { ZodType } from 'astro/zod';
import { formatContentErrors, fromZodIssues, type ContentError } from './content-errors.ts';
import { catalogueOrder } from './catalogue-order.ts';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { pathSchema, type LearningPath } from '../schemas/path.ts';
import { programSchema, type Program } from '../schemas/program.ts';
import { stageSchema, type StageInfo } from '../schemas/stage.ts';
import { workshopSchema, type Workshop } from '../schemas/workshop.ts';
import { movedLessonsSchema, type MovedLessons } from '../schemas/moved-lessons.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { searchWordsSchema, type SearchWords } from '../schemas/search-words.ts';
import { LANGS, type Lang } from '../schemas/vocabulary.ts';
import { langOfPath, langPrefix } from '../locales.ts';

/** A lesson file as read from disk, before any check: what the content guard and the catalogue start from. */
export interface LessonFile {
	file: string;
	lang: Lang;
	/** Slug shared by both language versions, e.g. `pisahkan-uang-usaha`. */
	slug: string;
	data: unknown;
	body: string;
}
export interface DataFile {
	file: string;
	data: unknown;
}
export interface ContentInput {
	lessons: LessonFile[];
	/** Every docs page by language and path inside its language root; each must exist in both languages. */
	pages?: { lang: Lang; rel: string; file: string }[];
	programs?: DataFile[];
	paths?: DataFile[];
	stages?: DataFile[];
	/** Workshop plans (`content/workshops/*.yaml`). */
	workshops?: DataFile[];
	/** The small dictionary (`content/glossary.yaml`), one record per term. */
	glossary?: DataFile[];
	/** The search word list (`content/search/words.yaml`), one file. */
	searchWords?: DataFile[];
}

/** A lesson whose frontmatter matches the lesson schema. */

/** Lessons of each language: `src/content/docs/belajar` for the root language, `src/content/docs/<lang>/belajar` for the others. */
export const LESSON_DIRS = Object.fromEntries(LANGS.map((lang) => [lang, `src/content/docs${langPrefix(lang)}/belajar`])) as Record<Lang, string>;

/**
 * Split an MDX text into its frontmatter and body with Astro's parser. The
 * frontmatter lines become blank lines, so a line number in the body is the
 * line number in the file.
 */
export function parseLessonText(text: string): { data: unknown; body: string } {
	const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
	return { data: frontmatter, body: content };
}

function listFiles(dir: string, ext: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => ext.test(f) && !f.startsWith('_'))
		.sort()
		.map((f) => join(dir, f));
}

/** Every lesson file in both languages, unvalidated, in file order. */
export function readLessons(root: string): { lessons: LessonFile[]; parseErrors: { file: string; message: string }[] } {
	const lessons: LessonFile[] = [];
	const parseErrors: { file: string; message: string }[] = [];
	for (const lang of LANGS) {
		for (const abs of listFiles(join(root, LESSON_DIRS[lang]), /\.mdx?$/)) {
			const file = relative(root, abs);
			try {
				const { data, body } = parseLessonText(readFileSync(abs, 'utf8'));
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
				const lang = langOfPath(`/${rel}`);
				out.push({ lang, rel: rel.slice(langPrefix(lang).length), file: relative(root, abs) });
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
		glossary: readYamlList(root, 'content/glossary.yaml'),
		searchWords: readYamlList(root, SEARCH_WORDS_FILE),
	};
}

export const SEARCH_WORDS_FILE = 'content/search/words.yaml';

/** `content/search/words.yaml`, validated: what the search dialog does with the words people type. */
export function readSearchWords(root = '.'): SearchWords {
	const errors: ContentError[] = [];
	const [words] = validated(searchWordsSchema, readYamlList(root, SEARCH_WORDS_FILE), errors);
	if (!words) throw new Error(`${SEARCH_WORDS_FILE} is missing or does not match its schema (npm run lint:content says more).\n${formatContentErrors(errors)}`);
	return words;
}

/** A lesson as the file reader gives it: the catalogue's lesson, with its file and MDX body instead of a collection entry. */
export interface LessonRecord {
	lessonId: string;
	/** Slug shared by both language versions, e.g. `pisahkan-uang-usaha`. */
	slug: string;
	lang: Lang;
	/** Path from the project root, e.g. `src/content/docs/belajar/hitung-hpp.mdx`. */
	file: string;
	data: LessonFrontmatter;
	body: string;
}

/** The curriculum from disk, validated: the same lists, in the same order, as `getCatalogue()` and `getWorkshops()`. */
export interface ContentCatalogue {
	/** By language, then lesson id; ordered by stage. */
	lessons: Record<Lang, Map<string, LessonRecord>>;
	paths: LearningPath[];
	programs: Program[];
	stages: StageInfo[];
	workshops: Workshop[];
	/** The small dictionary, in file order. */
	glossary: GlossaryTerm[];
}

/** Validate raw records with a schema; problems go to `errors` in the content check's format. */
function validated<T>(schema: ZodType<T>, files: DataFile[], errors: ContentError[]): T[] {
	return files.flatMap((f) => {
		const parsed = schema.safeParse(f.data);
		if (parsed.success) return [parsed.data];
		errors.push(...fromZodIssues(f.file, parsed.error.issues, f.data));
		return [];
	});
}

/**
 * Read and validate every lesson, path, program, stage and workshop under `root`.
 * Throws with every problem (file, field, value) when a file does not match its schema;
 * the cross-file rules (references, translations) are the content check's job.
 */
export function readCatalogue(root = '.'): ContentCatalogue {
	const raw = readAllContent(root);
	const errors: ContentError[] = raw.parseErrors.map((p) => ({ file: p.file, field: '(frontmatter)', message: p.message }));
	const lessons = Object.fromEntries(LANGS.map((lang) => [lang, new Map()])) as ContentCatalogue['lessons'];
	const records = raw.lessons.flatMap((l): LessonRecord[] => {
		const [data] = validated(lessonFrontmatterSchema, [l], errors);
		return data ? [{ lessonId: data.lessonId, slug: l.slug, lang: l.lang, file: l.file, data, body: l.body }] : [];
	});
	for (const lesson of records.sort(catalogueOrder.lessons)) lessons[lesson.lang].set(lesson.lessonId, lesson);
	const catalogue: ContentCatalogue = {
		lessons,
		paths: validated(pathSchema, raw.paths ?? [], errors).sort(catalogueOrder.paths),
		programs: validated(programSchema, raw.programs ?? [], errors).sort(catalogueOrder.programs),
		stages: validated(stageSchema, raw.stages ?? [], errors).sort(catalogueOrder.stages),
		workshops: validated(workshopSchema, raw.workshops ?? [], errors).sort(catalogueOrder.workshops),
		glossary: validated(glossaryTermSchema, raw.glossary ?? [], errors),
	};
	if (errors.length) throw new Error(`The curriculum under ${root} does not match its schemas (npm run lint:content says more).\n${formatContentErrors(errors)}`);
	return catalogue;
}

/** `content/moved-lessons.yaml`, validated: old slug → lesson id. */
export function readMovedLessons(root = '.'): MovedLessons {
	const file = 'content/moved-lessons.yaml';
	const abs = join(root, file);
	if (!existsSync(abs)) return {};
	const errors: ContentError[] = [];
	const [moves] = validated(movedLessonsSchema, [{ file, data: parse(readFileSync(abs, 'utf8')) ?? {} }], errors);
	if (!moves) throw new Error(`${file} needs one "old-slug: lesson-id" line per moved lesson.\n${formatContentErrors(errors)}`);
	return moves;
}
