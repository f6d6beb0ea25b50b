/**
 * The sidebar a page carries. Stock Starlight puts every lesson in every
 * page's sidebar, so each page grows with the curriculum and the build with
 * its square (at 2,000 lessons most of a page is sidebar). Here the configured
 * sidebar is small and fixed (entry points, then one link per stage, see
 * src/features/shell/sidebar.ts), and a lesson page opens only its own stage, showing
 * at most `window` lessons around the current one plus a link to the stage's
 * full path. A page's size no longer depends on how many lessons exist.
 */
export type SidebarEntry =
	| { type: 'link'; label: string; href: string; isCurrent: boolean; badge?: unknown; attrs: Record<string, unknown> }
	| { type: 'group'; label: string; entries: SidebarEntry[]; collapsed: boolean; badge?: unknown };

export interface StageLesson {
	href: string;
	label: string;
}

/** Lesson rank inside a stage: the stage path's teaching order first, then by slug. */
export function orderStageLessons<L extends { id: string; slug: string }>(lessons: L[], pathOrder: readonly string[]): L[] {
	const rank = (id: string) => {
		const i = pathOrder.indexOf(id);
		return i === -1 ? Number.MAX_SAFE_INTEGER : i;
	};
	return [...lessons].sort((a, b) => rank(a.id) - rank(b.id) || a.slug.localeCompare(b.slug));
}

/** At most `size` items around `index`, shifted to stay inside the list. */
export function windowAround<T>(items: T[], index: number, size: number): { items: T[]; start: number } {
	if (items.length <= size) return { items, start: 0 };
	const start = Math.max(0, Math.min(index - Math.floor(size / 2), items.length - size));
	return { items: items.slice(start, start + size), start };
}

export interface OpenStage {
	/** Position of the stage's link in the sidebar. */
	index: number;
	/** The stage's lessons in teaching order. */
	lessons: StageLesson[];
	/** The page being built. */
	current: string;
	/** Link to the whole stage (its path page) and its label, shown when the window hides lessons. */
	all: { href: string; label: string };
	window: number;
}

/** Replace the current stage's link with a group of the lessons around the current page. */
export function openStage(sidebar: SidebarEntry[], stage: OpenStage): SidebarEntry[] {
	const target = sidebar[stage.index];
	if (!target) return sidebar;
	const at = Math.max(0, stage.lessons.findIndex((l) => l.href === stage.current));
	const shown = windowAround(stage.lessons, at, stage.window);
	const entries: SidebarEntry[] = shown.items.map((l) => ({ type: 'link', label: l.label, href: l.href, isCurrent: l.href === stage.current, attrs: {} }));
	if (shown.items.length < stage.lessons.length) entries.push({ type: 'link', label: stage.all.label, href: stage.all.href, isCurrent: false, attrs: {} });
	const group: SidebarEntry = { type: 'group', label: target.label, entries, collapsed: false };
	return sidebar.map((entry, i) => (i === stage.index ? group : entry));
}

/**
 * The sidebar's identity for Starlight's sidebar state (`data-hash` on `<sl-sidebar-state-persist>`): its saved open
 * groups and scroll are restored only on a page with the same sidebar. Starlight's own hash (0.42:
 * utils/navigation.ts `getSidebarHash`, not exported), so a state saved before this release still applies.
 */
export function sidebarHash(sidebar: SidebarEntry[]): string {
	const identity = (entries: SidebarEntry[]): string => entries.map((e) => (e.type === 'group' ? e.label + identity(e.entries) : e.label + e.href)).join('');
	const text = identity(sidebar);
	let hash = 0;
	for (let i = 0; i < text.length; i++) hash = (hash << 5) - hash + text.charCodeAt(i);
	return (hash >>> 0).toString(36).padStart(7, '0');
}
