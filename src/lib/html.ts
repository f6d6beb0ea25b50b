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

export const isElement = (node: Nodes | undefined): node is Element => node?.type === 'element';

/** The element children of a node, in order (text, comments and doctypes left out). */
export const childElements = (node: Root | Element): Element[] => node.children.filter(isElement);

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
export function textOf(node: Nodes | Nodes[]): string {
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

/** Serialize nodes as HTML. */
export const htmlOf = (nodes: RootContent | RootContent[]): string => toHtml({ type: 'root', children: Array.isArray(nodes) ? nodes : [nodes] });
