/**
 * Three test projects, run in this order by `npm test` (scripts/test-all.mjs). Every test sits in the
 * feature folder of what it covers, and its name says which project runs it:
 * - unit: `<module>.test.ts`, pure logic beside the module, no build needed;
 * - dist: `<topic>.dist.test.ts`, checks over the built site in dist/ (needs `npm run build` first);
 * - browser: `<topic>.browser.test.ts`, what a person does, in Debian's Chromium through playwright-core.
 * Shared test helpers are in tests/support/.
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
	resolve: { alias },
	test: {
		projects: [
			{ resolve: { alias }, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.dist.test.ts', '**/*.browser.test.ts', '**/node_modules/**'], environment: 'node' } },
			{ resolve: { alias }, test: { name: 'dist', include: ['src/**/*.dist.test.ts'], environment: 'node', testTimeout: 60_000 } },
			{
				resolve: { alias },
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/browser-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// Two files at a time, each with its own Chromium (launched once per file, a new context per test)
					// and the one static server of the global setup: on 2 cores the suite ran in about 2/3 of the
					// time of one file at a time.
					fileParallelism: true,
					maxWorkers: 2,
					// A page on a busy machine can take longer than expect.poll's default 1 s to react.
					expect: { poll: { timeout: 5_000 } },
				},
			},
		],
	},
});
