/**
 * Custom paths: a trainer or program maker picks lessons and shares one link,
 * `/jalur/susun/?l=id1,id2&t=Title`. The whole path lives in the URL (no
 * server, nothing stored), so a link copied into WhatsApp or printed as a QR
 * code keeps working. Pure: the page passes in the lesson ids that exist.
 */

/** Id in `?jalur=` on a lesson opened from a custom path (a reserved path id). */
export const CUSTOM_PATH_ID = 'susun';
/** More lessons than this is no longer a path anyone finishes; the rest are ignored and reported. */
export const MAX_CUSTOM_LESSONS = 40;
export const MAX_TITLE_CHARS = 80;

export interface CustomPath {
	/** Known lesson ids, in the order given, without repeats. */
	lessons: string[];
	/** Ids that are not lessons (typos, removed lessons, cut-off links), as written. */
	unknown: string[];
	/** Ids given more than once (kept once, at their first place). */
	repeated: string[];
	/** Known ids beyond the limit, left out. */
	overLimit: string[];
	/** The title, cleaned; empty when none was given. */
	title: string;
}

/**
 * Read a custom path from a query string. Accepts `l=a,b,c` and repeated
 * `l=a&l=b` (what a plain HTML form sends), so the picker works without JavaScript.
 */
export function parseCustomPath(query: string | URLSearchParams, isLesson: (id: string) => boolean): CustomPath {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const raw = params
		.getAll('l')
		.flatMap((v) => v.split(/[,\s]+/))
		.map((v) => v.trim())
		.filter(Boolean);
	const out: CustomPath = { lessons: [], unknown: [], repeated: [], overLimit: [], title: cleanTitle(params.get('t') ?? '') };
	for (const id of raw) {
		const clean = id.toLowerCase();
		if (!isLesson(clean)) {
			if (!out.unknown.includes(id)) out.unknown.push(id.slice(0, 60));
		} else if (out.lessons.includes(clean)) {
			if (!out.repeated.includes(clean)) out.repeated.push(clean);
		} else if (out.lessons.length >= MAX_CUSTOM_LESSONS) {
			out.overLimit.push(clean);
		} else out.lessons.push(clean);
	}
	return out;
}

/**
 * Control, bidi and invisible format characters: they can make a title read
 * differently from what it is (a right-to-left override turns a phone number
 * around) or hide text. Letters of every script and emoji (with their joiner) stay.
 */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200c\u200e-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** Collapse spaces, drop control and bidi characters, cut to the limit. The page shows it as text, never as HTML. */
export function cleanTitle(title: string): string {
	return [...title.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim()].slice(0, MAX_TITLE_CHARS).join('').trim();
}

/** The query for a custom path: `?l=a,b&t=Title` (commas kept readable). */
export function customPathQuery(lessonIds: readonly string[], title = ''): string {
	const parts = [`l=${lessonIds.map(encodeURIComponent).join(',')}`];
	const t = cleanTitle(title);
	if (t) parts.push(`t=${encodeURIComponent(t)}`);
	return `?${parts.join('&')}`;
}
