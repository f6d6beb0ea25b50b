import { z } from 'astro/zod';
import { LANGS, LESSON_ID_PATTERN, type Lang } from './vocabulary.ts';

/** Language names for authors' messages, in English: 'Indonesian', 'English'. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** One value per site language (src/core/locales.ts), every one required: no page ships in one language only. */
export const perLanguage = <T extends z.ZodType>(value: (lang: Lang) => T) =>
	z.object(Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Record<Lang, T>);

/** Text in every site language: `id` (Bahasa Indonesia, the source) and `en` (English). */
export const bilingualText = perLanguage((lang) => z.string().trim().min(1, `${LANGUAGE_NAMES.of(lang)} text (${lang}) must not be empty`));

/**
 * The content check's clock: "today" for dates that cannot lie in the future (a source checked, a program verified,
 * a lesson updated). Tests set it (`setContentToday`) so none depends on the day it runs.
 */
let contentToday: () => string = () => new Date().toISOString().slice(0, 10);
/** Replace the clock ("YYYY-MM-DD" or a function giving it); `undefined` restores the real one. Returns the previous clock. */
export function setContentToday(today: string | (() => string) | undefined): () => string {
	const previous = contentToday;
	contentToday = today === undefined ? () => new Date().toISOString().slice(0, 10) : typeof today === 'string' ? () => today : today;
	return previous;
}
/** The latest date allowed for something that already happened: today anywhere on Earth (UTC+14), so an author in Jakarta writing today's date at 06:00 is not refused. */
export function latestPastDate(): string {
	const today = new Date(`${contentToday()}T00:00:00Z`);
	return new Date(today.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Is `YYYY-MM-DD` a day of the calendar (2026-02-30 is not)? */
export function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written as YYYY-MM-DD that exists (no 2026-02-30). YAML dates are accepted too; an unquoted
 * impossible date in lesson frontmatter is refused earlier, with its line, by the reader (Astro's YAML parser would
 * silently roll it over to the next month: src/core/catalogue/read-content.ts).
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2026-11-22')
		.refine(isCalendarDate, { message: 'this day does not exist in the calendar: check the month and the day' }),
);

/** A date of something that already happened (checked, verified, updated): a real day, not after today. */
export const pastDate = isoDate.refine((date) => date <= latestPastDate(), {
	error: () => `this date is in the future (today is ${contentToday()}): write the day it actually happened`,
});

/** Link schemes a URL field accepts: a link from content must open a web page, never run code (javascript:) or embed data (data:). */
export const URL_SCHEMES = ['https:', 'http:'] as const;
/** A web address (https: or http:) with a host, as learners and partners will follow it. */
export const webUrl = z.url({ protocol: /^https?$/, hostname: /./, error: (issue) => (typeof issue.input === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(issue.input) && !/^https?:/i.test(issue.input) ? `only web addresses are allowed (${URL_SCHEMES.join(' or ')}): found "${issue.input.split(':')[0]}:"` : 'write a full web address starting with https://, e.g. https://www.example.go.id/page') });

export const lessonIdRef = z
	.string()
	.regex(LESSON_ID_PATTERN, 'lesson ids are lowercase words joined by hyphens, e.g. "hpp-cost-of-goods"');

/**
 * Where a fact comes from. Facts from the research seeds name the seed file;
 * facts from the web name the page and when it was checked.
 */
export const sourceSchema = z
	.object({
		/** Human-readable title of the source. */
		title: z.string().min(3),
		/** File name of a research seed in `shared/seeds/`, e.g. `004_6615246d18e62d82.txt`. */
		seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'seed must be a file name from shared/seeds/').optional(),
		/** Public URL of the source, if it has one. */
		url: webUrl.optional(),
		/** Publisher or author. */
		publisher: z.string().optional(),
		/** Year the source was published (facts that change must be dated). */
		year: z.number().int().min(1990).max(2100).optional(),
		/** Page or section inside the source, to help a reviewer find the fact. */
		section: z.string().optional(),
		/** The day someone last opened `url` and found the fact still there (YYYY-MM-DD). */
		checked: pastDate.optional(),
		/**
		 * `true`: this web source was cited before check dates existed and nobody has yet re-read the fact at `url`.
		 * Honest placeholder for `checked`: `npm run freshness` lists these first (rule `web-source-checked`).
		 */
		unchecked: z.literal(true).optional(),
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;
