import { describe, expect, it } from 'vitest';
import { MATERIALS_PER_PAGE, materialsParts } from './stage-materials.ts';

describe("a stage's materials in parts", () => {
	it('is one page up to the limit, then parts that together hold every lesson once', () => {
		expect(materialsParts('id', 'growth', 12)).toEqual([{ n: 1, from: 0, to: 12, href: '/pelatih/bahan/growth/' }]);
		expect(materialsParts('id', 'growth', MATERIALS_PER_PAGE)).toHaveLength(1);
		// A small limit shows the rule on a few lessons.
		const parts = materialsParts('en', 'growth', 7, 3);
		expect(parts.map((p) => p.href)).toEqual(['/en/pelatih/bahan/growth/', '/en/pelatih/bahan/growth/2/', '/en/pelatih/bahan/growth/3/']);
		expect(parts.map((p) => [p.from, p.to])).toEqual([[0, 3], [3, 6], [6, 7]]);
		expect(materialsParts('id', 'growth', 0)).toHaveLength(1);
	});
	it('keeps each part within the limit at 5,000 lessons', () => {
		const parts = materialsParts('id', 'growth', 833);
		expect(parts).toHaveLength(17);
		expect(Math.max(...parts.map((p) => p.to - p.from))).toBe(MATERIALS_PER_PAGE);
		expect(parts.at(-1)!.to).toBe(833);
	});
});
