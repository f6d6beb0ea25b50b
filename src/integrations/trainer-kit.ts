/**
 * After the build, for trainers:
 * 1. Standalone pages (slides, handouts, printable plans and forms) render
 *    lesson MDX, and Astro then links them to Starlight's whole stylesheet
 *    bundle (the MDX imports Starlight's component barrel). They need none of
 *    it, so the link is removed: a smaller page, and no Starlight theme leaking in.
 * 2. One offline kit per workshop plan, `/unduh/<id>.zip`: the plan, its
 *    evaluation form, and the slides and handouts of its lessons in both
 *    languages, as self-contained HTML files that open from the file system.
 * 3. The kit's size is written into the plan pages' download links.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml } from '../data/measure-dist.ts';
import { readLessons, readYamlDir } from '../data/read-content.ts';
import { workshopSchema, type Workshop } from '../schemas/workshop.ts';
import { LANGS, type Lang } from '../schemas/vocabulary.ts';
import { dropStylesheets, inlinePage, relativeLink, screenStylesheets } from '../lib/offline-kit.ts';
import { createZip, type ZipEntry } from '../lib/zip.ts';
import { formatSize } from '../i18n/format.ts';
import { DEFAULT_LANG } from '../config/locales.ts';
import { KIT_SIZE_MARKER, workshopLessons } from '../lib/workshop.ts';
import { urls } from '../lib/urls.ts';
import { SITE_URL } from '../config/site.ts';

/** `<html class="…">` of the pages built without Starlight's frame. */
const STANDALONE = /<html\b[^>]*\bclass="[^"]*\bnk-(slides|print)-page\b/;

const distFile = (dist: string, sitePath: string) => join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);

/** Kit file for each site page of a plan, in both languages (the Indonesian files at the top). */
export function kitFiles(w: Workshop, slugById: Map<string, string>): Map<string, string> {
	const files = new Map<string, string>();
	for (const lang of LANGS) {
		const dir = lang === DEFAULT_LANG ? '' : `${lang}/`;
		files.set(urls.workshopPrint(lang, w.id), `${dir}index.html`);
		files.set(urls.evaluationForm(lang, w.id), `${dir}evaluasi.html`);
		for (const id of workshopLessons(w)) {
			const slug = slugById.get(id);
			if (!slug) throw new Error(`content/workshops/${w.id}.yaml: lesson "${id}" has no page`);
			files.set(urls.slides(lang, slug), `${dir}slide/${slug}.html`);
			files.set(urls.print(lang, slug), `${dir}cetak/${slug}.html`);
		}
	}
	return files;
}

export function kitReadme(w: Workshop, lessonTitles: Record<Lang, string[]>): string {
	return [
		`Naik Kelas · ${w.title.id} / ${w.title.en}`,
		'='.repeat(60),
		'',
		'BAHASA INDONESIA',
		'1. Ekstrak (extract) dulu berkas .zip ini ke sebuah folder.',
		'2. Buka index.html dengan browser (Chrome, Firefox atau Edge). Tidak perlu internet.',
		'3. index.html adalah rencana pelatihan. Dari situ buka slide dan handout setiap pelajaran.',
		'   Slide: → ← atau PgDn PgUp untuk pindah, P untuk catatan pelatih, F untuk layar penuh.',
		'   Handout: tombol "Cetak / Print"; centang "Sertakan catatan pelatih" untuk versi pelatih.',
		'4. evaluasi.html: formulir evaluasi untuk dicetak di akhir sesi.',
		'Kode QR di slide dan handout membuka pelajaran online: peserta perlu sinyal untuk itu.',
		'',
		'Pelajaran:',
		...lessonTitles.id.map((t) => `  - ${t}`),
		'',
		'ENGLISH',
		'1. Extract this .zip file to a folder first.',
		'2. Open en/index.html in a browser (Chrome, Firefox or Edge). No internet needed.',
		'3. en/index.html is the workshop plan. From there, open each lesson\'s slides and handout.',
		'   Slides: → ← or PgDn PgUp to move, P for trainer notes, F for full screen.',
		'   Handouts: "Cetak / Print" button; tick "Include trainer notes" for a trainer\'s copy.',
		'4. en/evaluasi.html: the evaluation form to print for the end of the session.',
		'The QR codes on slides and handouts open the lessons online: participants need signal for that.',
		'',
		'Lessons:',
		...lessonTitles.en.map((t) => `  - ${t}`),
		'',
		`Online: ${SITE_URL}${urls.workshop('id', w.id)}`,
		'Licence: CC BY-SA 4.0. You may print, copy, share and adapt this material; name Naik Kelas as the source.',
		'',
	].join('\r\n');
}

export default function trainerKit(): AstroIntegration {
	let root = '';
	return {
		name: 'naik-kelas:trainer-kit',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const started = Date.now();

				// 1. Standalone pages lose Starlight's stylesheet bundle (the one its 404 page loads).
				const notFound = join(dist, '404.html');
				const starlightCss = new Set(existsSync(notFound) ? screenStylesheets(readFileSync(notFound, 'utf8')) : []);
				let standalone = 0;
				for (const file of listHtml(dist)) {
					const html = readFileSync(file, 'utf8');
					if (!STANDALONE.test(html)) continue;
					standalone++;
					const lean = dropStylesheets(html, starlightCss);
					if (lean !== html) writeFileSync(file, lean);
				}

				// 2. Offline kits.
				const { lessons } = readLessons(root);
				const slugById = new Map<string, string>();
				const titles = new Map<string, string>();
				for (const l of lessons) {
					const data = l.data as { lessonId?: string; title?: string };
					if (!data?.lessonId) continue;
					slugById.set(data.lessonId, l.slug);
					titles.set(`${l.lang}:${data.lessonId}`, data.title ?? l.slug);
				}
				const workshops = readYamlDir(root, 'content/workshops').map((f) => workshopSchema.parse(f.data));
				const read = (sitePath: string) => {
					const file = distFile(dist, decodeURIComponent(sitePath));
					return existsSync(file) ? readFileSync(file) : undefined;
				};
				mkdirSync(join(dist, 'unduh'), { recursive: true });
				for (const w of workshops) {
					const files = kitFiles(w, slugById);
					const entries: ZipEntry[] = [];
					for (const [sitePath, kitFile] of files) {
						const html = read(sitePath);
						if (!html) throw new Error(`offline kit ${w.id}: ${sitePath} was not built`);
						const page = inlinePage(html.toString('utf8'), {
							read,
							link: (path) => (files.has(path) ? relativeLink(kitFile, files.get(path)!) : `${SITE_URL}${path}`),
						});
						entries.push({ name: `${w.id}/${kitFile}`, data: page });
					}
					const lessonTitles = Object.fromEntries(LANGS.map((lang) => [lang, [] as string[]])) as Record<Lang, string[]>;
					for (const id of workshopLessons(w)) for (const lang of LANGS) lessonTitles[lang].push(titles.get(`${lang}:${id}`) ?? id);
					entries.unshift({ name: `${w.id}/README.txt`, data: kitReadme(w, lessonTitles) });
					const zip = createZip(entries);
					writeFileSync(join(dist, 'unduh', `${w.id}.zip`), zip);

					// 3. The size on the download buttons.
					for (const lang of LANGS) {
						const page = distFile(dist, urls.workshop(lang, w.id));
						if (existsSync(page)) writeFileSync(page, readFileSync(page, 'utf8').replaceAll(KIT_SIZE_MARKER, formatSize(zip.length, lang)));
					}
				}
				logger.info(`${standalone} standalone pages trimmed; ${workshops.length} offline kits in /unduh/ (${Date.now() - started} ms)`);
			},
		},
	};
}
