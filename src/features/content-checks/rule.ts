/**
 * What a content rule is and what it sees: the content after every file passed
 * its schema. The engine (content-check.ts) runs the rules listed in rules/index.ts.
 */
import type { ContentError } from '../../core/catalogue/content-errors.ts';
import type { ContentInput, LessonFile } from '../../core/catalogue/read-content.ts';
import type { LessonFrontmatter } from '../../core/schemas/lesson.ts';
import type { Program } from '../../core/schemas/program.ts';
import type { LearningPath } from '../../core/schemas/path.ts';
import type { StageInfo } from '../../core/schemas/stage.ts';
import type { Workshop } from '../../core/schemas/workshop.ts';
import type { GlossaryTerm } from '../../core/schemas/glossary.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import type { LessonRegister } from '../../core/schemas/lesson-register.ts';
import type { MovedLessons } from '../../core/schemas/moved-lessons.ts';

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
	/** The small dictionary (`content/glossary.yaml`). */
	glossary: ParsedData<GlossaryTerm>[];
	/** `content/lesson-register.yaml` and `content/moved-lessons.yaml` when given and valid (the rule `lesson-register` checks them). */
	register?: { file: string; data: LessonRegister; moved: ParsedData<MovedLessons> };
}

export interface RuleInfo {
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
