import type { LessonRule } from '../rule.ts';
import { DEFAULT_LANG } from '../../../core/locales.ts';
import { DURATION_SLACK_MINUTES, READING_WORDS_PER_MINUTE, learnerWords, readingMinutes } from '../../lessons/reading-time.ts';

export const lessonDurationAddsUp: LessonRule = {
	name: 'lesson-duration-adds-up',
	description: `durationMinutes is reading (${READING_WORDS_PER_MINUTE} words a minute) plus the do-now step, up to ${DURATION_SLACK_MINUTES} minutes more (on the Indonesian source).`,
	scope: 'lesson',
	check({ file, lang, data, body }) {
		const doNow = data.practice.doNow;
		if (lang !== DEFAULT_LANG || !doNow) return [];
		const words = learnerWords(data, body);
		const least = readingMinutes(words) + doNow.minutes;
		const most = least + DURATION_SLACK_MINUTES;
		if (data.durationMinutes >= least && data.durationMinutes <= most) return [];
		const parts = `${words} words to read (${readingMinutes(words)} min at ${READING_WORDS_PER_MINUTE} words a minute) + do-now ${doNow.minutes} min = ${least} min`;
		const fix = data.durationMinutes < least ? `set durationMinutes to at least ${least}, or shorten the text or the do-now step` : `set durationMinutes to at most ${most}`;
		return [{ file, field: 'durationMinutes', value: data.durationMinutes, message: `${parts}: ${fix}` }];
	},
};
