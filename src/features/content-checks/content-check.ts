/**
 * The content check's engine: parse every file with its schema, then run the
 * rules in `content-rules/` (one rule per file, listed in its index) and
 * collect their errors. Pure: callers read the files; this only looks at the
 * records. Errors come out in rule order, each tagged with its rule's name.
 */
import type { z } from 'astro/zod';
import type { ContentError } from './content-errors.ts';
import { fromZodIssues } from './content-errors.ts';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../../core/schemas/lesson.ts';
import { programSchema, type Program } from '../../core/schemas/program.ts';
import { pathSchema, type LearningPath } from '../../core/schemas/path.ts';
import { stageSchema, type StageInfo } from '../../core/schemas/stage.ts';
import { workshopSchema, type Workshop } from '../../core/schemas/workshop.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { CONTENT_RULES } from './rules/index.ts';

export { PLACEHOLDER_PATTERN } from './rules/no-template-placeholders.ts';

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
}

/** A lesson whose frontmatter matches the lesson schema. */
export type ParsedLesson = LessonFile & { data: LessonFrontmatter };
/** A data file that matches its schema. */
export interface ParsedData<T> {
	file: string;
	data: T;
}

/** What the rules look at: the files that passed their schema, plus the raw input. */
export interface ParsedContent {
	input: ContentInput;
	/** Every lesson with valid frontmatter, in input order (a duplicate id included). */
	lessons: ParsedLesson[];
	/** The first lesson with each lesson id, by language: what pages and references see. */
	byLang: Record<Lang, Map<string, ParsedLesson>>;
	programs: ParsedData<Program>[];
	paths: ParsedData<LearningPath>[];
	workshops: ParsedData<Workshop>[];
	stages: ParsedData<StageInfo>[];
}

interface RuleInfo {
	/** Stable kebab-case name, e.g. `lesson-skeleton-order`: tests and AUTHORING.md refer to it. */
	name: string;
	/** One line: what the rule catches. */
	description: string;
}
/** A rule over one lesson (its frontmatter already valid): runs once per lesson file. */
export interface LessonRule extends RuleInfo {
	scope: 'lesson';
	check(lesson: ParsedLesson): ContentError[];
}
/** A rule across files: references, translations, paths. Runs once. */
export interface CrossFileRule extends RuleInfo {
	scope: 'content';
	check(content: ParsedContent): ContentError[];
}
export type ContentRule = LessonRule | CrossFileRule;

/** Errors from the schemas (src/core/schemas/) carry this rule name. */
export const SCHEMA_RULE = 'schema';

/** Parse each file with its schema; files that fail are reported and left out of `ParsedContent`. */
export function parseContent(input: ContentInput): { content: ParsedContent; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const content: ParsedContent = { input, lessons: [], byLang: { id: new Map(), en: new Map() }, programs: [], paths: [], workshops: [], stages: [] };
	for (const lesson of input.lessons) {
		const parsed = lessonFrontmatterSchema.safeParse(lesson.data);
		if (!parsed.success) {
			errors.push(...fromZodIssues(lesson.file, parsed.error.issues, lesson.data));
			continue;
		}
		const valid: ParsedLesson = { ...lesson, data: parsed.data };
		content.lessons.push(valid);
		if (!content.byLang[lesson.lang].has(parsed.data.lessonId)) content.byLang[lesson.lang].set(parsed.data.lessonId, valid);
	}
	const parseAll = <T>(files: DataFile[] | undefined, schema: z.ZodType<T>): ParsedData<T>[] =>
		(files ?? []).flatMap((f) => {
			const parsed = schema.safeParse(f.data);
			if (parsed.success) return [{ file: f.file, data: parsed.data }];
			errors.push(...fromZodIssues(f.file, parsed.error.issues, f.data));
			return [];
		});
	content.programs = parseAll(input.programs, programSchema);
	content.paths = parseAll(input.paths, pathSchema);
	content.workshops = parseAll(input.workshops, workshopSchema);
	content.stages = parseAll(input.stages, stageSchema);
	return { content, errors: errors.map((e) => ({ ...e, rule: SCHEMA_RULE })) };
}

/** Run rules over parsed content: lesson rules once per lesson, cross-file rules once. */
export function runRules(content: ParsedContent, rules: readonly ContentRule[]): ContentError[] {
	return rules.flatMap((rule) => {
		const found = rule.scope === 'lesson' ? content.lessons.flatMap((lesson) => rule.check(lesson)) : rule.check(content);
		return found.map((e) => ({ ...e, rule: rule.name }));
	});
}

export interface CheckedContent {
	errors: ContentError[];
	/** Valid lessons by language then lesson id. */
	lessons: Record<Lang, Map<string, ParsedLesson>>;
}

/** Every check at once: the schemas, then every rule in `CONTENT_RULES`. */
export function checkContent(input: ContentInput, rules: readonly ContentRule[] = CONTENT_RULES): CheckedContent {
	const { content, errors } = parseContent(input);
	return { errors: [...errors, ...runRules(content, rules)], lessons: content.byLang };
}
