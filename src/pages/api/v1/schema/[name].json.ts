/** JSON Schema of each API file and of a program data file, generated from the Zod schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { API_SCHEMAS } from '../../../../features/api/api-schema.ts';

export const getStaticPaths = (() => Object.keys(API_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const schema = API_SCHEMAS[params.name as keyof typeof API_SCHEMAS];
	return Response.json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
};
