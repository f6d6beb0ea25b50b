import { describe, expect, it } from 'vitest';
import { PROGRAM_LESSONS_MAX, cappedLessons, programLessons, type LessonRef } from './program-lessons.ts';
import { programsForLesson } from '../paths/path-nav.ts';

const ORDER = ['consistency', 'finance-basics', 'social-commerce', 'level-up'];
const lessons: LessonRef[] = [
	{ lessonId: 'daily-sales-log', stage: 'finance-basics', topics: ['financial-literacy'], platforms: [] },
	{ lessonId: 'whatsapp-catalog', stage: 'social-commerce', topics: ['social-commerce'], platforms: ['whatsapp'] },
	{ lessonId: 'marketplace-ads', stage: 'level-up', topics: ['platform-level-up'], platforms: ['e-commerce'] },
	{ lessonId: 'marketplace-seo', stage: 'level-up', topics: ['platform-level-up'], platforms: ['e-commerce'] },
];
const program = (id: string, stages: string[], lessonIds: string[], topics: string[] = [], platforms: string[] = []) => ({ id, stages, lessons: lessonIds, topics, platforms });

describe('programLessons', () => {
	it('splits lessons at the program’s first stage: earlier ones prepare, the rest follow', () => {
		const shop = program('shop', ['level-up'], ['marketplace-seo', 'daily-sales-log']);
		expect(programLessons(shop, [shop], lessons, ORDER)).toEqual({ prepare: ['daily-sales-log'], follow: ['marketplace-seo'] });
	});

	it('adds every lesson whose "programs that teach this" box lists the program, so links run both ways', () => {
		const shop = program('shop', ['level-up'], [], ['platform-level-up'], ['e-commerce']);
		const result = programLessons(shop, [shop], lessons, ORDER);
		expect(result.follow).toEqual(['marketplace-ads', 'marketplace-seo']);
		for (const l of lessons) {
			const listed = programsForLesson([shop], l).includes(shop);
			expect([...result.prepare, ...result.follow].includes(l.lessonId)).toBe(listed);
		}
	});

	it('puts everything under "follow" when the program’s stages are not known', () => {
		const p = program('p', [], ['whatsapp-catalog', 'daily-sales-log']);
		expect(programLessons(p, [p], lessons, ORDER)).toEqual({ prepare: [], follow: ['daily-sales-log', 'whatsapp-catalog'] });
	});

	it('skips lesson ids that are not published', () => {
		const p = program('p', ['finance-basics'], ['ghost', 'daily-sales-log']);
		expect(programLessons(p, [p], lessons, ORDER)).toEqual({ prepare: [], follow: ['daily-sales-log'] });
	});

	it('keeps the program’s own order within a stage', () => {
		const p = program('p', ['level-up'], ['marketplace-seo', 'marketplace-ads']);
		expect(programLessons(p, [p], lessons, ORDER).follow).toEqual(['marketplace-seo', 'marketplace-ads']);
	});
});

describe('cappedLessons', () => {
	it('lists a short group whole, and a long one up to the limit with the program\'s own lessons kept, in order', () => {
		expect(cappedLessons(['a', 'b'], [], 3)).toEqual({ shown: ['a', 'b'], more: 0 });
		expect(cappedLessons(['a', 'b', 'c', 'd', 'e'], ['e'], 3)).toEqual({ shown: ['a', 'b', 'e'], more: 2 });
		const many = Array.from({ length: 1250 }, (_, i) => `l${i}`);
		const capped = cappedLessons(many, ['l1249']);
		expect(capped.shown).toHaveLength(PROGRAM_LESSONS_MAX);
		expect(capped.shown.at(-1)).toBe('l1249');
		expect(capped.more).toBe(1250 - PROGRAM_LESSONS_MAX);
	});
});
