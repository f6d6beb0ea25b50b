/**
 * The program directory as built: every program has a page in both languages,
 * the directory lists them all (without JavaScript), the coverage view matches
 * the data, and program pages and lessons link to each other.
 */
import { describe, expect, it } from 'vitest';
import { exists, html, htmlLang, json, sourceCatalogue } from '../../../tests/support/dist.ts';
import { programSchema } from '../../core/schemas/program.ts';
import { PLATFORMS, STAGES } from '../../core/schemas/vocabulary.ts';

const { programs } = sourceCatalogue();
const LANGS = [
	{ lang: 'id', prefix: '' },
	{ lang: 'en', prefix: '/en' },
] as const;

/** The visible text of an HTML fragment (scripts, styles and tags removed). */
const textOf = (fragment: string) =>
	fragment
		.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
const main = (page: string) => /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** `class="name"`, allowing the extra class Astro adds to scoped elements. */
const cls = (name: string) => `class="${name}(?: [^"]*)?"`;

describe('program pages', () => {
	it('the data has programs to show', () => {
		expect(programs.length).toBeGreaterThanOrEqual(40);
	});

	it('every program has a page in both languages, with its name, organizer and the right <html lang>', () => {
		for (const p of programs) {
			for (const { lang, prefix } of LANGS) {
				const path = `${prefix}/program/${p.id}/`;
				expect(exists(path), path).toBe(true);
				const page = html(path);
				expect(htmlLang(page), path).toBe(lang);
				const text = textOf(main(page));
				expect(text, path).toContain(p.name);
				expect(text, path).toContain(p.organizer);
				expect(text, path).toContain(p.description[lang].slice(0, 40));
			}
		}
	});

	it('never shows the word "unknown": unknown values read "Belum diketahui" / "Not known"', () => {
		for (const p of programs) {
			for (const { lang, prefix } of LANGS) {
				const text = textOf(main(html(`${prefix}/program/${p.id}/`)));
				expect(text, `${prefix}/program/${p.id}/`).not.toMatch(/\bunknown\b/i);
				const hasUnknown = JSON.stringify(p).includes('"unknown"');
				if (hasUnknown) expect(text).toContain(lang === 'en' ? 'Not known' : 'Belum diketahui');
			}
		}
	});

	it('draws the stages it covers on the full six-stage ladder', () => {
		for (const p of programs) {
			const page = html(`/program/${p.id}/`);
			const steps = [...page.matchAll(/<li class="nk-ladder__step[^"]*"/g)].map((m) => m[0]);
			expect(steps, p.id).toHaveLength(STAGES.length);
			const on = STAGES.filter((_, i) => steps[i]!.includes('is-on'));
			expect(on, p.id).toEqual(STAGES.filter((s) => p.stages.includes(s)));
		}
	});

	it('shows the last-verified date, status, sources and the note that details change', () => {
		for (const p of programs) {
			const text = textOf(main(html(`/en/program/${p.id}/`)));
			expect(text).toContain('Program details change');
			expect(text).toMatch(/Last checked \d{1,2} \w+ \d{4}\. Status: (Running|Ended|Not known)\./);
			for (const s of p.sources) expect(text, p.id).toContain(s.title);
		}
	});

	it('links the program website as an external link with rel="noopener", or says it is not known', () => {
		for (const p of programs) {
			const page = main(html(`/program/${p.id}/`));
			const link = /<a [^>]*data-program-website[^>]*>/.exec(page)?.[0];
			if (p.website === 'unknown') expect(link, p.id).toBeUndefined();
			else {
				expect(unescape(attr(link!, 'href')!)).toBe(p.website);
				expect(attr(link!, 'rel')).toMatch(/\bnoopener\b/);
			}
		}
	});

	it('how to join: the data, or "not known: check the organizer’s website, or ask the cooperatives and SME office"', () => {
		for (const p of programs) {
			const text = textOf(main(html(`/en/program/${p.id}/`)));
			if (p.howToJoin !== 'unknown') expect(text).toContain(p.howToJoin.en);
			else expect(text).toMatch(p.website === 'unknown' ? /Not known: ask .+ directly, or the cooperatives and SME office \(Dinas Koperasi dan UKM\)/ : /Not known: check the organizer’s website, or ask the cooperatives and SME office \(Dinas Koperasi dan UKM\)/);
		}
	});
});

describe('program pages and lessons link both ways', () => {
	const lessonLinks = (page: string) => [...main(page).matchAll(/href="((?:\/en)?\/belajar\/[^"#?]+\/)"/g)].map((m) => m[1]!);

	it('every lesson a program page links to exists, in the page’s language', () => {
		let links = 0;
		for (const p of programs) {
			for (const { prefix } of LANGS) {
				for (const href of lessonLinks(html(`${prefix}/program/${p.id}/`))) {
					links++;
					expect(href.startsWith(`${prefix}/belajar/`), href).toBe(true);
					expect(exists(href), `${prefix}/program/${p.id}/ → ${href}`).toBe(true);
				}
			}
		}
		expect(links).toBeGreaterThan(0);
	});

	it('a program page links every published lesson its data names', () => {
		const builtLessons = new Map<string, string>();
		for (const { lessonId, slug } of publishedLessons()) builtLessons.set(lessonId, slug);
		for (const p of programs) {
			const links = new Set(lessonLinks(html(`/program/${p.id}/`)));
			for (const id of p.lessons) {
				const slug = builtLessons.get(id);
				if (slug) expect(links.has(`/belajar/${slug}/`), `${p.id} → ${id}`).toBe(true);
			}
		}
	});

	it('when a lesson lists a program under "programs that teach this", that program page links back to the lesson', () => {
		let pairs = 0;
		for (const { slug } of publishedLessons()) {
			for (const { prefix } of LANGS) {
				const lessonPage = html(`${prefix}/belajar/${slug}/`);
				for (const m of lessonPage.matchAll(/href="((?:\/en)?\/program\/([a-z0-9-]+)\/)"/g)) {
					pairs++;
					expect(exists(m[1]!), m[1]).toBe(true);
					expect(lessonLinks(html(m[1]!)), `${m[1]} should link back to ${prefix}/belajar/${slug}/`).toContain(`${prefix}/belajar/${slug}/`);
				}
			}
		}
		expect(pairs).toBeGreaterThan(0);
	});
});

describe('program directory', () => {
	it('lists every program once, linked to its page, in the HTML itself (works without JavaScript)', () => {
		for (const { prefix } of LANGS) {
			const page = html(`${prefix}/program/`);
			const items = [...page.matchAll(new RegExp(`<li ${cls('nk-prog')}[^>]*data-program="([^"]+)"`, 'g'))].map((m) => m[1]);
			expect(items.sort()).toEqual(programs.map((p) => p.id).sort());
			for (const p of programs) expect(page).toContain(`href="${prefix}/program/${p.id}/"`);
			// The filter form is for JavaScript only; the list is not hidden.
			expect(page).toMatch(new RegExp(`<form ${cls('nk-filters')}[^>]*\\bhidden\\b`));
			expect(page).not.toMatch(new RegExp(`<li ${cls('nk-prog')}[^>]*\\bhidden\\b`));
		}
	});

	it('writes each program’s filter values into its list item, straight from the data', () => {
		const page = html('/program/');
		for (const p of programs) {
			const tag = new RegExp(`<li ${cls('nk-prog')}[^>]*data-program="${p.id}"[^>]*>`).exec(page)![0];
			const values = (name: string) => (attr(tag, name) ?? '').split('|').filter(Boolean).map(unescape);
			expect(values('data-stage'), p.id).toEqual(p.stages);
			expect(values('data-platform'), p.id).toEqual(p.platforms);
			expect(values('data-org-type'), p.id).toEqual([p.orgType]);
			expect(values('data-archetype'), p.id).toEqual(p.archetype === 'unknown' ? [] : [p.archetype]);
			expect(values('data-delivery'), p.id).toEqual(p.delivery === 'unknown' ? [] : [p.delivery]);
			expect(values('data-region'), p.id).toEqual(p.regions.filter((r) => r !== 'unknown'));
			expect(values('data-cost'), p.id).toEqual(p.cost === 'unknown' ? [] : [p.cost === 'free' ? 'free' : 'described']);
		}
	});

	it('shows name, organizer, stages, delivery, regions and cost without the word unknown', () => {
		const page = html('/en/program/');
		for (const p of programs) {
			const item = new RegExp(`<li ${cls('nk-prog')}[^>]*data-program="${p.id}"[\\s\\S]*?</dl>`).exec(page)![0];
			const text = textOf(item);
			expect(text).toContain(p.organizer);
			expect(text).not.toMatch(/\bunknown\b/i);
			expect(item.match(new RegExp(`<li ${cls('nk-chip')}>`, 'g'))?.length ?? 0, p.id).toBe(p.stages.length);
		}
	});
});

describe('coverage view', () => {
	const columnsFor = { stages: STAGES, platforms: PLATFORMS } as const;

	for (const by of ['stages', 'platforms'] as const) {
		it(`programs × ${by}: totals and every cell match the data, in both languages`, () => {
			for (const { prefix } of LANGS) {
				const page = html(`${prefix}/program/cakupan/`);
				const block = new RegExp(`<div ${cls('nk-cov')}[^>]*data-coverage="${by}"[\\s\\S]*?(?=<div ${cls('nk-cov')}[^>]*data-coverage=|</main>)`).exec(page)![0];
				const columns = columnsFor[by];
				const recorded = programs.filter((p) => p[by].some((v) => (columns as readonly string[]).includes(v)));
				// Per-column totals, as the totals table and the matrix footer show them.
				for (const col of columns) {
					const expected = programs.filter((p) => (p[by] as string[]).includes(col)).length;
					const row = new RegExp(`<tr[^>]*data-column="${col}"[\\s\\S]*?<span data-total[^>]*>(\\d+)</span>`).exec(block)!;
					expect(Number(row[1]), `${prefix} ${by} ${col}`).toBe(expected);
					const foot = new RegExp(`data-total-for="${col}"[^>]*>(\\d+)<`).exec(block)!;
					expect(Number(foot[1])).toBe(expected);
				}
				// One matrix row per program with recorded values; cells in column order.
				const rows = [...block.matchAll(/<tr[^>]*data-program="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
				expect(rows.map((r) => r[1]).sort()).toEqual(recorded.map((p) => p.id).sort());
				for (const [, id, cells] of rows) {
					const p = programs.find((x) => x.id === id)!;
					const on = [...cells!.matchAll(/data-on="([01])"/g)].map((m) => m[1] === '1');
					expect(on, `${by} ${id}`).toEqual(columns.map((c) => (p[by] as string[]).includes(c)));
				}
				// Programs without recorded values are listed apart, all of them.
				const unknownList = new RegExp(`<details ${cls('nk-cov__unknown')}[\\s\\S]*?</details>`).exec(block)?.[0] ?? '';
				for (const p of programs.filter((x) => !recorded.includes(x))) expect(unknownList, p.id).toContain(`/program/${p.id}/`);
			}
		});
	}

	it('the summary counts match the data', () => {
		const text = textOf(html('/en/program/cakupan/'));
		const recorded = programs.filter((p) => p.stages.length > 0);
		const one = recorded.filter((p) => p.stages.length === 1).length;
		const all = recorded.filter((p) => STAGES.every((s) => p.stages.includes(s))).length;
		expect(text).toContain(`Of the ${programs.length} programs in the directory, ${recorded.length} have their stages recorded. Covering all six stages: ${all}. Covering only one stage: ${one}.`);
	});

	it('tables are accessible: caption, scoped headers, a focusable scroll region named by the caption', () => {
		const page = html('/program/cakupan/');
		const tables = page.match(/<table[\s\S]*?<\/table>/g)!;
		expect(tables.length).toBe(4);
		for (const t of tables) {
			expect(t).toMatch(/<caption[^>]*>[^<]+/);
			expect(t).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
		}
		for (const region of page.match(new RegExp(`<div ${cls('nk-cov__scroll')}[^>]*>`, 'g'))!) {
			expect(region).toMatch(/tabindex="0"/);
			expect(region).toMatch(/role="region"/);
			const id = attr(region, 'aria-labelledby')!;
			expect(page).toContain(`<caption id="${id}"`);
		}
	});
});

describe('add or correct a program guide', () => {
	it('explains every field of the schema, in both languages', () => {
		for (const { prefix } of LANGS) {
			const page = html(`${prefix}/program/tambah/`);
			for (const field of Object.keys(programSchema.shape)) expect(page, `${prefix} ${field}`).toContain(`id="field-${field}"`);
		}
	});

	it('links the published JSON Schema, which exists', () => {
		expect(html('/program/tambah/')).toContain('href="/api/v1/schema/program.json"');
		expect(exists('api/v1/schema/program.json')).toBe(true);
	});

	it('shows a real validation message naming file, field, value and allowed values', () => {
		const text = textOf(html('/en/program/tambah/'));
		expect(text).toContain('$ npm run validate:programs');
		expect(text).toMatch(/✖ content\/programs\/contoh-program\.yaml field: orgType problem: .+ found: "pemerintah-daerah" allowed: national-government, local-government, ngo, platform, company-csr, university/);
		expect(text).toMatch(/✖ content\/programs\/contoh-program\.yaml field: lastVerified/);
		expect(text).toMatch(/✖ content\/programs\/contoh-lain\.yaml field: lessons\.0 problem: unknown lesson id found: "hitung-untung" allowed: /);
	});
});

/** Published lessons (both languages share the slug), read from the built API. */
function publishedLessons(): { lessonId: string; slug: string }[] {
	const api = json('api/v1/lessons.json') as { lessons: { id: string; url: { id: string } }[] };
	return api.lessons.map((l) => ({ lessonId: l.id, slug: /\/belajar\/([^/]+)\/$/.exec(l.url.id)![1]! }));
}
