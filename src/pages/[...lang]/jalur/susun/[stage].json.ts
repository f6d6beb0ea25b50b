/** One stage's lessons for the custom-path picker, in every language (`/jalur/susun/<stage>.json`): see src/features/paths/picker-lessons.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../../core/catalogue/catalogue.ts';
import { perLang } from '../../../../core/lang-routes.ts';
import { pickerStages, type PickerLesson } from '../../../../features/paths/picker-lessons.ts';

export const getStaticPaths = (async () => {
	const { lessons, paths } = await getCatalogue();
	return perLang((lang) => pickerStages(lang, lessons[lang].values(), paths).map((g) => ({ params: { stage: g.stage }, props: { lessons: g.lessons } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lessons: PickerLesson[] }> = ({ props: { lessons } }) => Response.json(lessons);
