import type { LessonRule } from '../rule.ts';

export const figureAttributes: LessonRule = {
	name: 'figure-attributes',
	description: 'Every <Figure> has an imported src={…} and an alt text of 10+ characters.',
	scope: 'lesson',
	check({ file, body }) {
		return (body.match(/<Figure\b[^>]*\/?>/g) ?? []).flatMap((tag) => [
			...(/\balt=("[^"]{10,}"|\{)/.test(tag) ? [] : [{ file, field: '(body)', value: tag, message: '<Figure> needs alt="…" (10+ characters, in the page\'s language) saying what the picture teaches' }]),
			...(/\bsrc=\{/.test(tag) ? [] : [{ file, field: '(body)', value: tag, message: '<Figure> needs src={importedImage}: import the image at the top of the lesson' }]),
		]);
	},
};
