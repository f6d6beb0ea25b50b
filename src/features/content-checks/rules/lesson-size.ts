import type { LessonRule } from '../rule.ts';

/**
 * A lesson's length matches the time it states. Limits from the corpus of 2026-12 (108 lesson files) with headroom:
 * the densest lesson has 71 words of text per stated minute and the largest file body is 6 KB. A slow reader on a
 * phone reads about 100–150 words a minute and a lesson's time also covers the practice and the self-check, so
 * 120 words per minute of `durationMinutes` is a generous ceiling: above it, split the lesson or state its real time.
 * The byte cap stops a pasted table or an embedded file (a lesson of megabytes) whatever its words.
 */
export const WORDS_PER_MINUTE_MAX = 120;
export const BODY_BYTES_MAX = 32 * 1024;

/** Words a learner reads in the body: prose and list text, not imports, tags or attribute values. */
export function readingWords(body: string): number {
	const text = body
		.replace(/^import .*$/gm, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[#*_`|>-]+/g, ' ');
	return text.match(/[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

export const lessonSize: LessonRule = {
	name: 'lesson-size',
	description: `A lesson body has at most ${WORDS_PER_MINUTE_MAX} words per minute of durationMinutes and at most ${BODY_BYTES_MAX / 1024} KB.`,
	scope: 'lesson',
	check({ file, body, data }) {
		const bytes = Buffer.byteLength(body);
		if (bytes > BODY_BYTES_MAX) return [{ file, field: '(body)', value: `${Math.round(bytes / 1024)} KB`, message: `the lesson text is larger than ${BODY_BYTES_MAX / 1024} KB: split it into two lessons (learners download it on prepaid data)` }];
		const words = readingWords(body);
		const limit = WORDS_PER_MINUTE_MAX * data.durationMinutes;
		if (words > limit) return [{ file, field: 'durationMinutes', value: data.durationMinutes, message: `the text has ${words} words, more than ${WORDS_PER_MINUTE_MAX} per stated minute (${limit} for ${data.durationMinutes} minutes): shorten it, split it into two lessons, or state its real time` }];
		return [];
	},
};
