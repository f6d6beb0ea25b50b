import type { LessonRule } from '../rule.ts';

/** A fact box inside a fact box reads as two notes to a screen reader and prints as a box in a box. */
export const keyFactNotNested: LessonRule = {
	name: 'key-fact-not-nested',
	description: 'A <KeyFact> never contains another <KeyFact>.',
	scope: 'lesson',
	check({ file, body }) {
		let depth = 0;
		for (const m of body.matchAll(/<(\/?)KeyFact\b[^>]*?(\/?)>/g)) {
			if (m[2]) continue;
			depth += m[1] ? -1 : 1;
			if (depth > 1)
				return [{ file, field: '(body)', value: m[0], message: '<KeyFact> inside another <KeyFact>: keep one fact box and remove the outer (or inner) tag' }];
		}
		return [];
	},
};
