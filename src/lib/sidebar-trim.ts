/**
 * Keep only the sidebar group that holds the current page; replace every other
 * lesson group by a link. Works on Starlight's sidebar entries (links and groups).
 */
export type SidebarEntry =
	| { type: 'link'; label: string; href: string; isCurrent: boolean; badge?: unknown; attrs: Record<string, unknown> }
	| { type: 'group'; label: string; entries: SidebarEntry[]; collapsed: boolean; badge?: unknown };

const containsCurrent = (entry: SidebarEntry): boolean =>
	entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);

/**
 * The first group (entry points) is always kept. Later groups are lesson groups:
 * the current one is kept open, the rest become one link each, built by `hrefFor(label, index)`.
 */
export function trimSidebar(sidebar: SidebarEntry[], hrefFor: (label: string, index: number) => string): SidebarEntry[] {
	return sidebar.map((entry, i) => {
		if (i === 0 || entry.type !== 'group') return entry;
		if (containsCurrent(entry)) return { ...entry, collapsed: false };
		return { type: 'link', label: entry.label, href: hrefFor(entry.label, i), isCurrent: false, attrs: {} };
	});
}
