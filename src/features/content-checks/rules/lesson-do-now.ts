import type { LessonRule } from '../rule.ts';

export const lessonDoNow: LessonRule = {
	name: 'lesson-do-now',
	description: 'Every practice starts with a do-now step (practice.doNow): one step on the phone, 10 minutes or less, that leaves a result.',
	scope: 'lesson',
	check({ file, data }) {
		if (data.practice.doNow) return [];
		return [{ file, field: 'practice.doNow', message: 'add a do-now step: practice.doNow with task (one step she can finish on her phone now), minutes (1–10) and result (what she has afterwards: a number written down, a photo, a drafted message, a setting changed); longer work stays in practice.checklist as "this week"' }];
	},
};
