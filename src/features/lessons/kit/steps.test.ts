import { describe, expect, it } from 'vitest';
import { checkSteps } from './steps.ts';

describe('checkSteps', () => {
	it("gives an ordered list Starlight's steps markup", () => {
		expect(checkSteps('<ol>\n<li>Satu</li>\n<li>Dua</li>\n</ol>')).toEqual({ html: '<ol role="list" class="sl-steps">\n<li>Satu</li>\n<li>Dua</li>\n</ol>' });
	});

	it('keeps counting from a start number', () => {
		expect(checkSteps('<ol start="4"><li>Empat</li></ol>')).toEqual({ html: '<ol start="4" role="list" class="sl-steps" style="--sl-steps-start: 3"><li>Empat</li></ol>' });
	});

	it('names what it found instead of one numbered list', () => {
		expect(checkSteps('<ul><li>a</li></ul>')).toEqual({ problem: expect.stringMatching(/<ul>.*bulleted list/) });
		expect(checkSteps('<p>a</p><ol><li>b</li></ol>')).toEqual({ problem: 'it holds 2 elements: <p>, <ol>' });
		expect(checkSteps('  ')).toEqual({ problem: expect.stringMatching(/no list/) });
	});
});
