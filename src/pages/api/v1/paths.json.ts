import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../core/catalogue/catalogue.ts';
import { pathsPayload } from '../../../features/api/api.ts';
import { SITE_URL } from '../../../core/site.ts';

export const GET: APIRoute = async () => {
	const { paths, lessons } = await getCatalogue();
	const minutes = new Map([...lessons.id.values()].map((l) => [l.lessonId, l.data.durationMinutes]));
	return Response.json(pathsPayload(paths, minutes, SITE_URL));
};
