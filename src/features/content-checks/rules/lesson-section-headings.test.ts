import { describe, expect, it } from 'vitest';
import { lessonSectionHeadings as rule } from './lesson-section-headings.ts';
import { LESSON_BODY, bodyOnly } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses a lesson without `## ` headings (a ### or a bare ## does not count)', () => {
		expect(rule.check(bodyOnly('<Objectives />\n\n### Kecil\n\n##\n\nTeks.\n'))).toEqual([expect.objectContaining({ file: 'x.mdx', field: '(body)', message: expect.stringMatching(/section headings/) })]);
	});

	it('passes a lesson with sections', () => {
		expect(rule.check(bodyOnly(LESSON_BODY))).toEqual([]);
	});
});
