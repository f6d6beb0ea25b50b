/**
 * Lessons paint their text before their scripts run (module-preload.ts, after-paint.js): on every lesson the scripts
 * that only make things work wait in `<template id="nk-after-paint">` for the loader, and the one that reveals a
 * part of the lesson's header (the listen button) stays in the page. No other page changes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listHtml } from './measure-dist.ts';
import { BEFORE_FIRST_PAINT } from './module-preload.ts';
import { pageFiles } from '../../core/html/page-files.ts';

const read = (f: string) => readFileSync(f, 'utf8');
const all = listHtml('dist').filter((f) => !/dist\/_/.test(f));
const isLesson = (f: string) => /dist\/(en\/)?belajar\/[^/]+\/index\.html$/.test(f);
const lessons = all.filter(isLesson).filter((f) => !/http-equiv="refresh"/i.test(read(f).slice(0, 2000)));
const TEMPLATE = /<template id="nk-after-paint">([\s\S]*?)<\/template><script>([^<]*nk-after-paint[^<]*)<\/script><\/body>/;
const modules = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!);

describe('lessons run their scripts after the first paint', () => {
	it('every lesson, in both languages, ends with the template of its scripts and the same inline loader', () => {
		expect(lessons.filter((f) => f.includes('dist/en/')).length).toBeGreaterThan(10);
		const loaders = new Set<string>();
		const wrong = lessons.filter((f) => {
			const m = TEMPLATE.exec(read(f));
			if (m) loaders.add(m[2]!);
			return !m || modules(m[1]!).length < 3;
		});
		expect(wrong.slice(0, 10)).toEqual([]);
		// One text, so one hash in the security headers; and it is the minified loader, not its source.
		expect(loaders.size).toBe(1);
		expect([...loaders][0]!).not.toMatch(/\n\s/);
	});

	it("the listen button's script stays in the page; no other module script does", () => {
		const wrong = lessons.flatMap((f) => {
			const [page] = read(f).split('<template id="nk-after-paint">');
			const inPage = modules(page!);
			const missing = ['ListenButton'].filter((name) => !inPage.some((src) => src.includes(`/${name}.astro`)));
			return [...missing.map((m) => `${f}: ${m} not before the first paint`), ...inPage.filter((src) => !BEFORE_FIRST_PAINT.test(src)).map((src) => `${f}: ${src}`)];
		});
		expect(wrong.slice(0, 10)).toEqual([]);
	});

	it("the lesson's files, as the size meter and offline saving read them, still include the waiting scripts and their chunks", () => {
		const html = read(lessons[0]!);
		const waiting = [...TEMPLATE.exec(html)![1]!.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
		expect(waiting.length).toBeGreaterThan(3);
		const { assets } = pageFiles(html);
		expect(waiting.filter((w) => !assets.includes(w))).toEqual([]);
	});

	it('no other page has the template', () => {
		expect(all.filter((f) => !isLesson(f) && read(f).includes('<template id="nk-after-paint">')).slice(0, 10)).toEqual([]);
	});
});
