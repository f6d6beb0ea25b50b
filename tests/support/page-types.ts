/**
 * One page of each kind the site has, in both languages, found in dist/. Used
 * by the quality gates (axe, other origins, valid HTML) and by `npm run bench`.
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

const page = (dist: string, path: string) => join(dist, path, 'index.html');
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
	const withImages = (slug: string) => /<(?:img|picture)\b/.test(readFileSync(page(dist, `/belajar/${slug}/`), 'utf8').split('<main')[1] ?? '');
	const plain = lessons.find((s) => !withImages(s));
	const illustrated = has(dist, '/belajar/cahaya-foto-produk/') ? 'cahaya-foto-produk' : lessons.find(withImages);
	const paths = json<{ paths: { id: string }[] }>(dist, 'api/v1/paths.json')?.paths ?? [];
	const programs = json<{ programs: { id: string }[] }>(dist, 'api/v1/programs.json')?.programs ?? [];
	const program = programs.map((p) => p.id).find((id) => has(dist, `/program/${id}/`));
	const path = paths.map((p) => p.id).find((id) => has(dist, `/jalur/${id}/`));
	const slide = firstDir(dist, 'slide')[0];
	const print = firstDir(dist, 'cetak')[0];
	return [
		both(dist, 'home', '/', 'no home page'),
		both(dist, 'lesson', plain && `/belajar/${plain}/`, 'no lesson without images'),
		both(dist, 'lesson with images', illustrated && `/belajar/${illustrated}/`, 'no lesson with <Figure> images'),
		both(dist, 'path', path && `/jalur/${path}/`, 'no /jalur/<id>/ page'),
		both(dist, 'paths index', '/jalur/', 'no /jalur/ page'),
		both(dist, 'placement', '/mulai/', 'no /mulai/ page'),
		both(dist, 'directory', '/program/', 'no /program/ page'),
		both(dist, 'program page', program && `/program/${program}/`, 'no /program/<id>/ page'),
		both(dist, 'slide view', slide && `/slide/${slide}/`, 'no /slide/<slug>/ page'),
		both(dist, 'print view', print && `/cetak/${print}/`, 'no /cetak/<slug>/ page'),
		both(dist, 'my learning', '/belajarku/', 'no /belajarku/ page'),
		both(dist, 'offline page', '/offline/', 'no /offline/ page'),
		both(dist, 'glossary', '/kamus/', 'no /kamus/ page'),
		both(dist, 'embed lesson', illustrated && `/embed/belajar/${illustrated}/`, 'no /embed/belajar/<slug>/ page'),
		both(dist, 'embed path', path && `/embed/jalur/${path}/`, 'no /embed/jalur/<id>/ page'),
	];
}

/** Every built page path of the available page types, both languages. */
export const pageTypePaths = (dist = 'dist') =>
	pageTypes(dist).flatMap((t) => (['id', 'en'] as const).flatMap((lang) => (t.paths[lang] ? [{ type: t.name, lang, path: t.paths[lang]! }] : [])));
