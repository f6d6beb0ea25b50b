import { describe, expect, it } from 'vitest';
import { correctIsLongest, selfCheckAnswerBalance as rule } from './self-check-answer-balance.ts';
import { parsed, pair } from './test-lesson.ts';

/** A question whose right answer is at `at` (0-based) of three options; `long` makes the right answer the longest. */
const q = (n: number, at: number, long = false) => ({
	question: `Pertanyaan nomor ${n}?`,
	options: [0, 1, 2].map((i) => (i === at ? { text: long ? 'Jawaban yang benar dan panjang' : 'Benar', correct: true, explain: 'Karena benar.' } : { text: `Salah ${i}`, explain: 'Karena salah.' })),
});
const lessonWith = (id: string, selfCheck: unknown[]) => pair({ lessonId: id, title: `Pelajaran ${id}`, selfCheck }, id);

describe(rule.name, () => {
	it('knows when the right answer is strictly the longest', () => {
		expect(correctIsLongest(q(1, 0, true))).toBe(true);
		expect(correctIsLongest(q(1, 0))).toBe(false);
	});

	it('refuses a lesson whose right answers all sit at one position or are all the longest', () => {
		const errors = rule.check(parsed({ lessons: [...lessonWith('a', [q(1, 1, true), q(2, 1, true), q(3, 1, true)]), ...lessonWith('b', [q(1, 0), q(2, 2), q(3, 0)]), ...lessonWith('c', [q(1, 2), q(2, 0), q(3, 2)])] }));
		const forA = errors.filter((e) => e.file === 'src/content/docs/belajar/a.mdx');
		expect(forA.map((e) => e.message)).toEqual([expect.stringMatching(/same position/), expect.stringMatching(/longest option in every question/)]);
	});

	it('refuses a curriculum where one position holds more than 40 % of right answers', () => {
		const errors = rule.check(parsed({ lessons: [...lessonWith('a', [q(1, 0), q(2, 0), q(3, 1)]), ...lessonWith('b', [q(1, 0), q(2, 2), q(3, 0)])] }));
		expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/docs (id)', value: 'option 1: 4 of 6', message: expect.stringMatching(/67 % of right answers are option 1/) }));
	});

	it('passes a balanced curriculum', () => {
		expect(rule.check(parsed({ lessons: [...lessonWith('a', [q(1, 0), q(2, 1), q(3, 2)]), ...lessonWith('b', [q(1, 2), q(2, 1, true), q(3, 0)]), ...lessonWith('c', [q(1, 1), q(2, 2), q(3, 0)])] }))).toEqual([]);
	});
});
