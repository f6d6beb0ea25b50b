/**
 * After the build, for trainers:
 * 1. One offline kit per workshop plan, `/unduh/<id>.zip`: the plan, its
 *    evaluation form, and the slides and handouts of its lessons in both
 *    languages, as self-contained HTML files that open from the file system.
 * 2. The kit's size is written into the plan pages' download links.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistSite } from '../build/dist-site.ts';
import { readCatalogue } from '../../core/catalogue/read-content.ts';
import type { Workshop } from '../../core/schemas/workshop.ts';
import { LANGS, type Lang } from '../../core/schemas/vocabulary.ts';
import { inlinePage, relativeLink } from './offline-kit.ts';
import { createZip, type ZipEntry } from './zip.ts';
import { formatSize } from '../../core/i18n/format.ts';
import { DEFAULT_LANG } from '../../core/locales.ts';
import { KIT_SIZE_MARKER, workshopLessons } from './workshop.ts';
import { urls } from '../../core/urls.ts';
import { SITE_URL } from '../../core/site.ts';

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

/** Write the kits into dist/unduh/ and their sizes into the plan pages; returns how many kits. Runs in src/features/build/post-build.ts. */
export function writeTrainerKits(site: DistSite, root: string): number {
	const { lessons, workshops } = readCatalogue(root);
	const slugById = new Map([...lessons[DEFAULT_LANG].values()].map((l) => [l.lessonId, l.slug]));
	const read = (sitePath: string) => site.read(sitePath);
	const memo = new Map<string, string | null>();
	mkdirSync(join(site.dir, 'unduh'), { recursive: true });
	for (const w of workshops) {
		const files = kitFiles(w, slugById);
		const entries: ZipEntry[] = [];
		for (const [sitePath, kitFile] of files) {
			const html = read(sitePath);
			if (!html) throw new Error(`offline kit ${w.id}: ${sitePath} was not built`);
			const page = inlinePage(html.toString('utf8'), {
				read,
				link: (path) => (files.has(path) ? relativeLink(kitFile, files.get(path)!) : `${SITE_URL}${path}`),
				memo,
			});
			entries.push({ name: `${w.id}/${kitFile}`, data: page });
		}
		const lessonTitles = Object.fromEntries(LANGS.map((lang) => [lang, workshopLessons(w).map((id) => lessons[lang].get(id)?.data.title ?? id)])) as Record<Lang, string[]>;
		entries.unshift({ name: `${w.id}/README.txt`, data: kitReadme(w, lessonTitles) });
		const zip = createZip(entries);
		writeFileSync(join(site.dir, 'unduh', `${w.id}.zip`), zip);

		// 2. The size on the download buttons.
		for (const lang of LANGS) {
			const page = site.fileOf(urls.workshop(lang, w.id));
			if (site.read(urls.workshop(lang, w.id))) site.write(page, site.html(page).replaceAll(KIT_SIZE_MARKER, formatSize(zip.length, lang)));
		}
	}
	return workshops.length;
}
