import { describe, expect, it } from 'vitest';
import { continueTarget, hasProgress } from './continue.ts';
import { emptyProgress, markDone, startPath, setCheck } from './progress.ts';

const paths = [
	{ id: 'start-selling', kind: 'stage', lessons: ['a', 'b', 'c'] },
	{ id: 'finance-basics', kind: 'stage', lessons: ['d', 'e'] },
	{ id: 'busy-mother', kind: 'persona', lessons: ['b', 'e', 'f'] },
];

describe('continue', () => {
	it('a first visit has no progress and nothing to continue', () => {
		expect(hasProgress(emptyProgress())).toBe(false);
		expect(continueTarget(emptyProgress(), paths)).toBeNull();
	});

	it('after one finished lesson: the next lesson of its stage path', () => {
		const s = markDone(emptyProgress(), 'd', '2026-12-01');
		expect(hasProgress(s)).toBe(true);
		expect(continueTarget(s, paths)).toEqual({ pathId: 'finance-basics', lessonId: 'e' });
	});

	it('a started path wins, newest first; a lesson done out of order is skipped', () => {
		let s = markDone(emptyProgress(), 'a', '2026-12-01');
		s = startPath(s, 'busy-mother', '2026-12-02');
		s = markDone(s, 'e', '2026-12-02');
		expect(continueTarget(s, paths)).toEqual({ pathId: 'busy-mother', lessonId: 'b' });
	});

	it('a finished path gives way to one in progress; all finished: nothing', () => {
		let s = ['a', 'b', 'c', 'd'].reduce((x, id) => markDone(x, id, '2026-12-01'), emptyProgress());
		expect(continueTarget(s, paths)).toEqual({ pathId: 'finance-basics', lessonId: 'e' });
		s = markDone(s, 'e', '2026-12-01');
		expect(continueTarget(s, paths)).toBeNull();
	});

	it('ticks alone count as progress but point nowhere yet', () => {
		const s = setCheck(emptyProgress(), 'a', 0, true);
		expect(hasProgress(s)).toBe(true);
		expect(continueTarget(s, paths)).toBeNull();
	});
});
