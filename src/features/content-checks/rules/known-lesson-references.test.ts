import { describe, expect, it } from 'vitest';
import { knownLessonReferences as rule } from './known-lesson-references.ts';
import { pair, parsed, path } from './test-lesson.ts';

describe(rule.name, () => {
	it('refuses an unknown prerequisite and lists the known ids', () => {
		const [error, ...rest] = rule.check(parsed({ lessons: pair({ prerequisites: ['no-such-lesson'] }) }));
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: 'prerequisites.0', value: 'no-such-lesson', message: 'unknown lesson id', allowed: ['cost-of-goods'] });
	});

	it('refuses a lesson that is its own prerequisite', () => {
		expect(rule.check(parsed({ lessons: pair({ prerequisites: ['cost-of-goods'] }) }))).toEqual([expect.objectContaining({ field: 'prerequisites.0', message: 'a lesson cannot be its own prerequisite' })]);
	});

	it('checks path references', () => {
		const errors = rule.check(parsed({ lessons: pair(), paths: [path('mine', { kind: 'persona', lessons: ['cost-of-goods', 'ghost'] })] }));
		expect(errors).toEqual([expect.objectContaining({ file: 'content/paths/mine.yaml', field: 'lessons.1', value: 'ghost' })]);
	});

	it('passes references to lessons that exist', () => {
		expect(rule.check(parsed({ lessons: [...pair(), ...pair({ lessonId: 'pricing', prerequisites: ['cost-of-goods'] }, 'harga')], paths: [path('mine', { kind: 'persona', lessons: ['cost-of-goods', 'pricing'] })] }))).toEqual([]);
	});
});
