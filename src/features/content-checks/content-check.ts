/**
 * The content check's engine: parse every file with its schema, then run the
 * rules in `rules/` (one rule per file, listed in its index) and
 * collect their errors. Pure: callers read the files; this only looks at the
 * records. Errors come out in rule order, each tagged with its rule's name.
 */
import type { z } from 'astro/zod';
import type { ContentError } from '../../core/catalogue/content-errors.ts';
import { fromZodIssues } from '../../core/catalogue/content-errors.ts';
import { lessonFrontmatterSchema } from '../../core/schemas/lesson.ts';
import { programSchema } from '../../core/schemas/program.ts';
import { pathSchema } from '../../core/schemas/path.ts';
import { stageSchema } from '../../core/schemas/stage.ts';
import { workshopSchema } from '../../core/schemas/workshop.ts';
import { glossaryTermSchema } from '../../core/schemas/glossary.ts';
import { searchWordsSchema } from '../../core/schemas/search-words.ts';
import { lessonRegisterSchema } from '../../core/schemas/lesson-register.ts';
import { movedLessonsSchema } from '../../core/schemas/moved-lessons.ts';
import { MOVED_LESSONS_FILE } from '../../core/catalogue/read-content.ts';
import { LANGS, type Lang } from '../../core/schemas/vocabulary.ts';
import { CONTENT_RULES } from './rules/index.ts';
import type { ContentRule, ParsedContent, ParsedData, ParsedLesson } from './rule.ts';
import type { ContentInput, DataFile } from '../../core/catalogue/read-content.ts';

export type { ContentRule, CrossFileRule, LessonRule, ParsedContent, ParsedData, ParsedLesson } from './rule.ts';
export type { ContentInput, DataFile, LessonFile } from '../../core/catalogue/read-content.ts';

export { PLACEHOLDER_PATTERN } from './rules/no-template-placeholders.ts';

/** Errors from the schemas (src/core/schemas/) carry this rule name. */
export const SCHEMA_RULE = 'schema';

/** Parse each file with its schema; files that fail are reported and left out of `ParsedContent`. */
export function parseContent(input: ContentInput): { content: ParsedContent; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const content: ParsedContent = { input, lessons: [], byLang: Object.fromEntries(LANGS.map((lang) => [lang, new Map()])) as ParsedContent['byLang'], programs: [], paths: [], workshops: [], stages: [], glossary: [] };
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
	content.glossary = parseAll(input.glossary, glossaryTermSchema);
	// The search word list has no cross-file rules: its schema is its check.
	parseAll(input.searchWords, searchWordsSchema);
	if (input.register) {
		const { file, data } = input.register;
		if (data === undefined) errors.push({ file, field: '(file)', message: 'the lesson register is missing: run `npm run register` to write it, then commit it' });
		else {
			const [register] = parseAll([{ file, data }], lessonRegisterSchema);
			const [moved] = parseAll([{ file: MOVED_LESSONS_FILE, data: input.movedLessons?.data ?? {} }], movedLessonsSchema);
			if (register && moved) content.register = { file, data: register.data, moved };
		}
	}
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
	/** Findings that never fail the build (rules mark them `severity: 'warning'`). */
	warnings: ContentError[];
	/** Valid lessons by language then lesson id. */
	lessons: Record<Lang, Map<string, ParsedLesson>>;
}

/** Every check at once: the schemas, then every rule in `CONTENT_RULES`. */
export function checkContent(input: ContentInput, rules: readonly ContentRule[] = CONTENT_RULES): CheckedContent {
	const { content, errors } = parseContent(input);
	const found = runRules(content, rules);
	return { errors: [...errors, ...found.filter((e) => e.severity !== 'warning')], warnings: found.filter((e) => e.severity === 'warning'), lessons: content.byLang };
}
