/**
 * A script that goes inline in pages (before the first paint, or right after the element it shows), minified once:
 * its comments and indentation would otherwise be repeated in every page. Components call this while each page
 * renders, so the result is kept per source text and esbuild runs once per script, not once per page.
 */
import { transformSync } from 'esbuild';

const minified = new Map<string, string>();

export function inlineScript(source: string): string {
	let code = minified.get(source);
	if (code === undefined) {
		code = transformSync(source, { minify: true, target: 'es2020' }).code.trim();
		minified.set(source, code);
	}
	return code;
}
