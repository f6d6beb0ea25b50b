import { describe, expect, it } from 'vitest';
import { inlineScript } from './inline-script.ts';

describe('inline scripts', () => {
	it('minifies: no comments, no indentation, no trailing newline', () => {
		const code = inlineScript('// why\n(() => {\n\tconst answer = 42;\n\tdocument.title = String(answer);\n})();\n');
		expect(code).not.toMatch(/why|\n|\t/);
		expect(code).toContain('document.title');
	});

	it('gives the same text for the same source (one hash in the security headers)', () => {
		const source = '(function (e) { e.hidden = false; })(document.currentScript.parentElement);';
		expect(inlineScript(source)).toBe(inlineScript(source));
	});
});
