/**
 * The curriculum as the pages and the JSON API see it: lessons by id in both
 * languages, paths, programs and stages, read once from Astro's content collections.
 * Code outside Astro (content guard, scripts, tests, config) reads the same files,
 * with the same schemas and in the same order, through `readCatalogue()` in
 * src/core/catalogue/read-content.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import type { Lang } from '../schemas/vocabulary.ts';
import { catalogueOrder } from './catalogue-order.ts';

export interface Lesson {
	lessonId: string;
	slug: string;
	lang: Lang;
	entry: CollectionEntry<'docs'>;
	data: LessonFrontmatter;
}

let cache: Promise<Catalogue> | undefined;
export interface Catalogue {
	lessons: Record<Lang, Map<string, Lesson>>;
	paths: CollectionEntry<'paths'>['data'][];
	programs: CollectionEntry<'programs'>['data'][];
	stages: CollectionEntry<'stages'>['data'][];
}

export function getCatalogue(): Promise<Catalogue> {
	cache ??= (async () => {
		const docs = await getCollection('docs', (e) => /^(en\/)?belajar\//.test(e.id));
		const lessons: Catalogue['lessons'] = { id: new Map(), en: new Map() };
		for (const entry of docs) {
			const lang: Lang = entry.id.startsWith('en/') ? 'en' : 'id';
			// The docs collection leaves lesson fields optional (it holds other pages too); a lesson has them all.
			const data = lessonFrontmatterSchema.parse(entry.data);
			const slug = entry.id.replace(/^(en\/)?belajar\//, '');
			lessons[lang].set(data.lessonId, { lessonId: data.lessonId, slug, lang, entry, data });
		}
		for (const lang of ['id', 'en'] as const) lessons[lang] = new Map([...lessons[lang].entries()].sort((a, b) => catalogueOrder.lessons(a[1], b[1])));
		const paths = (await getCollection('paths')).map((e) => e.data).sort(catalogueOrder.paths);
		const programs = (await getCollection('programs')).map((e) => e.data).sort(catalogueOrder.programs);
		const stages = (await getCollection('stages')).map((e) => e.data).sort(catalogueOrder.stages);
		return { lessons, paths, programs, stages };
	})();
	return cache;
}
