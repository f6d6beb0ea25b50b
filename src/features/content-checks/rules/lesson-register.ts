import type { CrossFileRule, ParsedContent } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';
import type { LessonRegister } from '../../../core/schemas/lesson-register.ts';
import type { MovedLessons } from '../../../core/schemas/moved-lessons.ts';
import { DEFAULT_LANG } from '../../../core/schemas/vocabulary.ts';

const REGISTER = 'content/lesson-register.yaml';
const MOVED = 'content/moved-lessons.yaml';
const RUN = 'run `npm run register` and commit content/lesson-register.yaml with the lesson';

/**
 * No published address ever breaks. `content/lesson-register.yaml` lists every lesson id and slug the site has
 * published (`/belajar/<slug>/`, `/en/belajar/<slug>/`, `/l/<id>/`, `/en/l/<id>/`), the old slugs that redirect, and
 * the retired lessons. Against today's lessons:
 * - a registered lesson whose file was renamed needs its old slug in content/moved-lessons.yaml;
 * - a registered lesson that is gone (deleted, or its lessonId changed) needs a `retired:` entry saying which lesson
 *   replaces it (a changed lessonId is refused outright: ids never change);
 * - a redirect in content/moved-lessons.yaml is never deleted; retired ids and slugs are never reused.
 * A lesson not yet in the register is an error too, not accepted silently: the register is what protects a lesson's
 * addresses once it is published, and a lesson that went live unregistered could be renamed later with no check
 * noticing. Adding it is one command, which the message gives.
 */
export function registerProblems(lessons: Map<string, { file: string; slug: string }>, register: LessonRegister, moved: MovedLessons, movedFile = MOVED): ContentError[] {
	const errors: ContentError[] = [];
	const bySlug = new Map([...lessons].map(([id, l]) => [l.slug, id]));
	const redirected = (slug: string, id: string) => moved[slug] === id;
	for (const [id, slug] of Object.entries(register.published)) {
		const now = lessons.get(id);
		if (now) {
			if (now.slug === slug) continue;
			if (!redirected(slug, id)) errors.push({ file: now.file, field: '(file name)', value: now.slug, message: `this lesson (${id}) was published as "${slug}": add the line "${slug}: ${id}" to ${movedFile} so its old links keep working, then ${RUN}` });
			else errors.push({ file: REGISTER, field: `published.${id}`, value: slug, message: `${id} now lives at "${now.slug}" (its old slug redirects): ${RUN} to record the new slug` });
			continue;
		}
		if (register.retired[id]) continue;
		const there = bySlug.get(slug);
		if (there !== undefined) {
			errors.push({ file: lessons.get(there)!.file, field: 'lessonId', value: there, message: `this file was published with lessonId "${id}": a lesson id never changes (permalinks /l/${id}/, progress and the API use it). Put back lessonId: ${id}` });
			continue;
		}
		errors.push({ file: REGISTER, field: `published.${id}`, value: slug, message: `the lesson ${id} (${slug}) is gone: links to /belajar/${slug}/ and /l/${id}/ would break. Put it back, or move it to "retired:" in ${REGISTER} with replacedBy (the lesson id its links should go to) and a reason` });
	}
	for (const [slug, id] of Object.entries(register.moved)) {
		if (moved[slug] !== id) errors.push({ file: movedFile, field: slug, value: moved[slug], message: `the redirect "${slug}: ${id}" was removed or changed: old links in WhatsApp groups and printed handouts still use it. Put it back` });
	}
	for (const [id, retired] of Object.entries(register.retired)) {
		const where = `retired.${id}`;
		if (lessons.has(id)) errors.push({ file: lessons.get(id)!.file, field: 'lessonId', value: id, message: `${id} is a retired lesson id (${REGISTER}): ids are never reused; give this lesson a new id` });
		else if (bySlug.has(retired.slug)) errors.push({ file: lessons.get(bySlug.get(retired.slug)!)!.file, field: '(file name)', value: retired.slug, message: `"${retired.slug}" was the address of the retired lesson ${id}: choose another file name` });
		if (!lessons.has(retired.replacedBy)) errors.push({ file: REGISTER, field: `${where}.replacedBy`, value: retired.replacedBy, message: 'replacedBy must be the lessonId of a lesson on the site today', allowed: [...lessons.keys()].sort() });
		if (register.published[id] !== undefined) errors.push({ file: REGISTER, field: `published.${id}`, value: register.published[id], message: `${id} is both published and retired: ${RUN}` });
	}
	for (const [slug, id] of Object.entries(moved)) {
		if (bySlug.has(slug)) errors.push({ file: lessons.get(bySlug.get(slug)!)!.file, field: '(file name)', value: slug, message: `"${slug}" is an old address of ${id} (${movedFile}) and redirects there: choose another file name` });
	}
	const missing = [...lessons].filter(([id]) => register.published[id] === undefined && !register.retired[id]);
	for (const [id, lesson] of missing) errors.push({ file: lesson.file, field: 'lessonId', value: id, message: `this lesson is not in ${REGISTER} yet: ${RUN} (it adds "${id}: ${lesson.slug}")` });
	return errors;
}

/**
 * Today's lessons by id, from the Indonesian source files (translations share id and slug: other rules check that).
 * Read from the raw frontmatter, so a lesson whose other fields fail their schema is not also reported as gone.
 */
export function lessonsById({ input }: Pick<ParsedContent, 'input'>): Map<string, { file: string; slug: string }> {
	const found = new Map<string, { file: string; slug: string }>();
	for (const l of input.lessons) {
		const id = (l.data as { lessonId?: unknown } | null)?.lessonId;
		if (l.lang === DEFAULT_LANG && typeof id === 'string' && !found.has(id)) found.set(id, { file: l.file, slug: l.slug });
	}
	return found;
}

export const lessonRegister: CrossFileRule = {
	name: 'lesson-register',
	description: 'Every lesson id and slug ever published still resolves: a rename has a redirect, a removal a retired entry, and a new lesson is added with npm run register.',
	scope: 'content',
	check(content) {
		if (!content.register) return [];
		return registerProblems(lessonsById(content), content.register.data, content.register.moved.data, content.register.moved.file);
	},
};
