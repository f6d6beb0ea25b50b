import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../core/catalogue/catalogue.ts';
import { lessonsPayload } from '../../../features/api/api.ts';
import { SITE_URL } from '../../../core/site.ts';

export const GET: APIRoute = async () => {
	const { lessons } = await getCatalogue();
	return Response.json(lessonsPayload(lessons, SITE_URL));
};
