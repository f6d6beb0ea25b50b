/**
 * Where a lesson component is being rendered: which lesson, which language and
 * which view. Starlight pages are the learner view; our slide and print pages set
 * `Astro.locals.naik` before rendering the same MDX content.
 */
import type { LessonFrontmatter } from '../../../core/schemas/lesson.ts';
import type { Lang } from '../../../core/schemas/vocabulary.ts';
import { langOf } from '../../../core/locales.ts';

type Locals = App.Locals & { starlightRoute?: { lang: string; entry: { data: unknown } } };

export function lessonContext(locals: Locals): { lesson: LessonFrontmatter | undefined; lang: Lang; view: 'learner' | 'slides' | 'print' } {
	if (locals.naik) return { lesson: locals.naik.lesson, lang: locals.naik.lang, view: locals.naik.view };
	const route = locals.starlightRoute;
	const data = route?.entry.data as Partial<LessonFrontmatter> | undefined;
	return {
		lesson: data?.lessonId ? (data as LessonFrontmatter) : undefined,
		lang: langOf(route?.lang),
		view: 'learner',
	};
}

/** Components that need the lesson's frontmatter fail the build with a hint when used outside a lesson. */
export function requireLesson(locals: Locals, component: string): { lesson: LessonFrontmatter; lang: Lang; view: 'learner' | 'slides' | 'print' } {
	const ctx = lessonContext(locals);
	if (!ctx.lesson) {
		throw new Error(`<${component} /> reads the lesson's frontmatter, so it can only be used in a lesson (src/content/docs/belajar/*.mdx). See content/AUTHORING.md.`);
	}
	return ctx as { lesson: LessonFrontmatter; lang: Lang; view: 'learner' | 'slides' | 'print' };
}
