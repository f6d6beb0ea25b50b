/**
 * The path she last opened a lesson from (`?jalur=<id>`, or her own path's kept id for `?jalur=susun`), with the
 * time. Progress keeps days only, so on a day she worked in two paths this is what tells "Continue" which one she is
 * in now (progress/continue.ts). Like custom-path-memory.ts, a convenience kept apart from progress: safe to lose,
 * never exported (after an import on a new phone, the days decide alone). The lesson page writes it, so it stays a
 * few lines: no device store.
 */
const KEY = 'naik-kelas:last-path';

export interface LastPath {
	path: string;
	/** ISO time she opened a lesson from it. */
	at: string;
}

export function rememberLastPath(path: string, at = new Date().toISOString()): void {
	try {
		localStorage.setItem(KEY, JSON.stringify({ path, at }));
	} catch {
		/* storage blocked or full: "Continue" goes by days alone */
	}
}

export function recallLastPath(): LastPath | undefined {
	try {
		const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LastPath> | null;
		if (raw && typeof raw.path === 'string' && raw.path.length <= 60 && typeof raw.at === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(raw.at)) return { path: raw.path, at: raw.at };
	} catch {
		/* unreadable: as if none */
	}
	return undefined;
}
