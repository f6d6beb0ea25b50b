/**
 * Learning paths, placement and "my learning" in the built site: every path
 * page exists in both languages, every step links to a built lesson with
 * `?jalur=<id>`, step counts match the data, and the JSON API agrees.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../core/catalogue/read-content.ts';
import { STAGES } from '../../core/schemas/vocabulary.ts';
import { PLACEMENT_QUESTIONS } from '../placement/placement.ts';
import { questionText } from '../placement/question-text.ts';
import { escapeText } from '../../core/html/escape.ts';

const DIST = 'dist';
const { paths } = readCatalogue('.');
const html = (url: string) => {
	const file = join(DIST, url, 'index.html');
	if (!existsSync(file)) throw new Error(`${url} was not built (${file} is missing)`);
	return readFileSync(file, 'utf8');
};
const prefix = (lang: 'id' | 'en') => (lang === 'en' ? '/en' : '');
/** Lesson URL by lesson id, from the built JSON API. */
const api = JSON.parse(readFileSync(join(DIST, 'api/v1/lessons.json'), 'utf8')) as { lessons: { id: string; durationMinutes: number; url: { id: string; en: string } }[] };
const lessonUrl = new Map(api.lessons.map((l) => [l.id, { id: new URL(l.url.id).pathname, en: new URL(l.url.en).pathname }]));
const minutes = new Map(api.lessons.map((l) => [l.id, l.durationMinutes]));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('path data', () => {
	it('has one stage path per stage and at least 6 persona paths', () => {
		expect(paths.filter((p) => p.kind === 'stage').map((p) => p.id).sort()).toEqual([...STAGES].sort());
		expect(paths.filter((p) => p.kind === 'persona').length).toBeGreaterThanOrEqual(6);
	});

	it('every stage path holds every built lesson of its stage', () => {
		const lessons = JSON.parse(readFileSync(join(DIST, 'api/v1/lessons.json'), 'utf8')).lessons as { id: string; stage: string }[];
		for (const stage of STAGES) {
			const path = paths.find((p) => p.id === stage)!;
			expect(new Set(path.lessons), stage).toEqual(new Set(lessons.filter((l) => l.stage === stage).map((l) => l.id)));
		}
	});

	it('keeps the short-lessons path within its limit', () => {
		for (const p of paths.filter((x) => x.maxLessonMinutes)) {
			for (const id of p.lessons) expect(minutes.get(id), `${p.id}: ${id}`).toBeLessThanOrEqual(p.maxLessonMinutes!);
		}
	});
});

describe('path pages', () => {
	for (const lang of ['id', 'en'] as const) {
		for (const path of paths) {
			it(`${lang}: /jalur/${path.id}/ lists ${path.lessons.length} steps linking to built lessons`, () => {
				const page = html(`${prefix(lang)}/jalur/${path.id}`);
				expect(page).toContain(`<title>${escapeText(path.title[lang])}`);
				const steps = [...page.matchAll(/<li data-lesson="([^"]+)" data-minutes="(\d+)"/g)];
				expect(steps.map((m) => m[1])).toEqual(path.lessons);
				for (const m of steps) expect(Number(m[2])).toBe(minutes.get(m[1]!));
				const total = path.lessons.length;
				const stepWord = lang === 'en' ? 'Step' : 'Langkah';
				const ofWord = lang === 'en' ? 'of' : 'dari';
				for (let n = 1; n <= total; n++) expect(page).toContain(`${stepWord} ${n} ${ofWord} ${total}`);
				expect(page).not.toContain(`${stepWord} ${total + 1} ${ofWord}`);
				for (const id of path.lessons) {
					const url = lessonUrl.get(id)?.[lang];
					expect(url, `${path.id} → ${id}`).toBeTruthy();
					expect(page).toContain(`href="${url}?jalur=${path.id}"`);
					expect(existsSync(join(DIST, url!, 'index.html')), url).toBe(true);
				}
				// Without JavaScript the first lesson is offered as the next one to open.
				expect(page).toMatch(new RegExp(`data-next href="${lessonUrl.get(path.lessons[0]!)![lang]}\\?jalur=${path.id}"`));
			});
		}
	}

	it('shows programs that could take the learner further, linking to program pages', () => {
		const page = html('/jalur/finance-basics');
		const programs = [...page.matchAll(/href="(\/program\/[^"]+\/)"/g)].map((m) => m[1]);
		expect(programs.length).toBeGreaterThan(0);
	});

	it('links a lesson opened from a path to that path (the path bar in the page)', () => {
		const first = paths.find((p) => p.id === 'first-sale-whatsapp')!;
		const page = html(lessonUrl.get(first.lessons[1]!)!.id);
		const bar = page.match(/<span class="nk-path-bar__path" data-path="first-sale-whatsapp" hidden>([\s\S]*?)<\/span><\/?(?:span|nk-path-bar)/)?.[1] ?? '';
		expect(bar).toContain('<a href="/jalur/first-sale-whatsapp/">');
		expect(bar).toContain(`Langkah 2 dari ${first.lessons.length}`);
		// Back to the first lesson, in the same path.
		expect(bar).toContain(`${lessonUrl.get(first.lessons[0]!)!.id}?jalur=first-sale-whatsapp"`);
	});
});

describe('path index', () => {
	for (const lang of ['id', 'en'] as const) {
		it(`${lang}: lists stage paths in stage order, then persona paths, with time and lesson count`, () => {
			const page = html(`${prefix(lang)}/jalur`);
			// Only the cards in the page content (the sidebar and search also link to paths).
			const cards = page.slice(page.indexOf('<ul class="nk-card-grid nk-path-cards'), page.indexOf('<p class="nk-path-more'));
			const order = [...cards.matchAll(/href="(?:\/en)?\/jalur\/([a-z0-9-]+)\/"/g)].map((m) => m[1]).filter((id) => paths.some((p) => p.id === id));
			const expected = [...paths.filter((p) => p.kind === 'stage').sort((a, b) => STAGES.indexOf(a.stage as never) - STAGES.indexOf(b.stage as never)), ...paths.filter((p) => p.kind === 'persona').sort((a, b) => a.order - b.order)].map((p) => p.id);
			expect([...new Set(order)]).toEqual(expected);
			for (const p of paths) expect(page).toContain(lang === 'en' ? `${p.lessons.length} lessons` : `${p.lessons.length} pelajaran`);
			expect(page).toContain(`href="${prefix(lang)}/jalur/susun/"`);
			expect(page).toContain(`href="${prefix(lang)}/mulai/"`);
		});
	}
});

describe('placement, custom path and my learning pages', () => {
	for (const lang of ['id', 'en'] as const) {
		it(`${lang}: the placement form is a plain GET form to the result page with every question`, () => {
			const page = html(`${prefix(lang)}/mulai`);
			expect(page).toMatch(new RegExp(`<form method="get" action="${prefix(lang)}/mulai/hasil/"`));
			for (const q of PLACEMENT_QUESTIONS) {
				for (const o of q.options) expect(page).toContain(`name="${q.id}" value="${o.value}"`);
			}
			expect(page).toMatch(/type="submit"/);
		});

		it(`${lang}: the result page carries the scoring key for readers without JavaScript`, () => {
			const page = html(`${prefix(lang)}/mulai/hasil`);
			expect(page).toMatch(/<details[^>]*open[^>]*data-key/);
			expect(page).toContain('nk-key__table');
			expect(page).toContain('data-nojs');
		});

		it(`${lang}: the printable pre-assessment has every question and the key`, () => {
			const page = html(`${prefix(lang)}/mulai/cetak`);
			for (const q of PLACEMENT_QUESTIONS) expect(decode(page)).toContain(questionText(lang, q).text);
			expect(page).toContain('nk-key__table');
			expect(page).toContain('nk-sheet--key');
		});

		it(`${lang}: the custom path picker lists every lesson once`, () => {
			const page = html(`${prefix(lang)}/jalur/susun`);
			const ids = [...page.matchAll(/name="l" value="([^"]+)"/g)].map((m) => m[1]);
			expect(ids.sort()).toEqual([...lessonUrl.keys()].sort());
			expect(page).toMatch(new RegExp(`<form method="get" action="${prefix(lang)}/jalur/susun/"`));
		});

		it(`${lang}: my learning says progress stays on the device and offers export and import`, () => {
			const page = html(`${prefix(lang)}/belajarku`);
			expect(page).toContain(lang === 'en' ? 'Saved on this phone only' : 'Tersimpan di HP ini saja');
			for (const hook of ['data-download', 'data-show-code', 'data-import', 'data-file', 'data-storage="blocked"', 'data-storage="full"']) expect(page).toContain(hook);
		});
	}
});

describe('/api/v1/paths.json', () => {
	const body = JSON.parse(readFileSync(join(DIST, 'api/v1/paths.json'), 'utf8'));
	it('publishes every path with the contract fields', () => {
		expect(body.version).toBe(1);
		expect(body.paths.map((p: { id: string }) => p.id).sort()).toEqual(paths.map((p) => p.id).sort());
		for (const p of body.paths) {
			const src = paths.find((x) => x.id === p.id)!;
			expect(p.kind).toBe(src.kind);
			if (p.kind === 'stage') expect(p.stage).toBe(src.stage);
			else expect(p).not.toHaveProperty('stage');
			expect(p.title).toEqual(src.title);
			expect(p.description.id && p.description.en).toBeTruthy();
			expect(p.lessons).toEqual(src.lessons);
			expect(p.durationMinutes).toBe(src.lessons.reduce((sum, id) => sum + minutes.get(id)!, 0));
			expect(new URL(p.url.id).pathname).toBe(`/jalur/${p.id}/`);
			expect(new URL(p.url.en).pathname).toBe(`/en/jalur/${p.id}/`);
		}
	});
});

describe('the picker\'s stage lists (/jalur/susun/<stage>.json)', () => {
	for (const lang of ['id', 'en'] as const) {
		it(`${lang}: one list per stage path, the same lessons in the same order as the picker's boxes, each linking to a built lesson`, () => {
			const page = html(`${prefix(lang)}/jalur/susun`);
			const boxes = [...page.matchAll(/<input type="checkbox" name="l" value="([^"]+)"/g)].map((m) => m[1]);
			const listed: string[] = [];
			for (const stage of STAGES) {
				const file = join(DIST, `${prefix(lang)}/jalur/susun/${stage}.json`);
				expect(existsSync(file), file).toBe(true);
				const lessons = JSON.parse(readFileSync(file, 'utf8')) as { id: string; title: string; minutes: number; href: string }[];
				expect(lessons.map((l) => l.id)).toEqual(paths.find((p) => p.id === stage)!.lessons);
				for (const l of lessons) {
					expect(l.href).toBe(lessonUrl.get(l.id)![lang]);
					expect(l.minutes).toBe(minutes.get(l.id));
					expect(l.title.length).toBeGreaterThan(0);
				}
				listed.push(...lessons.map((l) => l.id));
			}
			expect(listed).toEqual(boxes);
		});
	}
});
