/**
 * Social previews: the image and text a chat app shows when a link is pasted.
 * The image is an SVG card (title, what kind of page, site name) turned into a
 * small PNG at build time (src/pages/og/[...path].png.ts). No web fonts:
 * the build machine's DejaVu Sans / Noto Sans (Debian packages) draw the text.
 */

import { LANGS, langOfPath, langPrefix, type Lang } from '../../core/locales.ts';
import { formats, t, type Strings } from '../../core/i18n/ui.ts';

/** The card words of each language: `socialPreview` in src/core/i18n/strings/, and the minute word of `format`. */
export const PREVIEW_WORDS = Object.fromEntries(LANGS.map((lang) => [lang, { ...t(lang).socialPreview, minutes: formats[lang].minute }])) as Record<Lang, Strings['socialPreview'] & { minutes: string }>;

/** WhatsApp shows a large preview for images about 1.91:1 and at least 300 px wide; it drops images that are too heavy. */
export const PREVIEW = { width: 800, height: 420, maxBytes: 50 * 1024 } as const;

/** Pages with their own preview image; every other page shares the site's. */
const OWN_PREVIEW = new RegExp(`^(?:${LANGS.map(langPrefix).filter(Boolean).join('|')})?/(?:belajar|jalur|program)/[^/]+/$`);

/** `/belajar/hitung-hpp/` → `/og/belajar/hitung-hpp.png`; other pages → the site image in their language. */
export function previewImagePath(pagePath: string): string {
	if (OWN_PREVIEW.test(pagePath)) return `/og${pagePath.replace(/\/$/, '')}.png`;
	return `/og${langPrefix(langOfPath(pagePath))}/site.png`;
}

export const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * Break a title into at most `maxLines` lines of about `maxChars` characters,
 * at spaces; the last line ends with "…" if the title does not fit.
 */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
	const words = title.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= maxChars || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines.map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (last.length > maxChars - 1) last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : maxChars - 1);
	kept[maxLines - 1] = `${last}…`;
	return kept;
}

export interface PreviewCard {
	/** Bottom line: what the page is, e.g. "Pelajaran · Dasar keuangan · 10 menit". */
	footer: string;
	title: string;
	/** Shown under the site name, e.g. "naik-kelas.pages.dev". */
	site: string;
}

/** The card as SVG, drawn in a 1200×630 space and rendered at PREVIEW size. */
export function previewSvg(card: PreviewCard): string {
	const long = card.title.length > 60;
	const size = long ? 58 : 70;
	const lines = wrapTitle(card.title, long ? 30 : 25, 3);
	const lineHeight = size * 1.18;
	const top = 330 - ((lines.length - 1) * lineHeight) / 2;
	const font = 'DejaVu Sans, Noto Sans, Liberation Sans, sans-serif';
	const footer = wrapTitle(card.footer, 56, 1)[0] ?? '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="0 0 1200 630">`,
		'<rect width="1200" height="630" fill="#0b5d3b"/>',
		'<rect x="36" y="36" width="1128" height="558" rx="28" fill="#fdfbf5"/>',
		// The logo: the favicon's stair-step line.
		'<g transform="translate(84 80) scale(2.5)"><rect width="32" height="32" rx="6" fill="#0b5d3b"/><path d="M7 23h5v-6h5v-5h5V7h3" fill="none" stroke="#ffd23f" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></g>',
		`<text x="188" y="118" font-family="${font}" font-size="40" font-weight="bold" fill="#0b5d3b">Naik Kelas</text>`,
		`<text x="188" y="156" font-family="${font}" font-size="26" fill="#3d4a43">${escapeXml(card.site)}</text>`,
		...lines.map((l, i) => `<text x="84" y="${Math.round(top + i * lineHeight)}" font-family="${font}" font-size="${size}" font-weight="bold" fill="#15201b">${escapeXml(l)}</text>`),
		'<rect x="84" y="500" width="1032" height="4" fill="#ffd23f"/>',
		`<text x="84" y="556" font-family="${font}" font-size="32" fill="#0b5d3b" font-weight="bold">${escapeXml(footer)}</text>`,
		'</svg>',
	].join('');
}
