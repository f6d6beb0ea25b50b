/** The app icons the web manifests and the page head list, drawn from public/favicon.svg (see src/features/offline/web-manifest.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLE_TOUCH_ICON, ICONS, maskableSvg } from '../../features/offline/web-manifest.ts';

const icons = [...ICONS, { ...APPLE_TOUCH_ICON, purpose: 'maskable' as const }];

export const getStaticPaths = (() => icons.map((icon) => ({ params: { icon: icon.file.replace(/^icons\/|\.png$/g, '') }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute<(typeof icons)[number]> = async ({ props: { size, purpose } }) => {
	const sharp = (await import('sharp')).default;
	const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');
	const art = purpose === 'maskable' ? maskableSvg(svg) : svg;
	const png = await sharp(Buffer.from(art), { density: (72 * size) / 32 }).resize(size, size).png({ palette: true, compressionLevel: 9 }).toBuffer();
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
