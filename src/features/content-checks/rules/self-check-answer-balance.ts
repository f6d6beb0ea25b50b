import type { CrossFileRule, ParsedLesson } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';
import { LANGS } from '../../../core/locales.ts';

/** Across the curriculum, at most this share of correct answers may sit at one option position, or be the longest option. */
export const MAX_SHARE = 0.4;

interface Question {
	options: { text: string; correct?: boolean }[];
}

/** 0-based position of the correct option. */
const correctAt = (q: Question) => q.options.findIndex((o) => o.correct);
/** Whether the correct option is strictly longer than every other option (a test-wise learner's guess). */
export const correctIsLongest = (q: Question) => {
	const right = q.options[correctAt(q)].text.length;
	return q.options.every((o) => o.correct || o.text.length < right);
};
const questionsOf = (lesson: ParsedLesson): Question[] => lesson.data.selfCheck.flatMap((q) => (q.retry ? [q, q.retry] : [q]));
const pct = (n: number) => `${Math.round(n * 100)} %`;

export const selfCheckAnswerBalance: CrossFileRule = {
	name: 'self-check-answer-balance',
	description: `Right answers can't be guessed by position or length, per lesson and across the curriculum (at most ${pct(MAX_SHARE)} at one position or longest).`,
	scope: 'content',
	check({ lessons }) {
		const errors: ContentError[] = [];
		for (const lang of LANGS) {
			const ofLang = lessons.filter((l) => l.lang === lang);
			const all = ofLang.flatMap(questionsOf);
			for (const lesson of ofLang) {
				const qs = questionsOf(lesson);
				if (qs.length < 3) continue;
				const positions = new Set(qs.map(correctAt));
				if (positions.size === 1) {
					errors.push({ file: lesson.file, field: 'selfCheck', value: `option ${[...positions][0] + 1}`, message: 'every right answer is at the same position: move some right answers to other positions (in both languages)' });
				}
				if (qs.every(correctIsLongest)) {
					errors.push({ file: lesson.file, field: 'selfCheck', message: 'the right answer is the longest option in every question: shorten some right answers or make the wrong ones as full (in both languages)' });
				}
			}
			if (!all.length) continue;
			const where = `src/content/docs (${lang})`;
			const counts = new Map<number, number>();
			for (const q of all) counts.set(correctAt(q), (counts.get(correctAt(q)) ?? 0) + 1);
			for (const [position, n] of [...counts].sort((a, b) => a[0] - b[0])) {
				if (n / all.length > MAX_SHARE) {
					errors.push({ file: where, field: 'selfCheck', value: `option ${position + 1}: ${n} of ${all.length}`, message: `${pct(n / all.length)} of right answers are option ${position + 1}; at most ${pct(MAX_SHARE)} may be: move right answers to other positions` });
				}
			}
			const longest = all.filter(correctIsLongest).length;
			if (longest / all.length > MAX_SHARE) {
				errors.push({ file: where, field: 'selfCheck', value: `${longest} of ${all.length}`, message: `the right answer is the longest option in ${pct(longest / all.length)} of questions; at most ${pct(MAX_SHARE)} may be: shorten right answers or make wrong ones as full` });
			}
		}
		return errors;
	},
};
