import { describe, expect, it } from 'vitest';
import { scanElements } from './scan.ts';
import { allElements, attrOf, parsePage } from './html.ts';

const PAGE = `<!doctype html><html><head><title>a <b> title</title>
<script>if (a < b && c) { document.write("<p>not a tag</p>"); }</script>
<script type="application/json">{"x":"</p>"}</script>
<style>p > a { color: red }</style>
</head><body>
<noscript><link rel="stylesheet" href="/_astro/noscript.css"></noscript>
<img src="/a.png?x=1&amp;y=2" alt="A &amp; B">
<picture><source srcset="/b.avif 360w" type="image/avif"><img src="/b.jpg" alt="B"></picture>
<template><script>console.log('in a template')</script></template>
<textarea><img src="/not-an-image.png"></textarea>
</body></html>`;

describe('scanElements', () => {
	const scanned = scanElements(PAGE);
	const names = scanned.map((e) => e.tagName);

	it('gives the start tags in order, reading script, style, title and textarea content as text, as the tree parser does', () => {
		const tree = allElements(parsePage(PAGE)).map((e) => e.tagName);
		expect(names).toEqual(tree);
		expect(names).not.toContain('p');
		expect(names).toContain('link'); // inside <noscript>: markup, as in the tree
		expect(names.filter((n) => n === 'img')).toHaveLength(2);
	});

	it('keeps script code exactly as the tree parser reads it (the CSP hashes must match)', () => {
		const fromTree = allElements(parsePage(PAGE))
			.filter((e) => e.tagName === 'script')
			.map((e) => e.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
		expect(scanned.filter((e) => e.tagName === 'script').map((e) => e.text)).toEqual(fromTree);
	});

	it('decodes character references in attributes and marks what sits inside a <picture>', () => {
		const imgs = scanned.filter((e) => e.tagName === 'img');
		expect(imgs[0]!.attrs).toEqual({ src: '/a.png?x=1&y=2', alt: 'A & B' });
		expect(imgs[0]!.picture).toBeUndefined();
		const picture = names.indexOf('picture');
		expect(imgs[1]!.picture).toBe(picture);
		expect(scanned.find((e) => e.tagName === 'source')!.picture).toBe(picture);
		expect(attrOf(allElements(parsePage(PAGE)).find((e) => e.tagName === 'img')!, 'src')).toBe(imgs[0]!.attrs.src);
	});
});
