/**
 * Which of the device's voices may read a page: one whose language is the page's language (never an English voice
 * for an Indonesian page) and that speaks on the device. Remote voices (Chrome's "Google …" voices on a computer)
 * send the text to a server, and nothing the learner types into a tool should leave the phone, so they don't count.
 */

/** What we read of a SpeechSynthesisVoice (a plain object in tests). */
export interface VoiceLike {
	lang: string;
	name: string;
	localService: boolean;
	default: boolean;
}

/** Old Android and Java name Indonesian "in"/"ind"; three-letter codes appear on some engines. */
const LEGACY: Record<string, string> = { in: 'id', ind: 'id', eng: 'en' };

/** "id-ID", "in_ID", "ind" → "id"; "en-GB" → "en". */
export function primaryLanguage(tag: string): string {
	const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
	return LEGACY[primary] ?? primary;
}

/**
 * The best voice for `lang` (a BCP 47 tag such as "id-ID" or "en"), or undefined when there is none: same language,
 * on the device; among those the same region, then the device's default, then the first.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
	const want = primaryLanguage(lang);
	const region = lang.toLowerCase().replace('_', '-');
	const fit = voices.filter((v) => v.localService && primaryLanguage(v.lang) === want);
	return fit.find((v) => v.lang.toLowerCase().replace('_', '-') === region) ?? fit.find((v) => v.default) ?? fit[0];
}
