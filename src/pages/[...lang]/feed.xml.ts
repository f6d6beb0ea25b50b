/** The change feed of each language (`/feed.xml`, `/en/feed.xml`): see src/features/feeds/feed.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { getCatalogue } from '../../core/catalogue/catalogue.ts';
import { feedItems, feedOptions } from '../../features/feeds/feed.ts';
import { SITE_URL } from '../../core/site.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { onePerLang } from '../../core/lang-routes.ts';

export const getStaticPaths = onePerLang satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
	const { lessons, programs } = await getCatalogue();
	const items = feedItems(
		lang,
		[...lessons[lang].values()].map((l) => ({ lessonId: l.lessonId, slug: l.slug, title: l.entry.data.title, description: l.entry.data.description ?? '', stage: l.data.stage, updated: l.data.updated })),
		programs.map((p) => ({ id: p.id, name: p.name, description: p.description[lang], status: p.status, lastVerified: p.lastVerified })),
		SITE_URL,
	);
	const response = await rss(feedOptions(lang, items, SITE_URL));
	response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
	return response;
};
