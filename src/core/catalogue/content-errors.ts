/**
 * One error helper for everything authors write (lessons, programs, paths):
 * every problem names the file, the field, the value found and what is allowed,
 * so the author can fix it without reading code.
 */
export interface ContentError {
	/** Path relative to the project root. */
	file: string;
	/** Line in the file (1-based), when the problem has one: a YAML syntax error, a byte that is not UTF-8. */
	line?: number;
	/** Dotted field path, e.g. `selfCheck.0.options`. */
	field: string;
	message: string;
	/** The value that was found, if useful. */
	value?: unknown;
	/** The values that would be accepted, if the field has a fixed set. */
	allowed?: readonly string[];
	/** The rule that found it (`schema` for the schemas), set by the content check. */
	rule?: string;
	/** `warning`: printed by the build and `npm run lint:content`, never fails them (e.g. a fact due for a re-check). */
	severity?: 'warning';
}

type ZodLikeIssue = {
	path: PropertyKey[];
	message: string;
	code?: string;
	values?: readonly unknown[];
	input?: unknown;
};

/** Turn Zod issues into content errors, keeping the allowed values of enums. */
export function fromZodIssues(file: string, issues: readonly ZodLikeIssue[], data?: unknown): ContentError[] {
	return issues.map((issue) => {
		const field = issue.path.map(String).join('.') || '(frontmatter)';
		const value = issue.input !== undefined ? issue.input : valueAt(data, issue.path);
		const allowed = issue.values?.map(String);
		return { file, field, message: issue.message, value, allowed };
	});
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	let cur: unknown = data;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[key];
	}
	return cur;
}

/** Format errors as a readable block: one error per paragraph. */
export function formatContentErrors(errors: readonly ContentError[]): string {
	const lines = errors.map((e) => {
		const parts = [`${e.severity === 'warning' ? '⚠' : '✖'} ${e.file}${e.line ? `:${e.line}` : ''}`, `  field: ${e.field}`, `  problem: ${e.message}`];
		if (e.value !== undefined) parts.push(`  found: ${JSON.stringify(e.value)}`);
		if (e.allowed?.length) parts.push(`  allowed: ${e.allowed.join(', ')}`);
		return parts.join('\n');
	});
	const what = errors.every((e) => e.severity === 'warning') ? 'content warning(s)' : 'content error(s)';
	return `${errors.length} ${what}:\n\n${lines.join('\n\n')}\n`;
}
