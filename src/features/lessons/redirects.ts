/**
 * Redirect table for moved lessons. Pure so it can be unit-tested:
 * `moves` maps an old slug to the lesson id it belonged to; `current` maps
 * lesson ids to their slug today. Every old slug redirects in both languages.
 */
export function resolveMoves(moves: Record<string, string>, current: Record<string, string>): Record<string, string> {
	const table: Record<string, string> = {};
	for (const [oldSlug, lessonId] of Object.entries(moves)) {
		const slug = current[lessonId];
		if (!slug) throw new Error(`content/moved-lessons.yaml: "${oldSlug}" points at lesson id "${lessonId}", which no lesson has. Use the lessonId from the lesson's frontmatter.`);
		if (slug === oldSlug) throw new Error(`content/moved-lessons.yaml: "${oldSlug}" is still the current slug of "${lessonId}"; remove the entry.`);
		table[`/belajar/${oldSlug}/`] = `/belajar/${slug}/`;
		table[`/en/belajar/${oldSlug}/`] = `/en/belajar/${slug}/`;
	}
	return table;
}

/**
 * Redirects for retired lessons (content/lesson-register.yaml, `retired:`): the old slug in every language goes to
 * the lesson that replaced it. Throws when the replacement is not a lesson today (the content guard says so first).
 */
export function resolveRetired(retired: Record<string, { slug: string; replacedBy: string }>, current: Record<string, string>): Record<string, string> {
	const table: Record<string, string> = {};
	for (const [lessonId, { slug: oldSlug, replacedBy }] of Object.entries(retired)) {
		const slug = current[replacedBy];
		if (!slug) throw new Error(`content/lesson-register.yaml: retired lesson "${lessonId}" is replaced by "${replacedBy}", which no lesson has.`);
		table[`/belajar/${oldSlug}/`] = `/belajar/${slug}/`;
		table[`/en/belajar/${oldSlug}/`] = `/en/belajar/${slug}/`;
	}
	return table;
}
