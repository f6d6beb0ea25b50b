/**
 * The last custom path this device opened, so a lesson opened from it
 * (`?jalur=susun`) can show "step X of Y" with previous/next; and the path she
 * last opened a lesson from. Kept apart from learner progress: conveniences,
 * safe to lose, and never exported. Lesson pages load this, so it stays small.
 */
import { cleanTitle } from './custom-path.ts';

const KEY = 'naik-kelas:custom-path';

export interface RememberedPath {
	/** Its id among her kept paths (kept-paths.ts), so the lesson can say which of her paths she is in (rememberLastPath below). */
	id?: string;
	/** The custom path page URL (with its query), to go back to it. */
	href: string;
	title: string;
	lessons: { id: string; title: string; href: string }[];
}

export function rememberCustomPath(path: RememberedPath): void {
	try {
		localStorage.setItem(KEY, JSON.stringify(path));
	} catch {
		/* storage blocked or full: the bar on lessons just will not show */
	}
}

export function recallCustomPath(): RememberedPath | undefined {
	try {
		const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as RememberedPath | null;
		if (!raw || typeof raw.href !== 'string' || typeof raw.title !== 'string' || !Array.isArray(raw.lessons)) return undefined;
		// Only same-site links: the stored value must never send the learner elsewhere.
		const local = (href: unknown) => typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');
		if (!local(raw.href) || !raw.lessons.every((l) => l && typeof l.id === 'string' && typeof l.title === 'string' && local(l.href))) return undefined;
		// The title is someone else's free text: cleaned again, whatever wrote it here.
		return { ...raw, id: typeof raw.id === 'string' ? raw.id : undefined, title: cleanTitle(raw.title) };
	} catch {
		return undefined;
	}
}

/*
 * The path she last opened a lesson from (`?jalur=<id>`, or her own path's kept id for `?jalur=susun`), with the
 * time. Progress keeps days only, so on a day she worked in two paths this is what tells "Continue" which one she is
 * in now (progress/continue.ts). After an import on a new phone there is none, and the days decide alone.
 */
const LAST_KEY = 'naik-kelas:last-path';

export interface LastPath {
	path: string;
	/** ISO time she opened a lesson from it. */
	at: string;
}

export function rememberLastPath(path: string, at = new Date().toISOString()): void {
	try {
		localStorage.setItem(LAST_KEY, JSON.stringify({ path, at }));
	} catch {
		/* storage blocked or full: "Continue" goes by days alone */
	}
}

export function recallLastPath(): LastPath | undefined {
	try {
		const raw = JSON.parse(localStorage.getItem(LAST_KEY) ?? 'null') as Partial<LastPath> | null;
		if (raw && typeof raw.path === 'string' && raw.path.length <= 60 && typeof raw.at === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(raw.at)) return { path: raw.path, at: raw.at };
	} catch {
		/* unreadable: as if none */
	}
	return undefined;
}
