/**
 * The curriculum as the pages and the JSON API see it: lessons by id in both
 * languages, paths, programs and stages, read once from Astro's content collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LessonFrontmatter } from '../schemas/lesson.ts';
import type { Lang } from '../schemas/vocabulary.ts';
import { STAGES } from '../schemas/vocabulary.ts';

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
			const data = entry.data as unknown as LessonFrontmatter;
			const slug = entry.id.replace(/^(en\/)?belajar\//, '');
			lessons[lang].set(data.lessonId, { lessonId: data.lessonId, slug, lang, entry, data });
		}
		const byStage = (a: Lesson, b: Lesson) => STAGES.indexOf(a.data.stage) - STAGES.indexOf(b.data.stage);
		for (const lang of ['id', 'en'] as const) lessons[lang] = new Map([...lessons[lang].entries()].sort((a, b) => byStage(a[1], b[1])));
		const paths = (await getCollection('paths')).map((e) => e.data).sort((a, b) => (a.kind === b.kind ? a.order - b.order : a.kind === 'stage' ? -1 : 1));
		const programs = (await getCollection('programs')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name));
		const stages = (await getCollection('stages')).map((e) => e.data).sort((a, b) => STAGES.indexOf(a.id) - STAGES.indexOf(b.id));
		return { lessons, paths, programs, stages };
	})();
	return cache;
}
