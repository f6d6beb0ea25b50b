import { describe, expect, it } from 'vitest';
import { PATH_STEPS_PER_PAGE, pathPartUrl, pathParts } from './path-parts.ts';

describe('path parts', () => {
	it('keeps a path within the limit on its own page', () => {
		expect(pathParts('id', 'consistency', 12)).toEqual([{ n: 1, from: 0, to: 12, href: '/jalur/consistency/' }]);
		expect(pathParts('id', 'consistency', PATH_STEPS_PER_PAGE)).toHaveLength(1);
	});

	it('splits a long path into parts that cover every step once, in order', () => {
		const parts = pathParts('en', 'growth', 2 * PATH_STEPS_PER_PAGE + 7);
		expect(parts.map((p) => [p.n, p.from, p.to])).toEqual([
			[1, 0, PATH_STEPS_PER_PAGE],
			[2, PATH_STEPS_PER_PAGE, 2 * PATH_STEPS_PER_PAGE],
			[3, 2 * PATH_STEPS_PER_PAGE, 2 * PATH_STEPS_PER_PAGE + 7],
		]);
		expect(parts.map((p) => p.href)).toEqual(['/en/jalur/growth/', '/en/jalur/growth/2/', '/en/jalur/growth/3/']);
	});

	it('gives part 1 the path\'s own address, so links to a path keep working', () => {
		expect(pathPartUrl('id', 'level-up', 1)).toBe('/jalur/level-up/');
		expect(pathPartUrl('id', 'level-up', 4)).toBe('/jalur/level-up/4/');
	});

	it('still has one part for an empty path', () => {
		expect(pathParts('id', 'x', 0)).toEqual([{ n: 1, from: 0, to: 0, href: '/jalur/x/' }]);
	});
});
