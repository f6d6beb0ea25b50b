/** The web app manifest in each language (`/manifest.webmanifest`, `/en/manifest.webmanifest`): see src/features/offline/web-manifest.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { webManifest } from '../../features/offline/web-manifest.ts';
import { ui } from '../../core/i18n/ui.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { onePerLang } from '../../core/lang-routes.ts';

export const getStaticPaths = onePerLang satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang } }) =>
	new Response(`${JSON.stringify(webManifest(lang, { name: ui[lang].offline.appName, description: ui[lang].offline.appDescription }), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
