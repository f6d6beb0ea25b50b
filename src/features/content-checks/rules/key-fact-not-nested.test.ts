import { describe, expect, it } from 'vitest';
import { keyFactNotNested as rule } from './key-fact-not-nested.ts';
import { bodyOnly } from './test-lesson.ts';

describe(rule.name, () => {
	it('names a fact box inside a fact box', () => {
		const errors = rule.check(bodyOnly('<KeyFact source="A">\n\n<KeyFact source="A">Fakta.</KeyFact>\n\n</KeyFact>'));
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(/inside another <KeyFact>/);
	});

	it('passes fact boxes one after another', () => {
		expect(rule.check(bodyOnly('<KeyFact source="A">Satu.</KeyFact>\n\n<KeyFact source="B" checked="2026-12">Dua.</KeyFact>'))).toEqual([]);
	});
});
