import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../core/catalogue/catalogue.ts';
import { programsPayload } from '../../../features/api/api.ts';
import { SITE_URL } from '../../../core/site.ts';

export const GET: APIRoute = async () => {
	const { programs } = await getCatalogue();
	return Response.json(programsPayload(programs, SITE_URL));
};
