/**
 * Cross-file checks that a per-file schema cannot do: unique lesson ids,
 * every lesson in both languages, every reference (prerequisite, path step,
 * program → lesson) pointing at a lesson that exists, and the lesson skeleton.
 * Pure: callers read the files; this only looks at the records.
 */
import type { ContentError } from './content-errors.ts';
import { fromZodIssues } from './content-errors.ts';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { programSchema } from '../schemas/program.ts';
import { pathSchema } from '../schemas/path.ts';
import { stageSchema } from '../schemas/stage.ts';
import { workshopSchema } from '../schemas/workshop.ts';
import { LANGS, STAGES, type Lang } from '../schemas/vocabulary.ts';

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

/** MDX components every lesson must use, in skeleton order. */
export const SKELETON_COMPONENTS = ['Objectives', 'Steps', 'Example', 'Practice', 'SelfCheck', 'TrainerNote', 'WhatNext'] as const;

/** ALL_CAPS_WITH_UNDERSCORES words are template placeholders; none may ship. */
export const PLACEHOLDER_PATTERN = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g;

export function checkLessonBody(file: string, body: string): ContentError[] {
	const errors: ContentError[] = [];
	const missing = SKELETON_COMPONENTS.filter((name) => !new RegExp(`<${name}[\\s/>]`).test(body));
	if (missing.length) {
		errors.push({
			file,
			field: '(body)',
			message: `the lesson skeleton is incomplete: add ${missing.map((m) => `<${m}>`).join(', ')} (see content/templates/lesson.mdx)`,
			allowed: [...SKELETON_COMPONENTS],
		});
	}
	if (!/^##\s+\S/m.test(body)) {
		errors.push({ file, field: '(body)', message: 'a lesson needs `## ` section headings (they become slides)' });
	}
	// Components used wrongly: caught here with a hint, before the build renders them.
	for (const tag of body.match(/<Figure\b[^>]*\/?>/g) ?? []) {
		if (!/\balt=("[^"]{10,}"|\{)/.test(tag)) errors.push({ file, field: '(body)', value: tag, message: '<Figure> needs alt="…" (10+ characters, in the page\'s language) saying what the picture teaches' });
		if (!/\bsrc=\{/.test(tag)) errors.push({ file, field: '(body)', value: tag, message: '<Figure> needs src={importedImage}: import the image at the top of the lesson' });
	}
	for (const tag of body.match(/<Example\b[^>]*>/g) ?? []) {
		if (!/\bkind="(do|dont)"/.test(tag)) errors.push({ file, field: '(body)', value: tag, message: '<Example> needs kind="do" (good example) or kind="dont" (weak example)', allowed: ['do', 'dont'] });
	}
	if (/<Steps>\s*<\/Steps>/.test(body) || (/<Steps>/.test(body) && !/<Steps>\s*\n\s*1\.\s/.test(body))) {
		errors.push({ file, field: '(body)', message: '<Steps> must wrap a numbered list that starts right after the opening tag (a blank line, then "1. …")' });
	}
	const placeholders = [...new Set(body.match(PLACEHOLDER_PATTERN) ?? [])];
	if (placeholders.length) {
		errors.push({
			file,
			field: '(body)',
			message: 'template placeholders are still in the text: replace them with real content',
			value: placeholders,
		});
	}
	return errors;
}

function placeholdersIn(value: unknown): string[] {
	const text = JSON.stringify(value) ?? '';
	return [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];
}

export interface CheckedContent {
	errors: ContentError[];
	/** Valid lessons by language then lesson id. */
	lessons: Record<Lang, Map<string, LessonFile & { data: LessonFrontmatter }>>;
}

export function checkContent(input: ContentInput): CheckedContent {
	const errors: ContentError[] = [];
	const lessons: CheckedContent['lessons'] = { id: new Map(), en: new Map() };
	const slugById = new Map<string, { slug: string; file: string }>();

	for (const lesson of input.lessons) {
		const parsed = lessonFrontmatterSchema.safeParse(lesson.data);
		if (!parsed.success) {
			errors.push(...fromZodIssues(lesson.file, parsed.error.issues, lesson.data));
			continue;
		}
		const leftovers = placeholdersIn(lesson.data);
		if (leftovers.length) {
			errors.push({ file: lesson.file, field: '(frontmatter)', message: 'template placeholders are still in the frontmatter', value: leftovers });
		}
		errors.push(...checkLessonBody(lesson.file, lesson.body));
		const id = parsed.data.lessonId;
		const seen = lessons[lesson.lang].get(id);
		if (seen) {
			errors.push({ file: lesson.file, field: 'lessonId', value: id, message: `duplicate lessonId: ${seen.file} already uses it. Every lesson needs its own permanent id.` });
			continue;
		}
		const pair = slugById.get(id);
		if (pair && pair.slug !== lesson.slug) {
			errors.push({ file: lesson.file, field: 'lessonId', value: id, message: `lessonId is used by ${pair.file} with another slug: both languages must use the same file name` });
		}
		slugById.set(id, { slug: lesson.slug, file: lesson.file });
		lessons[lesson.lang].set(id, { ...lesson, data: parsed.data });
	}

	// Every lesson exists in both languages, with the same stage and duration.
	for (const lang of LANGS) {
		const other: Lang = lang === 'id' ? 'en' : 'id';
		for (const [id, lesson] of lessons[lang]) {
			const twin = lessons[other].get(id);
			if (!twin) {
				const expected = other === 'en' ? `src/content/docs/en/belajar/${lesson.slug}.mdx` : `src/content/docs/belajar/${lesson.slug}.mdx`;
				errors.push({ file: lesson.file, field: 'lessonId', value: id, message: `missing translation: add ${expected} (${other === 'en' ? 'English' : 'Indonesian'}) with the same lessonId` });
				continue;
			}
			if (lang === 'id') {
				for (const key of ['stage', 'durationMinutes'] as const) {
					if (JSON.stringify(twin.data[key]) !== JSON.stringify(lesson.data[key])) {
						errors.push({ file: twin.file, field: key, value: twin.data[key], message: `differs from the Indonesian version (${JSON.stringify(lesson.data[key])}); translations share the same metadata` });
					}
				}
				if (twin.data.selfCheck.length !== lesson.data.selfCheck.length || twin.data.practice.checklist.length !== lesson.data.practice.checklist.length) {
					errors.push({ file: twin.file, field: 'selfCheck', message: 'the translation must have the same number of self-check questions and checklist items as the Indonesian version' });
				}
			}
		}
	}

	// Pages other than lessons (home, guides) must exist in both languages too.
	const pageKeys = new Set((input.pages ?? []).map((p) => `${p.lang}:${p.rel}`));
	for (const p of input.pages ?? []) {
		if (p.rel.startsWith('belajar/')) continue; // lessons are checked above, with their ids
		const other: Lang = p.lang === 'id' ? 'en' : 'id';
		if (!pageKeys.has(`${other}:${p.rel}`)) {
			errors.push({ file: p.file, field: '(page)', message: `missing translation: add src/content/docs/${other === 'en' ? 'en/' : ''}${p.rel}` });
		}
	}

	const known = new Set([...lessons.id.keys(), ...lessons.en.keys()]);
	const allowedHint = (ids: Iterable<string>) => [...ids].sort();
	const checkRef = (file: string, field: string, ref: string) => {
		if (!known.has(ref)) errors.push({ file, field, value: ref, message: 'unknown lesson id', allowed: allowedHint(known) });
	};

	for (const lesson of lessons.id.values()) {
		lesson.data.prerequisites.forEach((ref, i) => {
			if (ref === lesson.data.lessonId) errors.push({ file: lesson.file, field: `prerequisites.${i}`, value: ref, message: 'a lesson cannot be its own prerequisite' });
			else checkRef(lesson.file, `prerequisites.${i}`, ref);
		});
	}

	const checkData = <S extends { safeParse: (d: unknown) => { success: boolean; data?: any; error?: any } }>(
		files: DataFile[] | undefined,
		schema: S,
		each?: (file: string, data: any) => void,
	) => {
		const ids = new Map<string, string>();
		for (const f of files ?? []) {
			const parsed = schema.safeParse(f.data);
			if (!parsed.success) {
				errors.push(...fromZodIssues(f.file, parsed.error.issues, f.data));
				continue;
			}
			const id = parsed.data.id as string;
			const base = f.file.split('/').pop()!.replace(/\.ya?ml$/, '');
			if (f.file.match(/\/(programs|paths|workshops)\//) && base !== id) {
				errors.push({ file: f.file, field: 'id', value: id, message: `the id must match the file name ("${base}")` });
			}
			if (ids.has(id)) errors.push({ file: f.file, field: 'id', value: id, message: `duplicate id: ${ids.get(id)} already uses it` });
			ids.set(id, f.file);
			each?.(f.file, parsed.data);
		}
	};

	checkData(input.programs, programSchema, (file, p) => p.lessons.forEach((ref: string, i: number) => checkRef(file, `lessons.${i}`, ref)));
	const stagePaths = new Map<string, { file: string; lessons: string[] }>();
	checkData(input.paths, pathSchema, (file, p) => {
		const seen = new Set<string>();
		p.lessons.forEach((ref: string, i: number) => {
			checkRef(file, `lessons.${i}`, ref);
			if (seen.has(ref)) errors.push({ file, field: `lessons.${i}`, value: ref, message: 'a lesson appears twice in this path' });
			seen.add(ref);
			const lesson = lessons.id.get(ref);
			if (!lesson) return;
			if (p.kind === 'stage' && lesson.data.stage !== p.stage) {
				errors.push({ file, field: `lessons.${i}`, value: ref, message: `this lesson belongs to stage "${lesson.data.stage}" (${lesson.file}): move it to content/paths/${lesson.data.stage}.yaml` });
			}
			if (p.maxLessonMinutes !== undefined && lesson.data.durationMinutes > p.maxLessonMinutes) {
				errors.push({ file, field: `lessons.${i}`, value: ref, message: `this lesson takes ${lesson.data.durationMinutes} minutes but the path allows at most ${p.maxLessonMinutes} (maxLessonMinutes): take it out of the path or shorten the lesson` });
			}
		});
		if (p.kind === 'stage') stagePaths.set(p.stage, { file, lessons: p.lessons });
	});
	// A stage path lists every lesson of its stage, so no lesson is left out of the stage model.
	for (const [stage, path] of stagePaths) {
		const missing = [...lessons.id.values()].filter((l) => l.data.stage === stage && !path.lessons.includes(l.data.lessonId));
		for (const l of missing) {
			errors.push({ file: path.file, field: 'lessons', value: l.data.lessonId, message: `the ${stage} stage path must list every lesson of its stage: add "${l.data.lessonId}" (${l.file}) where it fits in the teaching order` });
		}
	}
	checkData(input.workshops, workshopSchema, (file, w) => {
		w.agenda.forEach((b: { lesson?: string }, i: number) => b.lesson && checkRef(file, `agenda.${i}.lesson`, b.lesson));
		w.handsOn.forEach((h: { lesson?: string }, i: number) => h.lesson && checkRef(file, `handsOn.${i}.lesson`, h.lesson));
		w.homework.forEach((h: { lesson?: string }, i: number) => h.lesson && checkRef(file, `homework.${i}.lesson`, h.lesson));
	});
	if (input.stages) {
		checkData(input.stages, stageSchema);
		const got = input.stages.map((s) => (s.data as { id?: string })?.id);
		if (JSON.stringify(got) !== JSON.stringify(STAGES)) {
			errors.push({ file: input.stages[0]?.file ?? 'content/stages.yaml', field: 'id', value: got, message: 'stages must list every stage of the vocabulary exactly once, in order', allowed: [...STAGES] });
		}
	}
	return { errors, lessons };
}
