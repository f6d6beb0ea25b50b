import { describe, expect, it } from 'vitest';
import { continueTarget, hasProgress, pathsByActivity } from './continue.ts';
import { emptyProgress, markDone, recordQuiz, startPath, setCheck } from './progress.ts';

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

describe('continue with paths of her own', () => {
	const mine = { id: 'susun-abc', kind: 'custom', lessons: ['f', 'd', 'b'], started: '2026-12-01' };

	it('a path she built counts as started: its first lesson before anything is done', () => {
		expect(hasProgress(emptyProgress(), { v: 1, custom: [{ id: mine.id, title: 'x', lessons: mine.lessons, started: mine.started }], programs: {} })).toBe(true);
		expect(hasProgress(emptyProgress(), { v: 1, custom: [], programs: {} })).toBe(false);
		expect(continueTarget(emptyProgress(), [...paths, mine])).toEqual({ pathId: 'susun-abc', lessonId: 'f' });
	});

	it('her own path wins over the stage path of the lesson she just did in it (a chosen path over one merely touched)', () => {
		const s = markDone(emptyProgress(), 'f', '2026-12-02');
		// f is also in busy-mother (not started) and in no stage path here; d is in finance-basics.
		const s2 = markDone(s, 'd', '2026-12-02');
		expect(continueTarget(s2, [...paths, mine])).toEqual({ pathId: 'susun-abc', lessonId: 'b' });
	});

	it('the path she last worked in wins, not the one she started last', () => {
		// She built her path on the 1st and did its first lesson; on the 3rd she opened finance-basics and finished d.
		let s = markDone(emptyProgress(), 'f', '2026-12-01');
		s = startPath(s, 'finance-basics', '2026-12-03');
		s = markDone(s, 'd', '2026-12-03');
		expect(continueTarget(s, [...paths, mine])).toEqual({ pathId: 'finance-basics', lessonId: 'e' });
		// On the 4th she answers the self-check of b, a lesson of her own path: she is back in it.
		s = recordQuiz(s, 'b', 2, 3, '2026-12-04T08:00:00.000Z');
		expect(continueTarget(s, [...paths, mine])).toEqual({ pathId: 'susun-abc', lessonId: 'b' });
	});

	it('the same day: the path chosen most recently; a finished path of her own gives way', () => {
		let s = startPath(emptyProgress(), 'busy-mother', '2026-11-20');
		s = markDone(s, 'b', '2026-12-05');
		// b is in busy-mother (started 20 Nov) and in her path (built 1 Dec): her path is the later choice.
		expect(continueTarget(s, [...paths, mine])).toEqual({ pathId: 'susun-abc', lessonId: 'f' });
		s = ['f', 'd'].reduce((x, id) => markDone(x, id, '2026-12-05'), s);
		expect(continueTarget(s, [...paths, mine])).toEqual({ pathId: 'busy-mother', lessonId: 'e' });
	});

	it('orders every path for Belajarku: unfinished first, then by the last day worked in', () => {
		let s = markDone(emptyProgress(), 'a', '2026-12-01');
		s = markDone(s, 'd', '2026-12-02');
		s = markDone(s, 'e', '2026-12-02');
		const order = pathsByActivity(s, [...paths, mine]).map((r) => [r.p.id, r.last, r.complete]);
		expect(order).toEqual([
			['susun-abc', '2026-12-02', false],
			['start-selling', '2026-12-01', false],
			['finance-basics', '2026-12-02', true],
		]);
	});
});

describe('continue on a day she worked in two paths', () => {
	const mine = { id: 'susun-abc', kind: 'custom', lessons: ['f', 'd', 'b'], started: '2026-12-01' };
	it('the path she last opened a lesson from wins the tie; a day later, days decide again', () => {
		let s = startPath(emptyProgress(), 'finance-basics', '2026-11-20');
		s = markDone(s, 'f', '2026-12-02');
		s = markDone(s, 'e', '2026-12-02');
		// Without a record: her own path, the later choice.
		expect(continueTarget(s, [...paths, mine])).toEqual({ pathId: 'susun-abc', lessonId: 'd' });
		// She last opened a lesson from finance-basics (that day).
		expect(continueTarget(s, [...paths, mine], { path: 'finance-basics', at: '2026-12-02T09:30:00.000Z' })).toEqual({ pathId: 'finance-basics', lessonId: 'd' });
		// A record from an earlier day does not beat a later day's work.
		s = markDone(s, 'b', '2026-12-03');
		expect(continueTarget(s, [...paths, mine], { path: 'finance-basics', at: '2026-12-02T09:30:00.000Z' })).toEqual({ pathId: 'susun-abc', lessonId: 'd' });
	});
});
