import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV } from './build-heap.ts';

describe('the build environment', () => {
	it('npm run build runs scripts/build.ts, which starts astro build with BUILD_ENV (mimalloc reads it before any Astro config runs)', () => {
		expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.build).toBe('node scripts/build.ts');
		const script = readFileSync('scripts/build.ts', 'utf8');
		expect(script).toMatch(/env: \{ \.\.\.process\.env, \.\.\.BUILD_ENV \}/);
		expect(script).toContain("'build'");
	});
	it('sets mimalloc to return freed memory at once and to commit arenas on demand', () => {
		expect(BUILD_ENV).toEqual({ MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
	});
	it('npm test builds through npm run build', () => {
		expect(readFileSync('scripts/test-all.mjs', 'utf8')).toContain(`step('build', 'npm', ['run', 'build'])`);
	});
});
