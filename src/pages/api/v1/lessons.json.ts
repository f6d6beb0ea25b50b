import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../data/catalogue.ts';
import { lessonsPayload } from '../../../lib/api.ts';
import { SITE_URL } from '../../../config/site.ts';

export const GET: APIRoute = async () => {
	const { lessons } = await getCatalogue();
	return Response.json(lessonsPayload(lessons.id, lessons.en, SITE_URL));
};
