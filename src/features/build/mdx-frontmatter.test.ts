import { describe, expect, it } from 'vitest';
import { slimFrontmatterExport } from './mdx-frontmatter.ts';

const module = (frontmatter: string) => `import { jsx as _jsx } from "astro/jsx-runtime";
function _createMdxContent(props) { return _jsx("p", { children: "Rp15.000;" }); }
export const frontmatter = ${frontmatter};
export function getHeadings() { return []; }
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);`;

describe("the frontmatter copy in compiled MDX modules", () => {
	it('keeps the export, empty, and every other line as it was', () => {
		const fm = JSON.stringify({ title: 'Hitung HPP', selfCheck: [{ question: 'Apa itu HPP?\nBaris dua; "kutip"', options: [{ text: 'a', correct: true }] }] });
		const out = slimFrontmatterExport(module(fm))!;
		expect(out).toBe(module('{}'));
		expect(out).not.toContain('Hitung HPP');
	});
	it("keeps a page's layout, which Astro reads from the export", () => {
		expect(slimFrontmatterExport(module('{"title":"x","layout":"../Base.astro"}'))).toBe(module('{"layout":"../Base.astro"}'));
	});
	it('leaves a module alone when the export is missing or not one line of JSON', () => {
		expect(slimFrontmatterExport('export default 1;')).toBeUndefined();
		expect(slimFrontmatterExport(module('{ title: "x" }'))).toBeUndefined();
		expect(slimFrontmatterExport(module('{"title":'))).toBeUndefined();
		expect(slimFrontmatterExport(module('[1]'))).toBeUndefined();
	});
});
