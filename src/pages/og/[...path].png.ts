/**
 * Social preview images: one per lesson, path and program in each language,
 * plus one per language for the rest of the site, at the URL the route
 * middleware puts in og:image (src/features/shell/social-preview.ts has the URL rule and
 * the card). Drawn from the catalogue with sharp and the system's fonts, and
 * cached by content in .cache/og/, so a rebuild only draws what changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCatalogue } from '../../core/catalogue/catalogue.ts';
import { PREVIEW, PREVIEW_WORDS as WORDS, previewImagePath, previewSvg, type PreviewCard } from '../../features/shell/social-preview.ts';
import { urls } from '../../core/urls.ts';
import { LANGS, STAGE_LABELS } from '../../core/schemas/vocabulary.ts';
import { SITE_URL } from '../../core/site.ts';
import { locales } from '../../core/locales.ts';

const CACHE = join(process.cwd(), '.cache/og');

export const getStaticPaths = (async () => {
	const { lessons, paths, programs } = await getCatalogue();
	const site = SITE_URL.replace(/^https?:\/\//, '');
	const cards: { file: string; card: PreviewCard }[] = [];
	const add = (pagePath: string, card: Omit<PreviewCard, 'site'>) => cards.push({ file: previewImagePath(pagePath), card: { ...card, site } });
	for (const lang of LANGS) {
		const w = WORDS[lang];
		for (const { slug, data } of lessons[lang].values()) {
			add(urls.lesson(lang, slug), { title: data.title, footer: [w.lesson, STAGE_LABELS[data.stage]?.[lang], data.durationMinutes ? `${data.durationMinutes} ${w.minutes}` : undefined].filter(Boolean).join(' · ') });
		}
		for (const path of paths) add(urls.path(lang, path.id), { title: path.title[lang], footer: `${w.path} · ${path.lessons.length} ${w.lessons} · ${w.free}` });
		for (const program of programs) add(urls.program(lang, program.id), { title: program.name, footer: [w.program, program.organizer].filter(Boolean).join(' · ') });
		add(urls.home(lang), { title: w.site, footer: `UMKM · ${w.free} · ${Object.values(locales).map((l) => l.label).join(' & ')}` });
	}
	for (const { card } of cards) void draw(previewSvg(card)).catch(() => {});
	return cards.map(({ file, card }) => ({ params: { path: file.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { file, card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string; card: PreviewCard }> = async ({ props: { file, card } }) => {
	const png = readFileSync(await draw(previewSvg(card)));
	if (png.length > PREVIEW.maxBytes) throw new Error(`social preview ${file} is ${Math.round(png.length / 1024)} KB; chat apps drop previews over ${PREVIEW.maxBytes / 1024} KB. Shorten the title or simplify src/features/shell/social-preview.ts.`);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Drawing is started for every card as soon as the routes are known, a few at a
 * time, so that it goes on while Astro renders other pages; each route then
 * waits for its own image. What is kept for each card is the cached file's
 * name, not the image: holding every PNG until the build ends grew the build's
 * memory with every page.
 */
const drawing = new Map<string, Promise<string>>();
const queue: (() => void)[] = [];
let running = 0;
const CONCURRENCY = 4;

/** The PNG file of a card in the cache, drawn first if it is not there yet. */
function draw(svg: string): Promise<string> {
	const key = createHash('sha256').update(svg).digest('hex').slice(0, 20);
	let png = drawing.get(key);
	if (!png) {
		png = new Promise<void>((start) => queue.push(start)).then(async () => {
			try {
				const cached = join(CACHE, `${key}.png`);
				if (!existsSync(cached)) {
					const sharp = (await import('sharp')).default;
					mkdirSync(CACHE, { recursive: true });
					writeFileSync(cached, await sharp(Buffer.from(svg)).png({ palette: true, colors: 16, effort: 1, dither: 0 }).toBuffer());
				}
				return cached;
			} finally {
				running--;
				next();
			}
		});
		drawing.set(key, png);
		next();
	}
	return png;
}

function next() {
	while (running < CONCURRENCY && queue.length) {
		running++;
		queue.shift()!();
	}
}
