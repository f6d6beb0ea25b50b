/**
 * Head tags added to every Starlight page by the route middleware:
 * - social preview: og:image / twitter:image (Starlight already writes the
 *   title, description and URL tags), the page's own card for lessons, paths
 *   and programs, the site card for the rest;
 * - installable app: the web app manifest in the page's language and the
 *   home-screen icon for iPhones;
 * - the change feed of the page's language (src/features/feeds/feed.ts), for feed readers.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { getCatalogue } from '../../core/catalogue/catalogue.ts';
import { langOf } from '../../core/locales.ts';
import { previewImagePath, PREVIEW } from './social-preview.ts';
import { APPLE_TOUCH_ICON, manifestUrl } from '../offline/web-manifest.ts';
import { urls } from '../../core/urls.ts';
import { SITE_URL } from '../../core/site.ts';
import { t } from '../../core/i18n/ui.ts';
import { LANGS, type Lang } from '../../core/schemas/vocabulary.ts';
import { escapeText } from '../../core/html/escape.ts';

let ownPreview: Promise<Set<string>> | undefined;
/** Pages that have their own preview card (src/pages/og/[...path].png.ts draws exactly these). */
function pagesWithOwnPreview(): Promise<Set<string>> {
	ownPreview ??= getCatalogue().then(({ lessons, paths, programs }) => {
		const set = new Set<string>();
		for (const lang of LANGS) {
			for (const l of lessons[lang].values()) set.add(urls.lesson(lang, l.slug));
			for (const p of paths) set.add(urls.path(lang, p.id));
			for (const p of programs) set.add(urls.program(lang, p.id));
		}
		return set;
	});
	return ownPreview;
}

export async function addPageHead(route: StarlightRouteData, pathname: string): Promise<void> {
	const lang: Lang = langOf(route.lang);
	const page = pathname.endsWith('/') ? pathname : `${pathname}/`;
	const image = (await pagesWithOwnPreview()).has(page) ? previewImagePath(page) : previewImagePath(urls.home(lang));
	const title = route.entry.data.title;
	// Starlight writes head tags with set:html: escape the title, so "Facebook & Instagram" is text, not raw markup.
	for (const tag of route.head) if (tag.tag === 'title' && tag.content) tag.content = escapeText(tag.content);
	const meta = (key: 'property' | 'name', name: string, content: string) => ({ tag: 'meta' as const, attrs: { [key]: name, content } });
	route.head.push(
		meta('property', 'og:image', `${SITE_URL}${image}`),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', String(PREVIEW.width)),
		meta('property', 'og:image:height', String(PREVIEW.height)),
		meta('property', 'og:image:alt', title),
		meta('name', 'twitter:image', `${SITE_URL}${image}`),
		{ tag: 'link', attrs: { rel: 'manifest', href: manifestUrl(lang) } },
		{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `/${APPLE_TOUCH_ICON.file}` } },
		{ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: t(lang).feed.title, href: urls.feed(lang) } },
	);
}
