import { describe, expect, it } from 'vitest';
import { trainerTimeFitsWorkshop as rule } from './trainer-time-fits-workshop.ts';
import { LESSON_BODY, parsed, pair } from './test-lesson.ts';
import type { ParsedContent } from '../rule.ts';

// LESSON_BODY plans one <TrainerNote minutes={5}>.
const content = (blockMinutes: number): ParsedContent => {
	const base = parsed({ lessons: pair() });
	return { ...base, workshops: [{ file: 'content/workshops/harga.yaml', data: { agenda: [{ kind: 'lesson', minutes: blockMinutes, lesson: 'cost-of-goods' }, { kind: 'activity', minutes: 5 }] } as never }] };
};

describe(rule.name, () => {
	it('refuses a lesson block shorter than the lesson\'s trainer notes', () => {
		expect(LESSON_BODY).toMatch(/minutes=\{5\}/);
		const lessons = content(5).lessons.map((l) => ({ ...l, body: l.body.replace('minutes={5}', 'minutes={15}') }));
		const byLang = { id: new Map(lessons.filter((l) => l.lang === 'id').map((l) => [l.data.lessonId, l])), en: new Map() };
		expect(rule.check({ ...content(10), lessons, byLang } as ParsedContent)).toEqual([expect.objectContaining({ file: 'content/workshops/harga.yaml', field: 'agenda.0.minutes', value: 10, message: expect.stringMatching(/plan 15 minutes but this block has 10/) })]);
	});
	it('passes a block that holds them', () => {
		expect(rule.check(content(5))).toEqual([]);
	});
});
