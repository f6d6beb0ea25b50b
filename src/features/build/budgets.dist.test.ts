/** Byte budgets over the whole built site (numbers in src/features/build/budgets.ts). */
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './budgets.ts';
import { createMeter, listHtml } from './measure-dist.ts';

const meter = createMeter('dist');
const pages = listHtml('dist').filter((f) => !/\/(404|_)/.test(f));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('byte budgets (first visit, brotli)', () => {
	it(`every lesson page is at most ${kb(BUDGETS.lessonPageBytes)} without images`, () => {
		const lessons = pages.filter((f) => /dist\/(en\/)?belajar\//.test(f)).map((f) => meter(f));
		expect(lessons.length).toBeGreaterThan(0);
		const over = lessons.filter((w) => w.total > BUDGETS.lessonPageBytes).map((w) => `${w.page} ${kb(w.total)}`);
		expect(over, over.join('\n')).toEqual([]);
	});

	it(`every page is at most ${kb(BUDGETS.anyPageBytes)} without images`, () => {
		const over = pages.map((f) => meter(f)).filter((w) => w.total > BUDGETS.anyPageBytes).map((w) => `${w.page} ${kb(w.total)}`);
		expect(over, over.join('\n')).toEqual([]);
	});

	it(`every image file is at most ${kb(BUDGETS.imageBytes)}`, () => {
		const images: string[] = [];
		const walk = (d: string) => {
			for (const name of readdirSync(d)) {
				const p = join(d, name);
				if (statSync(p).isDirectory()) walk(p);
				else if (/\.(avif|webp|png|jpe?g|svg|gif)$/.test(name)) images.push(p);
			}
		};
		walk('dist');
		const over = images.filter((p) => statSync(p).size > BUDGETS.imageBytes).map((p) => `${p} ${kb(statSync(p).size)}`);
		expect(over, over.join('\n')).toEqual([]);
	});

	it('the meter sees real assets (a broken meter must not pass the budgets)', () => {
		const w = meter(join('dist', 'index.html'));
		expect(w.files.some((f) => f.endsWith('.css'))).toBe(true);
		expect(w.total).toBeGreaterThan(w.html);
	});
});
