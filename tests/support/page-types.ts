/**
 * One page of each kind the site has, in both languages, found in dist/. Used
 * by the quality gates (axe, other origins, valid HTML, large text and reflow)
 * and by `npm run bench`. A new kind of page (a route, a tool in a lesson) is
 * one line in pageTypes() below, and every gate then checks it.
 * A kind whose page is not built (yet) is returned with `missing` so callers
 * can report it instead of crashing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PageType {
	name: string;
	/** Site paths, Indonesian first; empty when missing. */
	paths: { id?: string; en?: string };
	missing?: string;
}

/** The file of a site path: `/x/` is `x/index.html`, a path ending in `.html` is that file (the 404 page). */
const page = (dist: string, path: string) => (path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html'));
const has = (dist: string, path: string) => existsSync(page(dist, path));
const firstDir = (dist: string, dir: string, ok: (name: string) => boolean = () => true) =>
	existsSync(join(dist, dir))
		? readdirSync(join(dist, dir), { withFileTypes: true })
				.filter((d) => d.isDirectory() && ok(d.name) && existsSync(join(dist, dir, d.name, 'index.html')))
				.map((d) => d.name)
				.sort()
		: [];

function json<T>(dist: string, file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(join(dist, file), 'utf8')) as T;
	} catch {
		return undefined;
	}
}

function both(dist: string, name: string, idPath: string | undefined, hint: string): PageType {
	if (!idPath || !has(dist, idPath)) return { name, paths: {}, missing: hint };
	const enPath = `/en${idPath}`;
	return { name, paths: { id: idPath, en: has(dist, enPath) ? enPath : undefined } };
}

export function pageTypes(dist = 'dist'): PageType[] {
	const lessons = firstDir(dist, 'belajar');
	const main = (slug: string) => readFileSync(page(dist, `/belajar/${slug}/`), 'utf8').split('<main')[1] ?? '';
	const withImages = (slug: string) => /<(?:img|picture)\b/.test(main(slug));
	const withCalculator = (slug: string) => main(slug).includes('<nk-profit-calculator');
	const plain = lessons.find((s) => !withImages(s) && !withCalculator(s));
	const calculator = has(dist, '/belajar/hitung-hpp/') && withCalculator('hitung-hpp') ? 'hitung-hpp' : lessons.find(withCalculator);
	const illustrated = has(dist, '/belajar/cahaya-foto-produk/') ? 'cahaya-foto-produk' : lessons.find(withImages);
	const paths = json<{ paths: { id: string }[] }>(dist, 'api/v1/paths.json')?.paths ?? [];
	const programs = json<{ programs: { id: string }[] }>(dist, 'api/v1/programs.json')?.programs ?? [];
	const program = programs.map((p) => p.id).find((id) => has(dist, `/program/${id}/`));
	const path = paths.map((p) => p.id).find((id) => has(dist, `/jalur/${id}/`));
	const workshop = firstDir(dist, 'pelatih', (name) => name !== 'evaluasi')[0];
	const materials = firstDir(dist, 'pelatih/bahan')[0];
	const slide = firstDir(dist, 'slide')[0];
	const print = firstDir(dist, 'cetak')[0];
	return [
		both(dist, 'home', '/', 'no home page'),
		both(dist, 'lesson', plain && `/belajar/${plain}/`, 'no lesson without images'),
		both(dist, 'lesson with images', illustrated && `/belajar/${illustrated}/`, 'no lesson with <Figure> images'),
		both(dist, 'lesson with calculator', calculator && `/belajar/${calculator}/`, 'no lesson with the <ProfitCalculator> tool'),
		both(dist, 'path', path && `/jalur/${path}/`, 'no /jalur/<id>/ page'),
		both(dist, 'paths index', '/jalur/', 'no /jalur/ page'),
		both(dist, 'build-your-own path', '/jalur/susun/', 'no /jalur/susun/ page'),
		both(dist, 'placement', '/mulai/', 'no /mulai/ page'),
		both(dist, 'placement print', '/mulai/cetak/', 'no /mulai/cetak/ page'),
		both(dist, 'placement result', '/mulai/hasil/', 'no /mulai/hasil/ page'),
		both(dist, 'directory', '/program/', 'no /program/ page'),
		both(dist, 'program page', program && `/program/${program}/`, 'no /program/<id>/ page'),
		both(dist, 'coverage', '/program/cakupan/', 'no /program/cakupan/ page'),
		both(dist, 'add-or-correct guide', '/program/tambah/', 'no /program/tambah/ page'),
		both(dist, 'program-maker page', '/pembuat-program/', 'no /pembuat-program/ page'),
		both(dist, 'trainer page', '/pelatih/', 'no /pelatih/ page'),
		both(dist, 'workshop plan', workshop && `/pelatih/${workshop}/`, 'no /pelatih/<id>/ page'),
		both(dist, 'workshop handout', workshop && `/pelatih/${workshop}/cetak/`, 'no /pelatih/<id>/cetak/ page'),
		both(dist, 'evaluation form', '/pelatih/evaluasi/', 'no /pelatih/evaluasi/ page'),
		both(dist, 'stage materials', materials && `/pelatih/bahan/${materials}/`, 'no /pelatih/bahan/<stage>/ page'),
		both(dist, 'slide view', slide && `/slide/${slide}/`, 'no /slide/<slug>/ page'),
		both(dist, 'print view', print && `/cetak/${print}/`, 'no /cetak/<slug>/ page'),
		both(dist, 'my learning', '/belajarku/', 'no /belajarku/ page'),
		both(dist, 'business book', '/buku-usaha/', 'no /buku-usaha/ page'),
		both(dist, 'offline page', '/offline/', 'no /offline/ page'),
		both(dist, 'glossary', '/kamus/', 'no /kamus/ page'),
		both(dist, 'embed lesson', illustrated && `/embed/belajar/${illustrated}/`, 'no /embed/belajar/<slug>/ page'),
		both(dist, 'embed path', path && `/embed/jalur/${path}/`, 'no /embed/jalur/<id>/ page'),
		// The English not-found page is a page of its own (/en/404/), not /en/404.html.
		{ ...both(dist, 'not found', '/404.html', 'no 404.html'), ...(has(dist, '/404.html') ? { paths: { id: '/404.html', en: has(dist, '/en/404/') ? '/en/404/' : undefined } } : {}) },
	];
}

/** Every built page path of the available page types, both languages. */
export const pageTypePaths = (dist = 'dist') =>
	pageTypes(dist).flatMap((t) => (['id', 'en'] as const).flatMap((lang) => (t.paths[lang] ? [{ type: t.name, lang, path: t.paths[lang]! }] : [])));
