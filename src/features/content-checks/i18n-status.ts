/**
 * Translation status by the rule of Lunaria, the tracker Astro's and Starlight's
 * docs use: Bahasa Indonesia is the source. An English page is outdated when its
 * Indonesian source changed after the English page last changed; a change to an
 * English page never marks its source. A commit whose message holds
 * `I18N_SKIP_MARKER` is not a change for this purpose (a typo fix, a link or
 * format change made in both languages, a move). Pure: the caller reads git.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';

/** Put this in a commit message when the change needs no translation update. */
export const I18N_SKIP_MARKER = '[i18n-skip]';

/** One commit that touched a page. */
export interface Change {
	/** ISO timestamp (the commit date). */
	date: string;
	/** Full commit message: subject and body. */
	message: string;
	hash?: string;
}
export interface PageHistory {
	lang: Lang;
	/** Path inside the language root, e.g. `belajar/hitung-hpp.mdx`. */
	rel: string;
	/** Commits that touched the file, newest first (an uncommitted change counts as a commit now). */
	changes: Change[];
}
export interface I18nStatus {
	missing: { rel: string; lang: Lang }[];
	/** English pages whose Indonesian source changed since. */
	outdated: { rel: string; source: Change; translation: Change }[];
	/** Pages that exist in both languages. */
	complete: number;
}

/**
 * The newest change that counts: the newest without the skip marker. If every
 * change carries it, the newest change (as Lunaria does), so a page always has a date.
 */
export function lastTrackedChange(changes: readonly Change[]): Change | undefined {
	return changes.find((c) => !c.message.toLowerCase().includes(I18N_SKIP_MARKER)) ?? changes[0];
}

const time = (c: Change | undefined) => (c ? Date.parse(c.date) : Number.NEGATIVE_INFINITY);

export function i18nStatus(pages: readonly PageHistory[]): I18nStatus {
	const byRel = new Map<string, Partial<Record<Lang, PageHistory>>>();
	for (const p of pages) byRel.set(p.rel, { ...byRel.get(p.rel), [p.lang]: p });
	const status: I18nStatus = { missing: [], outdated: [], complete: 0 };
	for (const [rel, v] of [...byRel.entries()].sort(([a], [b]) => a.localeCompare(b))) {
		if (!v.id) status.missing.push({ rel, lang: 'id' });
		else if (!v.en) status.missing.push({ rel, lang: 'en' });
		else {
			status.complete++;
			const source = lastTrackedChange(v.id.changes);
			const translation = lastTrackedChange(v.en.changes);
			if (source && translation && time(source) > time(translation)) status.outdated.push({ rel, source, translation });
		}
	}
	return status;
}

/** Field and record separators for `git log --format=%H%x1f%cI%x1f%B%x1e`. */
export const GIT_LOG_FORMAT = '%H%x1f%cI%x1f%B%x1e';

/** Parse `git log --format=${GIT_LOG_FORMAT}` output into changes, newest first. */
export function parseGitLog(text: string): Change[] {
	return text
		.split('\x1e')
		.map((record) => record.replace(/^\n+/, ''))
		.filter((record) => record.includes('\x1f'))
		.map((record) => {
			const [hash, date, message] = record.split('\x1f');
			return { hash: hash!, date: date!, message: message!.trim() };
		});
}
