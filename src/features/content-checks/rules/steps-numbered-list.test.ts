import { describe, expect, it } from 'vitest';
import { stepsNumberedList as rule } from './steps-numbered-list.ts';
import { LESSON_BODY, bodyOnly } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses <Steps> around text that is not a numbered list, and empty <Steps>', () => {
		expect(rule.check(bodyOnly(LESSON_BODY.replace('1. Satu', 'Satu saja')))[0]?.message).toMatch(/<Steps> must wrap a numbered list/);
		expect(rule.check(bodyOnly('<Steps>\n\n</Steps>\n'))).toHaveLength(1);
		expect(rule.check(bodyOnly('<Steps>\n\n- Satu\n- Dua\n\n</Steps>\n'))).toHaveLength(1);
	});

	it('passes a numbered list, and a lesson without <Steps>', () => {
		expect(rule.check(bodyOnly(LESSON_BODY))).toEqual([]);
		expect(rule.check(bodyOnly('## Judul\n\nTeks.\n'))).toEqual([]);
	});
});
