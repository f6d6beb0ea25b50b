/**
 * Every compiled MDX page module also exports its whole frontmatter as an object literal (`export const frontmatter
 * = {…}`): for a lesson, its questions, practice, sources and objectives again, about a third of the module. Nothing
 * here reads it: Starlight and every lesson component take the lesson's data from the content store (`entry.data`,
 * checked by the schema), and Astro reads the export only as `render()`'s `remarkPluginFrontmatter` (unused here)
 * and for `frontmatter.layout`. The bundler holds every page module at once, and the built pages keep every module
 * they rendered, so that third was memory at every step of the build that grew with the curriculum (issue #20).
 * This Vite plugin keeps the export with only `layout` (when a page has one); a module whose export is not the
 * one-line JSON the MDX compiler writes is left as it is.
 */
import type { Plugin } from 'vite';

const EXPORT = '\nexport const frontmatter = ';

/** The module without its frontmatter copy, or undefined to leave it unchanged. */
export function slimFrontmatterExport(code: string): string | undefined {
	const at = code.indexOf(EXPORT);
	if (at < 0) return undefined;
	const valueStart = at + EXPORT.length;
	// JSON has no raw line breaks, so the literal ends at the end of its line.
	const lineEnd = code.indexOf('\n', valueStart);
	const literal = code.slice(valueStart, lineEnd < 0 ? undefined : lineEnd).replace(/;\s*$/, '');
	let data: unknown;
	try {
		data = JSON.parse(literal);
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const layout = (data as { layout?: unknown }).layout;
	const kept = layout === undefined ? {} : { layout };
	return `${code.slice(0, valueStart)}${JSON.stringify(kept)};${lineEnd < 0 ? '' : code.slice(lineEnd)}`;
}

export function mdxFrontmatter(): Plugin {
	return {
		name: 'naik-kelas:mdx-frontmatter',
		transform: {
			filter: { id: /\.mdx$/ },
			handler(code) {
				const slim = slimFrontmatterExport(code);
				return slim === undefined ? undefined : { code: slim, map: null };
			},
		},
	};
}
