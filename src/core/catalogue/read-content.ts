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
import { lessonRegisterSchema, type LessonRegister } from '../schemas/lesson-register.ts';
import { LANGS, type Lang } from '../schemas/vocabulary.ts';
import { isCalendarDate } from '../schemas/common.ts';
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
	/** `content/lesson-register.yaml`: every lesson id and slug ever published (data undefined when the file is missing). */
	register?: DataFile;
	/** `content/moved-lessons.yaml`: old slug → lesson id. */
	movedLessons?: DataFile;
}

export const LESSON_REGISTER_FILE = 'content/lesson-register.yaml';
export const MOVED_LESSONS_FILE = 'content/moved-lessons.yaml';

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

/** A file that cannot be read as content: not UTF-8, or not valid YAML. Carries the line, 1-based. */
export class ContentFileError extends Error {
	readonly line: number | undefined;
	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}
/** A problem that stopped a file from being read at all, as a content error (field `(file)`). */
export type ReadError = ContentError;
const readError = (file: string, e: unknown): ReadError => {
	if (e instanceof ContentFileError) return { file, line: e.line, field: '(file)', message: e.message };
	return { file, field: '(file)', message: (e as Error).message };
};

/**
 * A content file's text. Refuses a file that is not UTF-8 (an editor's "ANSI" or "UTF-16" save) with the line of
 * the first bad byte, instead of reading replacement characters that fail later with an unrelated message.
 */
export function readContentText(abs: string): string {
	const bytes = readFileSync(abs);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const text = new TextDecoder('utf-8').decode(bytes);
		const bad = text.indexOf('\uFFFD');
		const line = text.slice(0, Math.max(bad, 0)).split('\n').length;
		throw new ContentFileError(`the file is not saved as UTF-8 (first bad byte on line ${line}): save it again with the encoding "UTF-8" in your editor`, line);
	}
}

/** YAML text to data; a syntax error names its line. */
export function parseYamlText(text: string): unknown {
	try {
		return parse(text);
	} catch (e) {
		const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
		const first = (e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		throw new ContentFileError(`the YAML is not valid${line ? ` on line ${line}` : ''}: ${first}. Check the indentation, the colons and the quotes around text with ": " or "#"`, line);
	}
}

/**
 * An unquoted date in lesson frontmatter is read by Astro's YAML parser as a Date, and an impossible one rolls over
 * (2026-02-30 becomes 2 March) before any schema sees it: find such dates in the text, with their line.
 */
export function impossibleFrontmatterDates(text: string): { line: number; date: string }[] {
	const end = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
	if (end < 0) return [];
	return text
		.slice(0, end)
		.split('\n')
		.flatMap((line, i) => {
			const m = /^(?:[^#'"]*:|\s*-)\s+(\d{4}-\d{2}-\d{2})\s*(?:#.*)?$/.exec(line);
			return m && !isCalendarDate(m[1]!) ? [{ line: i + 1, date: m[1]! }] : [];
		});
}

/** A lesson file's text split into frontmatter and body; throws a ContentFileError with the line of the problem. */
export function readLessonFile(abs: string): { data: unknown; body: string } {
	const text = readContentText(abs);
	const [bad] = impossibleFrontmatterDates(text);
	if (bad) throw new ContentFileError(`${bad.date} is not a day of the calendar (line ${bad.line}): check the month and the day`, bad.line);
	try {
		return parseLessonText(text);
	} catch (e) {
		// Astro's parser (js-yaml) gives the line inside the frontmatter, which starts on the file's second line.
		const mark = (e as { mark?: { line: number } }).mark;
		const line = mark ? mark.line + 1 : undefined;
		throw new ContentFileError(`the frontmatter is not valid YAML${line ? ` on line ${line}` : ''}: ${(e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0]}. Check the indentation, the colons and the quotes around text with ": " or "#"`, line);
	}
}

function listFiles(dir: string, ext: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => ext.test(f) && !f.startsWith('_'))
		.sort()
		.map((f) => join(dir, f));
}

/** Every lesson file in both languages, unvalidated, in file order. */
export function readLessons(root: string): { lessons: LessonFile[]; parseErrors: ReadError[] } {
	const lessons: LessonFile[] = [];
	const parseErrors: ReadError[] = [];
	for (const lang of LANGS) {
		for (const abs of listFiles(join(root, LESSON_DIRS[lang]), /\.mdx?$/)) {
			const file = relative(root, abs);
			try {
				const { data, body } = readLessonFile(abs);
				lessons.push({ file, lang, slug: abs.split('/').pop()!.replace(/\.mdx?$/, ''), data, body });
			} catch (e) {
				parseErrors.push(readError(file, e));
			}
		}
	}
	return { lessons, parseErrors };
}

/** One YAML file's data; a file that cannot be read goes to `errors` (with its line) and gives undefined. */
function readYamlFile(root: string, abs: string, errors: ReadError[] | undefined): unknown {
	try {
		return parseYamlText(readContentText(abs));
	} catch (e) {
		const error = readError(relative(root, abs), e);
		if (!errors) throw new Error(formatContentErrors([error]));
		errors.push(error);
		return undefined;
	}
}

/** Every YAML file of a folder. A file that cannot be read goes to `errors` and is left out (without `errors`, it throws naming the file and line). */
export function readYamlDir(root: string, dir: string, errors?: ReadError[]): DataFile[] {
	return listFiles(join(root, dir), /\.ya?ml$/).flatMap((abs) => {
		const before = errors?.length ?? 0;
		const data = readYamlFile(root, abs, errors);
		return (errors?.length ?? 0) > before ? [] : [{ file: relative(root, abs), data }];
	});
}

/** A YAML file holding a list becomes one DataFile per item (e.g. `content/stages.yaml`). */
export function readYamlList(root: string, file: string, errors?: ReadError[]): DataFile[] {
	const abs = join(root, file);
	if (!existsSync(abs)) return [];
	const before = errors?.length ?? 0;
	const data = readYamlFile(root, abs, errors);
	if ((errors?.length ?? 0) > before) return [];
	return (Array.isArray(data) ? data : [data]).map((item) => ({ file, data: item }));
}

/** One YAML file as a DataFile (data undefined when it does not exist); left out when it cannot be read. */
function readYamlOne(root: string, file: string, errors: ReadError[]): DataFile | undefined {
	const abs = join(root, file);
	if (!existsSync(abs)) return { file, data: undefined };
	const before = errors.length;
	const data = readYamlFile(root, abs, errors);
	return errors.length > before ? undefined : { file, data: data ?? {} };
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

/** Everything the content check reads; files that could not be read at all (encoding, YAML syntax) are in `parseErrors`, with their line. */
export function readAllContent(root: string): ContentInput & { parseErrors: ReadError[] } {
	const { lessons, parseErrors } = readLessons(root);
	const movedLessons = readYamlOne(root, MOVED_LESSONS_FILE, parseErrors);
	const pages = readPagePaths(root);
	// Other pages (home, guides) are Starlight's to parse; their encoding is checked here so a bad save names its line.
	const lessonFiles = new Set(lessons.map((l) => l.file).concat(parseErrors.map((e) => e.file)));
	for (const page of pages) {
		if (lessonFiles.has(page.file)) continue;
		try {
			readContentText(join(root, page.file));
		} catch (e) {
			parseErrors.push(readError(page.file, e));
		}
	}
	return {
		lessons,
		pages,
		programs: readYamlDir(root, 'content/programs', parseErrors),
		paths: readYamlDir(root, 'content/paths', parseErrors),
		stages: readYamlList(root, 'content/stages.yaml', parseErrors),
		workshops: readYamlDir(root, 'content/workshops', parseErrors),
		// The register is checked against the moved lessons: when those cannot be read, their read error is the report.
		register: movedLessons ? readYamlOne(root, LESSON_REGISTER_FILE, parseErrors) : undefined,
		movedLessons,
		glossary: readYamlList(root, 'content/glossary.yaml', parseErrors),
		searchWords: readYamlList(root, SEARCH_WORDS_FILE, parseErrors),
		parseErrors,
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
	const errors: ContentError[] = [...raw.parseErrors];
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
	const file = MOVED_LESSONS_FILE;
	const abs = join(root, file);
	if (!existsSync(abs)) return {};
	const errors: ContentError[] = [];
	const [moves] = validated(movedLessonsSchema, [{ file, data: readYamlFile(root, abs, undefined) ?? {} }], errors);
	if (!moves) throw new Error(`${file} needs one "old-slug: lesson-id" line per moved lesson.\n${formatContentErrors(errors)}`);
	return moves;
}

/** `content/lesson-register.yaml`, validated (empty when the file does not exist yet). */
export function readLessonRegister(root = '.'): LessonRegister {
	const abs = join(root, LESSON_REGISTER_FILE);
	const errors: ContentError[] = [];
	const data = existsSync(abs) ? (readYamlFile(root, abs, undefined) ?? {}) : {};
	const [register] = validated(lessonRegisterSchema, [{ file: LESSON_REGISTER_FILE, data }], errors);
	if (!register) throw new Error(formatContentErrors(errors));
	return register;
}
