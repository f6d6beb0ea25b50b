/** Workshop plans from `content/workshops/`, in their `order`, with the lessons they use resolved per language. */
import { getCollection } from 'astro:content';
import type { Workshop } from '../schemas/workshop.ts';
import type { Lang } from '../schemas/vocabulary.ts';
import { getCatalogue, type Lesson } from './catalogue.ts';
import { workshopLessons } from '../../features/trainer/workshop.ts';
import { catalogueOrder } from './catalogue-order.ts';

let cache: Promise<Workshop[]> | undefined;

export function getWorkshops(): Promise<Workshop[]> {
	cache ??= getCollection('workshops').then((all) => all.map((e) => e.data).sort(catalogueOrder.workshops));
	return cache;
}

/** The plan's lessons in one language, in order of first use. The content check guarantees they exist. */
export async function lessonsOf(workshop: Workshop, lang: Lang): Promise<Lesson[]> {
	const { lessons } = await getCatalogue();
	return workshopLessons(workshop).map((id) => {
		const lesson = lessons[lang].get(id);
		if (!lesson) throw new Error(`content/workshops/${workshop.id}.yaml uses lesson "${id}", which has no ${lang} version`);
		return lesson;
	});
}
