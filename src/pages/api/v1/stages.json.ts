import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../data/catalogue.ts';
import { stagesPayload } from '../../../lib/api.ts';
import { SITE_URL } from '../../../config/site.ts';

export const GET: APIRoute = async () => {
	const { stages } = await getCatalogue();
	return Response.json(stagesPayload(stages, SITE_URL));
};
