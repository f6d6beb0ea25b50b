/**
 * What a program maker downloads, checked in dist/: the API's questions and packages against its schema and the
 * source lessons, every GIFT file parsed back with gift-pegjs, every SCORM zip read back (manifest, files, no
 * request to another origin), the sizes on the pages, the embed view, and the headers for static hosts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { DIST, html, json, sourceCatalogue } from '../../../tests/support/dist.ts';
import { readZip } from '../../../tests/support/zip.ts';
import { lessonsApiSchema, pathsApiSchema } from '../api/api-schema.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';
import { allElements, attrOf, parsePage } from '../../core/html/html.ts';

type Pkg = { url: string; bytes: number };
const lessonsApi = lessonsApiSchema.parse(json('api/v1/lessons.json'));
const pathsApi = pathsApiSchema.parse(json('api/v1/paths.json'));
const { lessons, paths } = sourceCatalogue();
const fileOf = (url: string) => join(DIST, new URL(url, 'https://x').pathname);
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const mc = (qs: GIFTQuestion[]) => qs.filter((q): q is Extract<GIFTQuestion, { type: 'MC' }> => q.type === 'MC');

describe('quiz banks', () => {
	it('lessons.json carries every self-check question with every option explained, as the lessons say', () => {
		expect(lessonsApi.lessons.length).toBe(lessons.id.size);
		for (const l of lessonsApi.lessons) {
			for (const lang of LANGS) {
				const source = lessons[lang].get(l.id)!.data.selfCheck;
				expect(l.selfCheck[lang]).toEqual(source.map((q) => ({ question: q.question, options: q.options.map((o) => ({ text: o.text, correct: o.correct, explain: o.explain })) })));
			}
		}
	});

	it('every lesson and path GIFT file parses back (gift-pegjs) into its questions, answers and feedback', () => {
		const sizes: number[] = [];
		for (const l of lessonsApi.lessons) {
			for (const lang of LANGS) {
				const text = readFileSync(fileOf(l.gift[lang]), 'utf8');
				sizes.push(text.length);
				const qs = mc(parse(text));
				expect(qs.length, l.gift[lang]).toBe(l.selfCheck[lang].length);
				qs.forEach((q, i) => {
					const src = l.selfCheck[lang][i]!;
					expect(plain(q.stem.text)).toBe(plain(src.question));
					expect(q.choices.map((c) => [plain(c.text.text), c.isCorrect, plain(c.feedback?.text ?? '')])).toEqual(src.options.map((o) => [plain(o.text), o.correct, plain(o.explain)]));
				});
			}
		}
		for (const p of pathsApi.paths) {
			for (const lang of LANGS) {
				const qs = mc(parse(readFileSync(fileOf(p.gift[lang]), 'utf8')));
				expect(qs.length).toBe(p.lessons.reduce((n, id) => n + lessons[lang].get(id)!.data.selfCheck.length, 0));
			}
		}
		expect(Math.max(...sizes)).toBeLessThan(20_000);
	});
});

describe('SCORM 1.2 packages', () => {
	const all: [string, Pkg, string[]][] = [
		...lessonsApi.lessons.flatMap((l) => LANGS.map((lang) => [l.id, l.scorm[lang], [l.id]] as [string, Pkg, string[]])),
		...pathsApi.paths.flatMap((p) => LANGS.map((lang) => [p.id, p.scorm[lang], p.lessons] as [string, Pkg, string[]])),
	];

	it('one per lesson and per path in each language, its size in the API', () => {
		expect(all.length).toBe(LANGS.length * (lessons.id.size + paths.length));
		for (const [, pkg] of all) expect(statSync(fileOf(pkg.url)).size, pkg.url).toBe(pkg.bytes);
	});

	it('each holds imsmanifest.xml naming its files, a launch page and its lessons, none asking another origin for anything', () => {
		for (const [id, pkg, ids] of all) {
			const files = readZip(readFileSync(fileOf(pkg.url)));
			const manifest = files.get('imsmanifest.xml')?.toString('utf8') ?? '';
			expect(manifest, pkg.url).toContain('<schemaversion>1.2</schemaversion>');
			expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
			const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
			expect(listed).toEqual(['index.html', ...ids.map((l) => `lessons/${l}.html`)]);
			expect([...files.keys()].sort()).toEqual(['imsmanifest.xml', ...listed].sort());
			if (ids.length > 1 && id !== ids[0]) continue; // the lesson pages are the same bytes in every package: check each once
			for (const name of listed) {
				const tree = parsePage(files.get(name)!.toString('utf8'));
				for (const el of allElements(tree)) {
					const src = attrOf(el, 'src') ?? (el.tagName === 'link' ? attrOf(el, 'href') : undefined);
					if (src) expect(src, `${pkg.url} ${name} <${el.tagName}>`).not.toMatch(/^(https?:)?\/\//);
				}
			}
		}
	});

	it('the pages that link to packages show their sizes, no marker left', () => {
		for (const lang of LANGS) {
			const lesson = [...lessons[lang].values()][0]!;
			for (const [page, pkg] of [[urls.path(lang, paths[0]!.id), urls.scormPath(lang, paths[0]!.id)], [urls.programMakers(lang), urls.scormPath(lang, paths[0]!.id)], [urls.stageMaterials(lang, lesson.data.stage), urls.scormLesson(lang, lesson.lessonId)]] as const) {
				const text = html(page);
				expect(text, page).not.toContain('__NK_SIZE[');
				expect(text, page).toContain(`href="${pkg}"`);
			}
		}
	});
});

describe('embed view and headers', () => {
	it('embed pages have no site chrome, are not indexed, and open links in a new tab', () => {
		const lesson = [...lessons.en.values()][0]!;
		for (const page of [urls.embedLesson('en', lesson.slug), urls.embedPath('id', paths[0]!.id)]) {
			const tree = parsePage(html(page));
			const els = allElements(tree);
			// Starlight's chrome: its header, sidebar, search and theme picker.
			expect(els.some((e) => e.tagName === 'nav' || ['site-search', 'starlight-theme-select', 'starlight-menu-button'].includes(e.tagName))).toBe(false);
			expect(els.find((e) => e.tagName === 'meta' && attrOf(e, 'name') === 'robots') && true).toBe(true);
			for (const a of els.filter((e) => e.tagName === 'a' && !(attrOf(e, 'href') ?? '#').startsWith('#'))) {
				expect(attrOf(a, 'target'), page).toBe('_blank');
			}
		}
	});

	it('_headers lets any site frame the embed view only, and any origin read the API', () => {
		const headers = readFileSync(join(DIST, '_headers'), 'utf8');
		// A path may have several blocks (cache rules, then ours): a host applies them all.
		const block = (path: string) => headers.split(/\n(?=\S)/).filter((b) => b.startsWith(`${path}\n`)).join('\n');
		expect(block('/*')).toContain("frame-ancestors 'self'");
		for (const path of ['/embed/*', '/en/embed/*']) {
			expect(block(path)).toContain('! Content-Security-Policy');
			expect(block(path)).toContain('! X-Frame-Options');
			expect(block(path)).toMatch(/Content-Security-Policy: .*frame-ancestors \*/);
		}
		expect(block('/api/*')).toContain('Access-Control-Allow-Origin: *');
	});
});
