import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../data/catalogue.ts';
import { programsPayload } from '../../../lib/api.ts';
import { SITE_URL } from '../../../config/site.ts';

export const GET: APIRoute = async () => {
	const { programs } = await getCatalogue();
	return Response.json(programsPayload(programs, SITE_URL));
};
