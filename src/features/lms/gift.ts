/**
 * Self-check questions as a Moodle GIFT question bank (one plain-text file per
 * lesson and per path, per language), for pre- and post-tests in an LMS.
 * Format: https://docs.moodle.org/en/GIFT_format. Every option keeps its
 * explanation as per-answer feedback (`#`), and the lesson id names each
 * question and its category, so a re-import updates rather than duplicates.
 */
export interface GiftOption {
	text: string;
	correct: boolean;
	explain: string;
}
export interface GiftQuestion {
	question: string;
	options: GiftOption[];
}
export interface GiftLesson {
	lessonId: string;
	title: string;
	url: string;
	selfCheck: GiftQuestion[];
}

/**
 * Escape text for GIFT: the characters `~ = # { } :` start syntax, so each is
 * written with a backslash, and so is the backslash itself. Line breaks would
 * end a question early, so whitespace runs become one space.
 */
export function escapeGift(text: string): string {
	return text.replace(/\s+/g, ' ').trim().replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** Comment lines must not contain a line break either. */
const comment = (text: string) => `// ${text.replace(/\s+/g, ' ').trim()}`;

/** One lesson's questions, under a category named by the lesson id. */
export function giftLessonBlock(lesson: GiftLesson, categoryRoot: string): string {
	const lines = [comment(`${lesson.title} · ${lesson.url}`), `$CATEGORY: $course$/top/${categoryRoot}/${lesson.lessonId}`, ''];
	lesson.selfCheck.forEach((q, i) => {
		lines.push(`::${escapeGift(`${lesson.lessonId} ${i + 1}`)}::${escapeGift(q.question)} {`);
		for (const o of q.options) lines.push(`\t${o.correct ? '=' : '~'}${escapeGift(o.text)}#${escapeGift(o.explain)}`);
		lines.push('}', '');
	});
	return lines.join('\n');
}

/** A whole GIFT file: a header comment, then each lesson's block in order. */
export function giftFile(header: string[], lessons: GiftLesson[], categoryRoot = 'Naik Kelas'): string {
	return `${[...header.map(comment), '', ...lessons.map((l) => giftLessonBlock(l, categoryRoot))].join('\n').trimEnd()}\n`;
}
