/**
 * Quality gates over the whole built site: internal links and anchors, image
 * alt text in the page's language, no placeholder or unfilled build marker.
 * (Valid HTML on every page: html-validity.dist.test.ts. Every lesson in both languages:
 * src/features/lessons/lesson-pages.dist.test.ts. The build itself refuses broken links and alt text: site-gates.ts.)
 * Each checker is also fed a deliberate violation (here, or in its unit test
 * beside its checker) to show the gate really fails.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listHtml } from './measure-dist.ts';
import { checkLinks, idsOf } from './link-check.ts';
import { checkImageAlts } from './image-alt-check.ts';
import { leftoverText } from './shipped-text-check.ts';
import { SITE_URL } from '../../core/site.ts';
import { parsePage, select, type Root } from '../../core/html/html.ts';
import { DIST, htmlLang } from '../../../tests/support/dist.ts';

const sitePath = (file: string) => `/${relative(DIST, file).replaceAll('\\', '/')}`.replace(/index\.html$/, '');
const pages = new Map(listHtml(DIST).map((file) => [sitePath(file), readFileSync(file, 'utf8')]));
const langOf = (html: string) => (htmlLang(html) === 'en' ? 'en' : 'id');
// Each page is parsed once here for its ids, image alts and leftover text (a parsed site would not fit in memory),
// and once more, one at a time, for its links.
const idCache = new Map<string, Set<string>>();
const altProblems: string[] = [];
const leftovers: string[] = [];
for (const [path, html] of pages) {
	const tree = parsePage(html);
	idCache.set(path, idsOf(tree));
	const body = select('body', tree) ?? tree;
	altProblems.push(...checkImageAlts(body, langOf(html)).map((p) => `${path} ${p.src}: ${p.reason}`));
	leftovers.push(...leftoverText(html, tree).map((t) => `${path}: ${t}`));
}
function* parsedPages(): Generator<[string, Root]> {
	for (const [path, html] of pages) yield [path, parsePage(html)];
}
const site = {
	exists: (path: string) => existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)),
	ids: (path: string) => idCache.get(path),
};

describe('internal links', () => {
	it(`every link, anchor and file reference in all ${pages.size} pages resolves`, () => {
		expect(pages.size).toBeGreaterThan(10);
		const problems = checkLinks(parsedPages(), site, SITE_URL)
			// Starlight's 404 page names /404/ as its canonical address; hosts serve it as 404.html at any missing URL.
			.filter((p) => !(p.page === '/404.html' && /\/404\/$/.test(p.href)))
			.map((p) => `${p.page} → ${p.href}: ${p.reason}`);
		expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
	});
});

describe('images', () => {
	it("every image has alt text in the page's language", () => {
		expect(altProblems, altProblems.join('\n')).toEqual([]);
	});
});

describe('shipped text', () => {
	it('no page ships a template placeholder, filler text or an unfilled build marker', () => {
		expect(leftovers, leftovers.join('\n')).toEqual([]);
	});
});

describe('social previews', () => {
	// Redirect pages (a lesson's old address) only forward the browser: they need no preview.
	const shared = [...pages].filter(([path, html]) => /^\/(?:en\/)?(?:belajar|jalur|program)\/[^/]+\/$/.test(path) && !html.includes('http-equiv="refresh"'));
	const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
	it('every lesson, path and program page has a title, description, URL and its own small preview image', () => {
		expect(shared.length).toBeGreaterThan(0);
		const problems: string[] = [];
		for (const [path, html] of shared) {
			// Program sub-pages (e.g. /program/tambah/) are guides, not programs: they share the site image.
			const own = !/\/og\/(?:en\/)?site\.png$/.test(meta(html, 'og:image') ?? '');
			for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) if (!meta(html, key)) problems.push(`${path}: no ${key}`);
			const image = meta(html, 'og:image') ?? '';
			if (!image.startsWith(`${SITE_URL}/og/`)) {
				problems.push(`${path}: og:image ${image} is not an absolute URL on the site`);
				continue;
			}
			const file = join(DIST, image.slice(SITE_URL.length));
			if (!existsSync(file)) {
				problems.push(`${path}: ${image} was not generated`);
				continue;
			}
			if (statSync(file).size > 50 * 1024) problems.push(`${path}: preview image is ${Math.round(statSync(file).size / 1024)} KB (max 50 KB)`);
			const png = readFileSync(file);
			if (png.readUInt32BE(16) !== 800 || png.readUInt32BE(20) !== 420) problems.push(`${path}: preview image is not 800×420`);
			if (/^\/(?:en\/)?belajar\//.test(path) && !own) problems.push(`${path}: a lesson should have its own preview image`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe('installable, offline-ready site', () => {
	it('has a manifest per language with existing icons, and every page links the one in its language', () => {
		for (const [lang, file] of [['id', 'manifest.webmanifest'], ['en', 'en/manifest.webmanifest']] as const) {
			const manifest = JSON.parse(readFileSync(join(DIST, file), 'utf8'));
			expect(manifest.lang).toBe(lang);
			for (const icon of manifest.icons) {
				const png = readFileSync(join(DIST, icon.src));
				expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
			}
		}
		const wrong = [...pages]
			// Starlight pages (slides and print views have their own small layout, and redirects have no head to speak of).
			.filter(([path, html]) => !path.endsWith('.html') && html.includes('content="Starlight v'))
			.filter(([, html]) => !html.includes(`<link rel="manifest" href="${langOf(html) === 'en' ? '/en/manifest.webmanifest' : '/manifest.webmanifest'}"`))
			.map(([path]) => path);
		expect(wrong, `pages without their language's manifest:\n${wrong.slice(0, 20).join('\n')}`).toEqual([]);
	});
	it('has a service worker that knows both offline pages (it keeps the open language\'s), and headers that allow it', () => {
		const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
		expect(sw).toContain('"/offline/"');
		expect(sw).toContain('"/en/offline/"');
		expect(sw).not.toContain('self.__WB_MANIFEST');
		const headers = readFileSync(join(DIST, '_headers'), 'utf8');
		expect(headers).toMatch(/worker-src 'self'/);
		expect(headers).toMatch(/manifest-src 'self'/);
	});
});
