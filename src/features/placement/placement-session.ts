/**
 * What the placement form keeps for this tab only (sessionStorage): the answers
 * given so far, so a reload does not lose them, and the answers just sent, so
 * the result page knows to keep that result (and not one opened from a shared link).
 */
export const DRAFT_KEY = 'naik-kelas:placement-draft';
export const SENT_KEY = 'naik-kelas:placement-sent';

/** The tab's sessionStorage, or null when it is blocked. */
export function session(): Storage | null {
	try {
		return window.sessionStorage;
	} catch {
		return null;
	}
}
