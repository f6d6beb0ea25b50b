/** Workshop plans from the catalogue (`content/workshops/`, in their `order`), with the lessons they use resolved per language. */
import type { Workshop } from '../../core/schemas/workshop.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { getCatalogue, type Lesson } from '../../core/catalogue/catalogue.ts';
import { workshopLessons } from './workshop.ts';

export async function getWorkshops(): Promise<Workshop[]> {
	return (await getCatalogue()).workshops;
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
