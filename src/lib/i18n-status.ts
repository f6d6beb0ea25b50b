/**
 * Which pages are missing in a language, or changed in one language after the
 * other was last touched (so the translation may be out of date).
 */
import type { Lang } from '../schemas/vocabulary.ts';

export interface PageVersion {
	lang: Lang;
	rel: string;
	/** Last change as an ISO timestamp (from git, or the lesson's `updated`). */
	changed: string;
}
export interface I18nStatus {
	missing: { rel: string; lang: Lang }[];
	outdated: { rel: string; stale: Lang; newer: string; older: string }[];
	complete: number;
}

export function i18nStatus(pages: PageVersion[]): I18nStatus {
	const byRel = new Map<string, Partial<Record<Lang, PageVersion>>>();
	for (const p of pages) byRel.set(p.rel, { ...byRel.get(p.rel), [p.lang]: p });
	const status: I18nStatus = { missing: [], outdated: [], complete: 0 };
	for (const [rel, v] of [...byRel.entries()].sort()) {
		if (!v.id) status.missing.push({ rel, lang: 'id' });
		else if (!v.en) status.missing.push({ rel, lang: 'en' });
		else {
			status.complete++;
			if (v.id.changed > v.en.changed) status.outdated.push({ rel, stale: 'en', newer: v.id.changed, older: v.en.changed });
			else if (v.en.changed > v.id.changed) status.outdated.push({ rel, stale: 'id', newer: v.en.changed, older: v.id.changed });
		}
	}
	return status;
}
