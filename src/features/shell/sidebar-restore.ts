/**
 * Restores the sidebar as she left it on the previous page, on a wide screen: which groups were open and how far it
 * was scrolled. Starlight's behaviour (0.42: components/SidebarPersister.astro, two inline scripts in every page),
 * run from the sidebar's cached module instead (src/features/shell/Sidebar.astro); Starlight's own module
 * (components-internals/SidebarPersistState) still saves the state in sessionStorage. Like Starlight's, it is a
 * progressive enhancement: any error leaves the sidebar as built.
 */
export const SIDEBAR_STATE_KEY = 'sl-sidebar-state';
/** Starlight restores only where the sidebar stays on screen; a phone's menu opens at the top. */
export const WIDE_SCREEN = '(min-width: 50em)';

interface SavedState {
	hash?: unknown;
	open?: unknown;
	scroll?: unknown;
}

export function restoreSidebar(doc: Document, win: Pick<Window, 'matchMedia' | 'sessionStorage'>): void {
	try {
		if (!win.matchMedia(WIDE_SCREEN).matches) return;
		const target = doc.querySelector<HTMLElement>('sl-sidebar-state-persist');
		const state = JSON.parse(win.sessionStorage.getItem(SIDEBAR_STATE_KEY) || '0') as SavedState | 0;
		if (!target || !state || target.dataset.hash !== state.hash) return;
		const open = Array.isArray(state.open) ? state.open : [];
		for (const point of target.querySelectorAll<HTMLElement>('sl-sidebar-restore')) {
			const details = point.closest('details');
			const wasOpen: unknown = open[parseInt(point.dataset.index || '')];
			if (details && typeof wasOpen === 'boolean') details.open = wasOpen;
		}
		const scroller = doc.getElementById('starlight__sidebar');
		if (scroller && typeof state.scroll === 'number' && state.scroll > 0) scroller.scrollTop = state.scroll;
	} catch {
		// Leave the sidebar as built.
	}
}
