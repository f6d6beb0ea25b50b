import { describe, expect, it } from 'vitest';
import { lessonSkeletonParts as rule } from './lesson-skeleton-parts.ts';
import { LESSON_BODY, bodyOnly } from './test-lesson.ts';

describe(rule.name, () => {
	it('names every missing part', () => {
		const [error, ...rest] = rule.check(bodyOnly('## Judul\n\n<Objectives />\n\nTeks.\n'));
		expect(rest).toEqual([]);
		expect(error!.message).toMatch(/add <Steps>, <Example>, <Practice>, <SelfCheck>, <TrainerNote>, <WhatNext>/);
		expect(error!.allowed).toContain('Objectives');
	});

	it('does not take a word for a component', () => {
		expect(rule.check(bodyOnly(LESSON_BODY.replace('<WhatNext />', '<WhatNextLesson />')))[0]?.message).toMatch(/add <WhatNext> \(see/);
	});

	it('passes a lesson with every part', () => {
		expect(rule.check(bodyOnly(LESSON_BODY))).toEqual([]);
	});
});
