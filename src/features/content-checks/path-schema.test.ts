/** The learning path schema (`content/paths/*.yaml`); the path rules are in src/features/content-checks/rules/. */
import { describe, expect, it } from 'vitest';
import { pathSchema } from '../../core/schemas/path.ts';
import { checkContent } from './content-check.ts';
import { both, path } from './rules/test-lesson.ts';

const text = { id: 'Teks', en: 'Text' };
const lessons = [...both('separate-money', 'finance-basics'), ...both('wa-basics', 'social-commerce')];

describe('pathSchema', () => {
	it('refuses a stage path whose id is not its stage, and a reserved id', () => {
		expect(pathSchema.safeParse({ id: 'money', kind: 'stage', stage: 'finance-basics', order: 0, title: text, description: text, audience: text, lessons: ['a', 'b'] }).success).toBe(false);
		const reserved = pathSchema.safeParse({ id: 'susun', kind: 'persona', order: 0, title: text, description: text, audience: text, lessons: ['a', 'b'] });
		expect(reserved.success).toBe(false);
		expect(JSON.stringify(reserved.error?.issues)).toMatch(/reserved/);
	});

	it('refuses a persona path with a stage and a stage path without one, naming file and field', () => {
		const { errors } = checkContent({
			lessons,
			paths: [path('a-persona', { kind: 'persona', stage: 'growth', lessons: ['separate-money', 'wa-basics'] }), path('b', { kind: 'stage', lessons: ['separate-money', 'wa-basics'] })],
		});
		expect(errors.map((e) => `${e.file}:${e.field}`).sort()).toEqual(['content/paths/a-persona.yaml:stage', 'content/paths/b.yaml:id', 'content/paths/b.yaml:stage'].sort());
	});
});
