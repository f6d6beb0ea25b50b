/**
 * A learning path's lesson ids in order (`/belajarku/jalur/<pathId>.json`, `/en/…`): for the pages that name a
 * long path by this address instead of carrying its list (src/core/catalogue/lesson-cards.ts, pathRef).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../../core/catalogue/catalogue.ts';
import { perLang } from '../../../../core/lang-routes.ts';

export const getStaticPaths = (async () => {
	const { paths } = await getCatalogue();
	return perLang(() => paths.map((p) => ({ params: { id: p.id }, props: { lessons: p.lessons } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lessons: string[] }> = ({ props: { lessons } }) => Response.json(lessons);
