/**
 * A Markdown (hast) plugin for Astro's Sätteri processor: tables get
 * `tabindex="0"`. On a phone a wide table scrolls sideways inside itself
 * (Starlight's table style), and a scrolling region must be reachable by
 * keyboard to be read without a mouse (axe rule scrollable-region-focusable,
 * WCAG 2.1.1). Narrow tables simply take one tab stop.
 */
interface HastElement {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
}
interface VisitContext {
	setProperty(node: HastElement, name: string, value: unknown): void;
}

export function needsFocus(node: HastElement): boolean {
	return node.tagName === 'table' && !(node.properties && ('tabIndex' in node.properties || 'tabindex' in node.properties));
}

export const tableFocusPlugin = {
	name: 'naik-kelas-table-focus',
	element: [
		{
			filter: ['table'],
			visit(node: HastElement, ctx: VisitContext) {
				if (needsFocus(node)) ctx.setProperty(node, 'tabIndex', 0);
			},
		},
	],
};
