/**
 * The web app manifests (one per language, so the installed app opens in the
 * learner's language) and the icon sizes they list.
 */
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { langPrefix } from '../../core/locales.ts';

export const THEME_COLOR = '#0b5d3b';
export const BACKGROUND_COLOR = '#0b5d3b';

/** PNG icons made from public/favicon.svg at build time. `maskable` ones have the safe-zone padding Android crops to. */
export const ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/maskable-192.png', size: 192, purpose: 'maskable' },
	{ file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;
export const APPLE_TOUCH_ICON = { file: 'icons/apple-touch-icon.png', size: 180 } as const;

export const manifestUrl = (lang: Lang) => `${langPrefix(lang)}/manifest.webmanifest`;

export function webManifest(lang: Lang, text: { name: string; description: string }) {
	const home = `${langPrefix(lang)}/`;
	return {
		id: home,
		name: text.name,
		short_name: 'Naik Kelas',
		description: text.description,
		lang,
		dir: 'ltr',
		start_url: home,
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND_COLOR,
		categories: ['education', 'business'],
		icons: ICONS.map((i) => ({ src: `/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
	};
}

/**
 * The icon artwork on a full-bleed square: the maskable safe zone is the
 * central 80 % circle, so the drawing is scaled to 60 % and centred.
 */
export function maskableSvg(svg: string, background = BACKGROUND_COLOR): string {
	const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 32 32';
	const [, , w = 32, h = 32] = viewBox.split(/[\s,]+/).map(Number);
	const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	const scale = 0.6;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${background}"/><g transform="translate(${(w * (1 - scale)) / 2} ${(h * (1 - scale)) / 2}) scale(${scale})">${inner}</g></svg>`;
}
