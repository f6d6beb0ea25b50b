/**
 * After the build: one preview image per lesson, path and program in each
 * language (plus one for the rest of the site), drawn from an SVG card with
 * sharp and the system's fonts. The route middleware points og:image at them
 * (src/lib/social-preview.ts has the URL rule). Images are cached by content
 * in .cache/og/, so a rebuild only draws what changed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readLessons, readYamlDir } from '../data/read-content.ts';
import { PREVIEW, previewImagePath, previewSvg, type PreviewCard } from '../lib/social-preview.ts';
import { urls } from '../lib/urls.ts';
import { STAGE_LABELS, type Lang, type Stage } from '../schemas/vocabulary.ts';
import { LANGS, locales } from '../config/locales.ts';
import { formats, t, type Strings } from '../i18n/ui.ts';
import { SITE_URL } from '../config/site.ts';

/** The card words of each language: src/i18n/strings/ (`socialPreview`, and the minute word of `format`). */
const WORDS = Object.fromEntries(LANGS.map((lang) => [lang, { ...t(lang).socialPreview, minutes: formats[lang].minute }])) as Record<Lang, Strings['socialPreview'] & { minutes: string }>;

interface Job {
	file: string;
	card: PreviewCard;
}

/** Every preview to draw, from the content files (the same the pages are built from). */
export function previewJobs(root: string): Job[] {
	const site = SITE_URL.replace(/^https?:\/\//, '');
	const jobs: Job[] = [];
	const add = (pagePath: string, card: Omit<PreviewCard, 'site'>) => jobs.push({ file: previewImagePath(pagePath), card: { ...card, site } });
	for (const lesson of readLessons(root).lessons) {
		const data = lesson.data as { title?: string; stage?: Stage; durationMinutes?: number };
		if (!data?.title) continue;
		const w = WORDS[lesson.lang];
		const stage = data.stage ? STAGE_LABELS[data.stage]?.[lesson.lang] : undefined;
		add(urls.lesson(lesson.lang, lesson.slug), { title: data.title, footer: [w.lesson, stage, data.durationMinutes ? `${data.durationMinutes} ${w.minutes}` : undefined].filter(Boolean).join(' · ') });
	}
	for (const { data } of readYamlDir(root, 'content/paths')) {
		const path = data as { id?: string; title?: Record<Lang, string>; lessons?: unknown[] };
		if (!path?.id || !path.title) continue;
		for (const lang of LANGS) {
			const w = WORDS[lang];
			add(urls.path(lang, path.id), { title: path.title[lang], footer: `${w.path} · ${path.lessons?.length ?? 0} ${w.lessons} · ${w.free}` });
		}
	}
	for (const { data } of readYamlDir(root, 'content/programs')) {
		const program = data as { id?: string; name?: string; organizer?: string };
		if (!program?.id || !program.name) continue;
		for (const lang of LANGS) {
			add(urls.program(lang, program.id), { title: program.name, footer: [WORDS[lang].program, program.organizer].filter(Boolean).join(' · ') });
		}
	}
	for (const lang of LANGS) add(urls.home(lang), { title: WORDS[lang].site, footer: `UMKM · ${WORDS[lang].free} · ${Object.values(locales).map((l) => l.label).join(' & ')}` });
	return jobs;
}

export async function drawPreviews(root: string, dist: string, concurrency = 4): Promise<{ drawn: number; cached: number; largest: number }> {
	const sharp = (await import('sharp')).default;
	const cacheDir = join(root, '.cache/og');
	mkdirSync(cacheDir, { recursive: true });
	const queue = previewJobs(root);
	let drawn = 0;
	let cached = 0;
	let largest = 0;
	const work = async () => {
		while (queue.length) {
			const job = queue.shift()!;
			const svg = previewSvg(job.card);
			const cacheFile = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 20)}.png`);
			if (existsSync(cacheFile)) cached++;
			else {
				await sharp(Buffer.from(svg)).png({ palette: true, colors: 16, effort: 1, dither: 0 }).toFile(cacheFile);
				drawn++;
			}
			const out = join(dist, job.file);
			mkdirSync(dirname(out), { recursive: true });
			copyFileSync(cacheFile, out);
			const bytes = statSync(out).size;
			largest = Math.max(largest, bytes);
			if (bytes > PREVIEW.maxBytes) throw new Error(`social preview ${job.file} is ${Math.round(bytes / 1024)} KB; chat apps drop previews over ${PREVIEW.maxBytes / 1024} KB. Shorten the title or simplify src/lib/social-preview.ts.`);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, work));
	return { drawn, cached, largest };
}

export default function socialPreview(): AstroIntegration {
	let root = '';
	return {
		name: 'naik-kelas:social-preview',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const r = await drawPreviews(root, fileURLToPath(dir));
				logger.info(`${r.drawn + r.cached} social preview images (${r.drawn} drawn, ${r.cached} from cache; largest ${Math.round(r.largest / 1024)} KB) in ${Date.now() - started} ms`);
			},
		},
	};
}
