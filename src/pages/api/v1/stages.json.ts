import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../core/catalogue/catalogue.ts';
import { stagesPayload } from '../../../features/api/api.ts';
import { SITE_URL } from '../../../core/site.ts';

export const GET: APIRoute = async () => {
	const { stages } = await getCatalogue();
	return Response.json(stagesPayload(stages, SITE_URL));
};
