/**
 * After the build: one SCORM 1.2 package per lesson and per learning path, in
 * each language (`/unduh/scorm/<lang>/belajar/<lessonId>.zip`,
 * `/unduh/scorm/<lang>/jalur/<pathId>.zip`). Each holds imsmanifest.xml, a
 * launch page (scorm-player.js: the SCORM 1.2 API calls, completion and the
 * first-try score) and the lessons' embed-view pages made self-contained like
 * the workshop kits (no request to any other origin). Each lesson page is
 * inlined and compressed once per language, into its own package; a path's
 * package takes its lessons, still compressed, back out of those packages on
 * disk, so nothing per lesson stays in memory (it would grow with the site).
 * Then the packages' sizes go into the API files and onto the pages that
 * link to them (SIZE markers). Runs in src/features/build/post-build.ts.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DistSite } from '../build/dist-site.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';
import { LANGS, STAGES, type Lang } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';
import { SITE_URL } from '../../core/site.ts';
import { langOfPath } from '../../core/locales.ts';
import { formatSize } from '../../core/i18n/format.ts';
import { inlinePage } from '../trainer/offline-kit.ts';
import { createZip, packEntry, packedEntryOf, type PackedEntry } from '../trainer/zip.ts';
import { scormManifest } from './scorm-manifest.ts';
import { launchPage, type PackageLesson } from './scorm-launch.ts';
import { SIZE_MARKER_PATTERN, SIZE_MARKER_PREFIX } from './lms-links.ts';
import { materialsParts } from '../trainer/stage-materials.ts';

export interface LmsResult {
	/** Bytes of each package by its site URL. */
	sizes: Map<string, number>;
	/** Milliseconds spent inlining lesson pages and zipping. */
	inlineMs: number;
	zipMs: number;
}

/** Put `<script>` text at the end of a page's body (the page comes from our own build, so `</body>` is there once). */
function withScript(html: string, code: string): string {
	const at = html.lastIndexOf('</body>');
	if (at < 0) throw new Error('scorm: a lesson page has no </body>');
	return `${html.slice(0, at)}<script>${code.replace(/<\/script/gi, '<\\/script')}</script>${html.slice(at)}`;
}

export function writeLmsPackages(site: DistSite, root: string): LmsResult {
	const { lessons, paths } = readCatalogue(root);
	const player = readFileSync(join(root, 'src/features/lms/scorm-player.js'), 'utf8');
	const reporter = readFileSync(join(root, 'src/features/lms/scorm-lesson.js'), 'utf8');
	const read = (sitePath: string) => site.read(sitePath);
	const memo = new Map<string, string | null>();
	const sizes = new Map<string, number>();
	let inlineMs = 0;
	let zipMs = 0;

	for (const lang of LANGS) {
		const lessonOf = (id: string) => {
			const lesson = lessons[lang].get(id);
			if (!lesson) throw new Error(`scorm: lesson "${id}" has no ${lang} page`);
			return lesson;
		};
		const item = (id: string): PackageLesson => {
			const lesson = lessonOf(id);
			return { id, title: lesson.data.title, file: `lessons/${id}.html`, questions: lesson.data.selfCheck.length };
		};
		const write = (url: string, identifier: string, title: string, items: PackageLesson[], packed: PackedEntry[]) => {
			const launch = launchPage({ lang, title, lessons: items, player });
			const files = ['index.html', ...items.map((l) => l.file)];
			const t0 = Date.now();
			const zip = createZip([{ name: 'imsmanifest.xml', data: scormManifest({ identifier, title, files }) }, { name: 'index.html', data: launch }, ...packed]);
			zipMs += Date.now() - t0;
			const file = join(site.dir, url);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, zip);
			sizes.set(url, zip.length);
		};
		for (const lesson of lessons[lang].values()) {
			const t0 = Date.now();
			const embed = urls.embedLesson(lang, lesson.slug);
			const page = site.read(embed);
			if (!page) throw new Error(`scorm: ${embed} was not built`);
			const html = withScript(inlinePage(page.toString('utf8'), { read, link: (path) => `${SITE_URL}${path}`, memo }), reporter);
			site.forget(site.fileOf(embed));
			inlineMs += Date.now() - t0;
			const it = item(lesson.lessonId);
			const t1 = Date.now();
			const packed = packEntry({ name: it.file, data: html });
			zipMs += Date.now() - t1;
			write(urls.scormLesson(lang, lesson.lessonId), `naik-kelas.${lang}.lesson.${lesson.lessonId}`, `Naik Kelas · ${lesson.data.title}`, [it], [packed]);
		}
		for (const p of paths) {
			const items = p.lessons.map(item);
			const packed = items.map((it) => {
				const entry = packedEntryOf(readFileSync(join(site.dir, urls.scormLesson(lang, it.id))), it.file);
				if (!entry) throw new Error(`scorm: the package of lesson "${it.id}" has no ${it.file}`);
				return entry;
			});
			write(urls.scormPath(lang, p.id), `naik-kelas.${lang}.path.${p.id}`, `Naik Kelas · ${p.title[lang]}`, items, packed);
		}
	}

	fillApiSizes(site, sizes);
	// The trainer's materials pages list each lesson's package (src/features/trainer/stage-materials.ts).
	const materials = (lang: Lang) => STAGES.flatMap((stage) => materialsParts(lang, stage, [...lessons[lang].values()].filter((l) => l.data.stage === stage).length).map((p) => p.href));
	fillPageSizes(site, sizes, [...LANGS.flatMap((lang) => [...paths.map((p) => urls.path(lang, p.id)), urls.trainers(lang), urls.programMakers(lang), ...materials(lang)])]);
	return { sizes, inlineMs, zipMs };
}

/** The API names each package by URL; the build adds its size in bytes (a missing package fails the build). */
function fillApiSizes(site: DistSite, sizes: Map<string, number>) {
	for (const file of ['/api/v1/lessons.json', '/api/v1/paths.json']) {
		const text = site.read(file);
		if (!text) throw new Error(`scorm: ${file} was not built`);
		type Entry = { scorm: Record<Lang, { url: string; bytes?: number }> };
		const data = JSON.parse(text.toString('utf8')) as Record<string, unknown>;
		const entries = Object.values(data).filter((v): v is Entry[] => Array.isArray(v)).flat();
		for (const entry of entries) {
			for (const pkg of Object.values(entry.scorm)) {
				const bytes = sizes.get(new URL(pkg.url).pathname);
				if (bytes === undefined) throw new Error(`scorm: ${file} names ${pkg.url}, which the build did not make`);
				pkg.bytes = bytes;
			}
		}
		writeFileSync(join(site.dir, file), JSON.stringify(data));
	}
}

/** Replace each `SIZE_MARKER(url)` on these pages with the package's size in the page's language. */
function fillPageSizes(site: DistSite, sizes: Map<string, number>, pages: string[]) {
	for (const url of pages) {
		const file = site.fileOf(url);
		if (!site.read(url)) continue;
		const html = site.html(file);
		if (!html.includes(SIZE_MARKER_PREFIX)) continue;
		const lang = langOfPath(url);
		const out = html.replace(SIZE_MARKER_PATTERN, (_all, target: string) => {
			const bytes = sizes.get(target);
			if (bytes === undefined) throw new Error(`scorm: ${url} links to ${target}, which the build did not make`);
			return formatSize(bytes, lang);
		});
		site.write(file, out);
	}
}
