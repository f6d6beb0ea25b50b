/** The trainer kit in the built site: slides, handouts, QR codes, workshop plans, forms and offline kits. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { exists, html, htmlLang, sourceCatalogue, sourceLessons } from '../../../tests/support/dist.ts';
import { decodeQrSvg } from '../../../tests/support/qr.ts';
import { readZip } from '../../../tests/support/zip.ts';
import { SITE_URL } from '../../core/site.ts';
import { pageFiles } from '../../core/html/page-files.ts';
import { workshopLessons } from './workshop.ts';
import { urls } from '../../core/urls.ts';

const lessons = sourceLessons().map((l) => ({ ...l, prefix: l.lang === 'en' ? '/en' : '' }));
const { workshops } = sourceCatalogue();
const slugOf = new Map(lessons.map((l) => [l.data.lessonId, l.slug]));
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** Page contains text (a boolean assertion, so a failure prints the label, not the whole page). */
const has = (page: string | string[], text: string, label = '') => expect(page.includes(text), `${label} should contain ${text}`).toBe(true);
const hasNot = (page: string | string[], text: string, label = '') => expect(page.includes(text), `${label} should not contain ${text}`).toBe(false);
/** Stylesheet hrefs a page loads for the screen (not `media="print"`). */
const screenStylesheets = (page: string) => pageFiles(page).stylesheets.filter((s) => s.media !== 'print').map((s) => s.href);
const starlightCss = new Set(screenStylesheets(readFileSync('dist/404.html', 'utf8')));
/** The page's markup without inline styles and scripts (class names in CSS are not content). */
const markup = (page: string) => page.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');
const svgsIn = (page: string) => [...page.matchAll(/<span class="nk-qr[^"]*" data-qr="([^"]+)"><svg[\s\S]*?<\/svg>/g)].map((m) => ({ url: m[1]!, svg: /<svg[\s\S]*<\/svg>/.exec(m[0])![0] }));

describe('slides and handouts for every lesson', () => {
	it('exist in both languages with the right <html lang>', () => {
		expect(lessons.length).toBeGreaterThan(0);
		for (const l of lessons) {
			for (const kind of ['slide', 'cetak']) {
				const path = `${l.prefix}/${kind}/${l.slug}/`;
				expect(exists(path), path).toBe(true);
				expect(htmlLang(html(path)), path).toBe(l.lang);
			}
		}
	});

	it('slides: a title slide with title, objectives and QR, one slide per self-check question, and a closing slide with the practice task and the self-check QR', () => {
		for (const l of lessons) {
			const page = html(`${l.prefix}/slide/${l.slug}/`);
			const slides = [...page.matchAll(/<section class="slide slide--(\w[\w-]*)"/g)].map((m) => m[1]);
			expect(slides[0], l.file).toBe('title');
			expect(slides.at(-1), l.file).toBe('closing');
			expect(slides.filter((s) => s === 'quiz').length, l.file).toBe(l.data.selfCheck.length);
			// Every `## ` section with content of its own gives at least one slide.
			const sections = (l.body.match(/^## /gm) ?? []).length;
			expect(slides.length, l.file).toBeGreaterThanOrEqual(sections - 3 + 2 + l.data.selfCheck.length);
			const title = /<section class="slide slide--title"[\s\S]*?<\/section>/.exec(page)![0];
			has(title, escaped(l.data.title), '');
			for (const o of l.data.objectives) has(title, escaped(o), l.file);
			const closing = /<section class="slide slide--closing"[\s\S]*?<\/section>/.exec(page)![0];
			has(closing, escaped(l.data.practice.title), '');
			has(closing, 'class="nk-qr', l.file);
		}
	});

	it('QR codes decode to the lesson on the public site', async () => {
		for (const l of lessons) {
			const expected = `${SITE_URL}${l.prefix}/belajar/${l.slug}/`;
			const codes = svgsIn(html(`${l.prefix}/slide/${l.slug}/`));
			expect(codes.length, l.file).toBeGreaterThanOrEqual(1);
			expect(await decodeQrSvg(codes[0]!.svg), l.file).toBe(expected);
			expect(codes.every((c) => c.url === expected)).toBe(true);
		}
		// And on a handout in each language.
		for (const l of lessons.slice(0, 2).concat(lessons.filter((x) => x.lang === 'en').slice(0, 1))) {
			const [code] = svgsIn(html(`${l.prefix}/cetak/${l.slug}/`));
			expect(await decodeQrSvg(code!.svg)).toBe(`${SITE_URL}${l.prefix}/belajar/${l.slug}/`);
		}
	}, 120_000);

	it('trainer notes are in the slides and handouts of lessons that have them, never on learner pages', () => {
		const withNotes = lessons.filter((l) => /<TrainerNote[\s>]/.test(l.body));
		expect(withNotes.length).toBeGreaterThan(0);
		for (const l of withNotes) {
			const slides = html(`${l.prefix}/slide/${l.slug}/`);
			// In the slides only inside inert <template>s, shown by the presenter view.
			expect(slides, l.file).toMatch(/<template class="slide__notes">[\s\S]*?nk-trainer-note/);
			hasNot(markup(slides).replace(/<template[\s\S]*?<\/template>/g, ''), 'nk-trainer-note', l.file);
			has(html(`${l.prefix}/cetak/${l.slug}/`), 'class="nk-trainer-note"', l.file);
		}
		// Learner pages: none of them, with or without notes in the source.
		for (const l of lessons) hasNot(html(`${l.prefix}/belajar/${l.slug}/`), 'nk-trainer-note', l.file);
	});

	it('every slide of every deck has a presenter note (the lesson\'s trainer notes, or at least a prompt)', () => {
		for (const l of lessons) {
			const slides = markup(html(`${l.prefix}/slide/${l.slug}/`));
			// Each slide runs from its opening tag to the next slide's (a slide may hold sections of its own).
			const sections = slides.split(/(?=<section class="slide[ "])/).slice(1);
			expect(sections.length, l.file).toBeGreaterThan(3);
			for (const [i, section] of sections.entries()) expect(section, `${l.file} slide ${i + 1}`).toMatch(/<template class="slide__notes">\s*(?:<[^>]+>\s*)*[^<\s]/);
		}
	});

	it('handouts: the self-check without feedback, and an answer key with every correct answer', () => {
		for (const l of lessons) {
			const page = markup(html(`${l.prefix}/cetak/${l.slug}/`));
			hasNot(page, 'nk-explain', l.file);
			expect(page.match(/<fieldset class="nk-q"/g)?.length, l.file).toBe(l.data.selfCheck.length);
			const key = /<section class="handout__key"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
			expect(key.match(/<li>/g)?.length, l.file).toBe(l.data.selfCheck.length);
			has(page, 'nk-write-lines', l.file);
			has(page, 'id="nk-with-notes"', l.file);
		}
	});

	it('standalone pages load no CDN, no Starlight bundle, and are kept out of the site search', () => {
		for (const l of lessons.slice(0, 6)) {
			for (const path of [`${l.prefix}/slide/${l.slug}/`, `${l.prefix}/cetak/${l.slug}/`]) {
				const page = html(path);
				// (The canonical link names the lesson's public address but loads nothing.)
				expect(page, path).not.toMatch(/<(?:script|img)\b[^>]*\b(?:src|href)="https?:|<link\b(?![^>]*\brel="canonical")[^>]*\bhref="https?:/);
				expect(screenStylesheets(page).filter((h) => starlightCss.has(h)), path).toEqual([]);
				// Search engines are sent to the lesson by a canonical link (tested in sitemap.test.ts), not shut out.
				hasNot(page, 'noindex', path);
				has(page, 'data-pagefind-ignore="all"', '');
			}
		}
		// The slide page has its own styles (and no Starlight bundle).
		const deckCss = screenStylesheets(html(`/slide/${lessons[0]!.slug}/`)).map((h) => readFileSync(join('dist', h), 'utf8')).join('');
		has(deckCss, '.deck-bar', '');
		// A fragment is gzipped "pagefind_dcd" followed by the page's JSON record.
		const urls = readdirSync('dist/pagefind/fragment').map((f) => {
			const text = gunzipSync(readFileSync(join('dist/pagefind/fragment', f))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))).url as string;
		});
		expect(urls.some((u) => u.includes('/belajar/'))).toBe(true);
		expect(urls.filter((u) => /^(\/en)?\/(slide|cetak)\//.test(u))).toEqual([]);
	});
});

describe('workshop plans', () => {
	it('at least 4 plans, each built in both languages with its agenda linking slides and handouts that exist', () => {
		expect(workshops.length).toBeGreaterThanOrEqual(4);
		for (const w of workshops) {
			for (const [lang, prefix] of [['id', ''], ['en', '/en']] as const) {
				const page = html(`${prefix}/pelatih/${w.id}/`);
				expect(htmlLang(page)).toBe(lang);
				has(page, escaped(w.title[lang]), '');
				has(page, 'nk-workshop__agenda', '');
				for (const id of w.agenda.filter((b) => b.kind === 'lesson').map((b) => b.lesson!)) {
					has(page, `href="${prefix}/slide/${slugOf.get(id)}/"`, `${w.id} ${id}`);
					has(page, `href="${prefix}/cetak/${slugOf.get(id)}/"`, `${w.id} ${id}`);
				}
				for (const mode of ['offline', 'online', 'hybrid'] as const) has(page, escaped(w.delivery[mode].why[lang]), '');
				has(page, escaped(w.followUp.messages[0]!.message[lang]), '');
				expect(exists(`${prefix}/pelatih/${w.id}/cetak/`)).toBe(true);
				expect(exists(`${prefix}/pelatih/${w.id}/evaluasi/`)).toBe(true);
				hasNot(page, '__NK_KIT_SIZE__', '');
				expect(page).toMatch(new RegExp(`href="/unduh/${w.id}\\.zip" download>[^<]*\\(\\d+ KB\\)`));
			}
		}
	});

	it('the trainer hub lists every plan and links the printable pre-assessment and the evaluation form', () => {
		for (const prefix of ['', '/en']) {
			const hub = html(`${prefix}/pelatih/`);
			for (const w of workshops) has(hub, `href="${prefix}/pelatih/${w.id}/"`, '');
			has(hub, `href="${prefix}/mulai/cetak/"`, '');
			expect(exists(`${prefix}/mulai/cetak/`)).toBe(true);
			has(hub, `href="${prefix}/pelatih/evaluasi/"`, '');
			has(hub, 'npm start', '');
			// Every lesson's slides and handout: one link per stage to its materials pages, which hold every lesson.
			const { lessons } = sourceCatalogue();
			const lang = prefix ? 'en' : 'id';
			const stages = [...new Set([...lessons[lang].values()].map((l) => l.data.stage))];
			for (const stage of stages) has(hub, `href="${urls.stageMaterials(lang, stage)}"`, '');
			const listed = stages.flatMap((stage) => [...html(urls.stageMaterials(lang, stage)).matchAll(/href="[^"]*\/slide\/([^/"]+)\/"/g)].map((m) => m[1]));
			expect(listed.sort()).toEqual([...lessons[lang].values()].map((l) => l.slug).sort());
		}
	});

	it('evaluation forms ask about behaviour change and program feedback, in both languages', () => {
		for (const prefix of ['', '/en']) {
			const form = html(`${prefix}/pelatih/evaluasi/`);
			expect(form).toMatch(/WhatsApp/);
			expect(form.match(/class="form-scale__n"/g)?.length).toBe(5 * 5);
			const planForm = html(`${prefix}/pelatih/${workshops[0]!.id}/evaluasi/`);
			for (const b of workshops[0]!.behaviours) has(planForm, escaped(b[prefix ? 'en' : 'id']), '');
		}
	});

	it('every plan has an offline kit with self-contained slides and handouts of its lessons in both languages', () => {
		for (const w of workshops) {
			const file = `dist/unduh/${w.id}.zip`;
			expect(existsSync(file), file).toBe(true);
			const files = readZip(readFileSync(file));
			const names = [...files.keys()];
			has(names, `${w.id}/README.txt`, '');
			for (const dir of ['', 'en/']) {
				has(names, `${w.id}/${dir}index.html`, '');
				has(names, `${w.id}/${dir}evaluasi.html`, '');
				for (const id of workshopLessons(w)) {
					has(names, `${w.id}/${dir}slide/${slugOf.get(id)}.html`, '');
					has(names, `${w.id}/${dir}cetak/${slugOf.get(id)}.html`, '');
				}
			}
			for (const [name, bytes] of files) {
				if (!name.endsWith('.html')) continue;
				const page = bytes.toString('utf8');
				// Nothing to fetch: no stylesheet links, no script or image files, no root-relative links.
				expect(page, name).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
				expect(page, name).not.toMatch(/<(script|img|source)\b[^>]*\b(src|srcset)="(?!data:)/);
				expect(page, name).not.toMatch(/\bhref="\//);
			}
			const index = files.get(`${w.id}/index.html`)!.toString('utf8');
			const first = slugOf.get(workshopLessons(w)[0]!)!;
			has(index, `href="slide/${first}.html"`, '');
			has(index, `href="en/index.html"`, '');
		}
	});
});
