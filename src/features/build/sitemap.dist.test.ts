/**
 * What search engines see: the sitemap lists only indexable pages, each its own
 * canonical address; slides and handouts send search engines to their lesson.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, html, lessonSlugs, sourceLessons } from '../../../tests/support/dist.ts';
import { SITE_URL } from '../../core/site.ts';

describe('search engines', () => {
	const decode = (s: string) => s.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|lt|gt|apos));/gi, (_m, dec, hex, name) => (dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[name.toLowerCase()]!));
	const locs = () => [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

	it('the sitemap lists only indexable pages, each its own canonical', () => {
		const listed = locs();
		expect(listed.length).toBeGreaterThan(200);
		for (const path of listed) {
			const page = html(path);
			expect(page, path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
			if (canonical) expect(new URL(canonical).pathname, path).toBe(path);
		}
	});

	it('the sitemap has every lesson in both languages and no slide, handout or permanent-link page', () => {
		const listed = new Set(locs());
		for (const slug of lessonSlugs()) {
			expect(listed.has(`/belajar/${slug}/`), slug).toBe(true);
			for (const other of [`/slide/${slug}/`, `/cetak/${slug}/`, `/en/slide/${slug}/`, `/en/cetak/${slug}/`]) expect(listed.has(other), other).toBe(false);
		}
		expect([...listed].filter((p) => /^(\/en)?\/l\//.test(p))).toEqual([]);
	});

	it('slides and handouts describe the lesson and send search engines to it', () => {
		for (const l of sourceLessons().slice(0, 8)) {
			const prefix = l.lang === 'en' ? '/en' : '';
			for (const view of ['slide', 'cetak']) {
				const page = html(`${prefix}/${view}/${l.slug}/`);
				expect(/<link rel="canonical" href="([^"]+)"/.exec(page)?.[1], `${view} ${l.file}`).toBe(`${SITE_URL}${prefix}/belajar/${l.slug}/`);
				const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1];
				expect(decode(description ?? ''), `${view} ${l.file}`).toBe(l.data.description);
			}
		}
	});
});
