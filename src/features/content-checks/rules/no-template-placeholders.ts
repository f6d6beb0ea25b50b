import type { LessonRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

/** ALL_CAPS_WITH_UNDERSCORES words are template placeholders; none may ship. */
export const PLACEHOLDER_PATTERN = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g;

const placeholdersIn = (text: string) => [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];

export const noTemplatePlaceholders: LessonRule = {
	name: 'no-template-placeholders',
	description: 'No ALL_CAPS_PLACEHOLDER from content/templates/lesson.mdx is left in the frontmatter or the text.',
	scope: 'lesson',
	check({ file, data, body }) {
		const errors: ContentError[] = [];
		const inFrontmatter = placeholdersIn(JSON.stringify(data) ?? '');
		if (inFrontmatter.length) errors.push({ file, field: '(frontmatter)', message: 'template placeholders are still in the frontmatter', value: inFrontmatter });
		const inBody = placeholdersIn(body);
		if (inBody.length) errors.push({ file, field: '(body)', message: 'template placeholders are still in the text: replace them with real content', value: inBody });
		return errors;
	},
};
