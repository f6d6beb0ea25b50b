/**
 * The last custom path this device opened, so a lesson opened from it
 * (`?jalur=susun`) can show "step X of Y" with previous/next. Kept apart from
 * learner progress: it is a convenience, safe to lose, and never exported.
 */
import { cleanTitle } from './custom-path.ts';

const KEY = 'naik-kelas:custom-path';

export interface RememberedPath {
	/** Its id among her kept paths (kept-paths.ts), so the lesson can say which of her paths she is in (last-path.ts). */
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
