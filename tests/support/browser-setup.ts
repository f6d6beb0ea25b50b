/** Vitest global setup for browser tests: serve dist/ on a free local port. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

export default async function setup() {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
	const { server, url } = await startStaticServer('dist');
	process.env.NK_TEST_BASE_URL = url;
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
