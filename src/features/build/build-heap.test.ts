import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV } from './build-heap.ts';

describe('the build environment', () => {
	it('npm run build sets every variable of BUILD_ENV (mimalloc reads them before any Astro config runs)', () => {
		const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build as string;
		for (const [k, v] of Object.entries(BUILD_ENV)) expect(script).toMatch(new RegExp(`(?:^|\\s)${k}=${v}\\s`));
		expect(script).toMatch(/astro build$/);
	});
	it('npm test builds through npm run build', () => {
		expect(readFileSync('scripts/test-all.mjs', 'utf8')).toContain(`step('build', 'npm', ['run', 'build'])`);
	});
});
