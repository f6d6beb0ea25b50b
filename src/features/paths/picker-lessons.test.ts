import { describe, expect, it } from 'vitest';
import { PICKER_INLINE_MAX, pickerInline, pickerStages, pickerStageUrl } from './picker-lessons.ts';

const lesson = (lessonId: string, stage: string, minutes = 10) => ({ slug: `${lessonId}-slug`, lessonId, data: { stage, title: `Title ${lessonId}`, durationMinutes: minutes } });
const lessons = [lesson('b', 'consistency'), lesson('a', 'consistency', 7), lesson('x', 'finance-basics'), lesson('loose', 'consistency')];
const paths = [
	{ id: 'tahap-1', kind: 'stage' as const, stage: 'consistency', lessons: ['a', 'b'] },
	{ id: 'persona', kind: 'persona' as const, lessons: ['x', 'a'] },
];

describe('custom-path picker lessons', () => {
	it('groups lessons by stage in curriculum order, each in its stage path order, lessons not on the path last', () => {
		const stages = pickerStages('id', lessons, paths);
		expect(stages.map((g) => g.stage)).toEqual(['consistency', 'finance-basics']);
		expect(stages[0]!.lessons.map((l) => l.id)).toEqual(['a', 'b', 'loose']);
		expect(stages[0]!.lessons[0]).toEqual({ id: 'a', title: 'Title a', minutes: 7, href: '/belajar/a-slug/' });
	});

	it('links a stage to its stage path (the way in without JavaScript), and only a stage path', () => {
		const stages = pickerStages('en', lessons, paths);
		expect(stages[0]!.pathHref).toBe('/en/jalur/tahap-1/');
		expect(stages[1]!.pathHref).toBeUndefined();
		expect(stages[0]!.lessons[0]!.href).toBe('/en/belajar/a-slug/');
	});

	it('lists lessons in the page up to the limit and loads them per stage above it', () => {
		expect(pickerInline(78)).toBe(true);
		expect(pickerInline(PICKER_INLINE_MAX)).toBe(true);
		expect(pickerInline(PICKER_INLINE_MAX + 1)).toBe(false);
		expect(pickerInline(5000)).toBe(false);
	});

	it('puts each stage list beside the picker, per language', () => {
		expect(pickerStageUrl('id', 'consistency')).toBe('/jalur/susun/consistency.json');
		expect(pickerStageUrl('en', 'consistency')).toBe('/en/jalur/susun/consistency.json');
	});
});
