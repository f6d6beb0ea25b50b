import { describe, expect, it } from 'vitest';
import { needsFocus, tableFocusPlugin } from './table-focus-plugin.ts';

describe('tableFocusPlugin', () => {
	const visit = (node: { type: string; tagName: string; properties?: Record<string, unknown> }) => {
		const set: [string, unknown][] = [];
		tableFocusPlugin.element[0]!.visit(node, { setProperty: (_n, name, value) => set.push([name, value]) });
		return set;
	};
	it('makes a table reachable by keyboard', () => {
		expect(tableFocusPlugin.element[0]!.filter).toEqual(['table']);
		expect(visit({ type: 'element', tagName: 'table', properties: {} })).toEqual([['tabIndex', 0]]);
	});
	it('keeps a tabindex an author set, and leaves other elements alone', () => {
		expect(visit({ type: 'element', tagName: 'table', properties: { tabIndex: -1 } })).toEqual([]);
		expect(needsFocus({ type: 'element', tagName: 'div', properties: {} })).toBe(false);
	});
});
