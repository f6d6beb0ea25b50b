/**
 * The curriculum as the pages and the JSON API see it: lessons by id in both
 * languages, paths, programs, stages and workshops, read once from Astro's content collections.
 * Code outside Astro (content guard, scripts, tests, config) reads the same files,
 * with the same schemas and in the same order, through `readCatalogue()` in
 * src/core/catalogue/read-content.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import type { Lang } from '../schemas/vocabulary.ts';
import { DEFAULT_LANG, LANGS } from '../locales.ts';
import { catalogueOrder } from './catalogue-order.ts';

export interface Lesson {
	lessonId: string;
	slug: string;
	lang: Lang;
	entry: CollectionEntry<'docs'>;
	data: LessonFrontmatter;
}

/** A lesson's docs entry id: `belajar/<slug>` in the root language, `<lang>/belajar/<slug>` in the others. */
const LESSON_ENTRY = new RegExp(`^(?:(${LANGS.filter((l) => l !== DEFAULT_LANG).join('|')})/)?belajar/(.+)$`);

let cache: Promise<Catalogue> | undefined;
export interface Catalogue {
	lessons: Record<Lang, Map<string, Lesson>>;
	paths: CollectionEntry<'paths'>['data'][];
	programs: CollectionEntry<'programs'>['data'][];
	stages: CollectionEntry<'stages'>['data'][];
	workshops: CollectionEntry<'workshops'>['data'][];
	/** The small dictionary (`content/glossary.yaml`), in file order. */
	glossary: CollectionEntry<'glossary'>['data'][];
}

export function getCatalogue(): Promise<Catalogue> {
	cache ??= (async () => {
		const docs = await getCollection('docs', (e) => LESSON_ENTRY.test(e.id));
		const lessons = Object.fromEntries(LANGS.map((lang) => [lang, new Map<string, Lesson>()])) as Catalogue['lessons'];
		for (const entry of docs) {
			const [, prefix, slug] = LESSON_ENTRY.exec(entry.id)!;
			const lang = (prefix as Lang | undefined) ?? DEFAULT_LANG;
			// The docs collection leaves lesson fields optional (it holds other pages too); a lesson has them all.
			const data = lessonFrontmatterSchema.parse(entry.data);
			lessons[lang].set(data.lessonId, { lessonId: data.lessonId, slug: slug!, lang, entry, data });
		}
		for (const lang of LANGS) lessons[lang] = new Map([...lessons[lang].entries()].sort((a, b) => catalogueOrder.lessons(a[1], b[1])));
		const paths = (await getCollection('paths')).map((e) => e.data).sort(catalogueOrder.paths);
		const programs = (await getCollection('programs')).map((e) => e.data).sort(catalogueOrder.programs);
		const stages = (await getCollection('stages')).map((e) => e.data).sort(catalogueOrder.stages);
		const workshops = (await getCollection('workshops')).map((e) => e.data).sort(catalogueOrder.workshops);
		// The file loader keeps the file's order.
		const glossary = (await getCollection('glossary')).map((e) => e.data);
		return { lessons, paths, programs, stages, workshops, glossary };
	})();
	return cache;
}
