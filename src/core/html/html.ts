/**
 * The one way this project reads and rewrites HTML: parse5 (through
 * hast-util-from-html) into a hast tree, hast-util-select to find nodes,
 * hast-util-to-html to write it back. Slides, handouts, the size meter, the
 * link and image checks, CSP hashing, offline kits and the post-build pass all
 * go through here instead of regular expressions over markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';

export type { Element, ElementContent, Nodes, Root, RootContent };
export { select, selectAll, toHtml };

/** A fragment (a component's or a lesson's rendered HTML), without the `<html><body>` a document gets. */
export const parseFragment = (html: string): Root => fromHtml(html, { fragment: true });

/** A whole page. */
export const parsePage = (html: string): Root => fromHtml(html);

/** The element children of a node, in order (text, comments and doctypes left out). */
export const childElements = (node: Root | Element): Element[] => (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');

/** Class list of an element. */
export const classesOf = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

export const hasClass = (el: Element, name: string): boolean => classesOf(el).includes(name);

/** An attribute as a string (hast names: `className`, `dataPages`, `srcSet`…); undefined when absent. */
export function attrOf(el: Element, name: string): string | undefined {
	const value = el.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	if (value === true) return '';
	return Array.isArray(value) ? value.join(name === 'className' || name === 'rel' ? ' ' : ',') : String(value);
}

/** Visible text: every tag is a word break (as a projector or screen reader shows it), scripts and styles left out, white space collapsed. */
export function textOf(node: string | Nodes | Nodes[]): string {
	if (typeof node === 'string') node = parseFragment(node);
	const visible = (n: Nodes): string => {
		if (n.type === 'element') return n.tagName === 'script' || n.tagName === 'style' ? ' ' : ` ${n.children.map(visible).join('')} `;
		if (n.type === 'root') return n.children.map(visible).join('');
		return n.type === 'text' ? n.value : '';
	};
	return (Array.isArray(node) ? node : [node]).map(visible).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Every element in document order, `<template>` contents included (hast keeps
 * those apart, in `content`, where selectors do not look).
 */
export function allElements(tree: Root | Element): Element[] {
	const out: Element[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			out.push(child);
			walk(child);
			if (child.tagName === 'template' && child.content) walk(child.content as unknown as Root);
		}
	};
	walk(tree);
	return out;
}

/** Where a parsed node sits in the HTML it was parsed from. */
export function rangeOf(node: Nodes): { start: number; end: number } {
	const { start, end } = node.position ?? {};
	if (start?.offset === undefined || end?.offset === undefined) throw new Error(`no source position for a <${node.type === 'element' ? node.tagName : node.type}> node`);
	return { start: start.offset, end: end.offset };
}

/** The HTML exactly as written for a parsed node (its source text, not a re-serialization). */
export const sourceOf = (html: string, node: Nodes): string => {
	const { start, end } = rangeOf(node);
	return html.slice(start, end);
};

/**
 * Rewrite HTML by replacing the source ranges of parsed nodes, leaving every
 * other byte as it was (re-serializing would re-quote and re-escape the page).
 * Nested edits: the outermost wins.
 */
export function spliceHtml(html: string, edits: { node: Nodes; text: string }[]): string {
	return splice(html, 0, html.length, edits);
}

/**
 * The HTML of one parsed node with the edits that fall inside it applied: `spliceHtml` on the node's own source,
 * so several nodes of one parse can each be rewritten without parsing their HTML again. Edits outside the node are
 * ignored; an edit of the node itself replaces all of it.
 */
export function spliceWithin(html: string, node: Nodes, edits: { node: Nodes; text: string }[]): string {
	const { start, end } = rangeOf(node);
	return splice(html, start, end, edits);
}

/** `html` from `start` to `end` with the edits inside that span applied (outermost first). */
function splice(html: string, start: number, end: number, edits: { node: Nodes; text: string }[]): string {
	const ranges = edits
		.map((e) => ({ ...rangeOf(e.node), text: e.text }))
		.filter((r) => r.start >= start && r.end <= end)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	let out = '';
	let at = start;
	for (const r of ranges) {
		if (r.start < at) continue;
		out += html.slice(at, r.start) + r.text;
		at = r.end;
	}
	return out + html.slice(at, end);
}

/**
 * Starlight wraps every heading in `<div class="sl-heading-wrapper">` with a
 * "section link" anchor. Slides and handouts are not navigated by anchors, so
 * keep only the heading itself.
 */
export function unwrapHeadings(html: string): string {
	return spliceHtml(html, headingEdits(html, parseFragment(html)));
}

/**
 * The edits `unwrapHeadings` makes, on a tree already parsed from `html`: each wrapper becomes its heading (`heading`:
 * that element, for a caller that reads the tree), section links go.
 */
export function headingEdits(html: string, tree: Root): { node: Element; text: string; heading?: Element }[] {
	const edits: { node: Element; text: string; heading?: Element }[] = [];
	for (const el of allElements(tree)) {
		if (el.tagName === 'a' && hasClass(el, 'sl-anchor-link')) edits.push({ node: el, text: '' });
		if (el.tagName !== 'div' || !classesOf(el)[0]?.startsWith('sl-heading-wrapper')) continue;
		const rest = el.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && !(c.type === 'element' && c.tagName === 'a' && hasClass(c, 'sl-anchor-link')));
		const heading = rest[0];
		if (rest.length === 1 && heading?.type === 'element' && /^h[1-6]$/.test(heading.tagName)) edits.push({ node: el, text: sourceOf(html, heading), heading });
	}
	return edits;
}
