/**
 * The review questions of one language (`/belajarku/ulang.json`, `/en/belajarku/ulang.json`):
 * each lesson's self-check, compact, for "Ulang sebentar" in Belajarku. Fetched
 * only when a card is due; the service worker keeps a copy for offline visits
 * (src/features/offline/offline-cache.ts). See src/features/progress/review.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { slug } from 'github-slugger';
import { getCatalogue } from '../../../core/catalogue/catalogue.ts';
import { onePerLang } from '../../../core/lang-routes.ts';
import { t } from '../../../core/i18n/ui.ts';
import { urls } from '../../../core/urls.ts';
import type { Lang } from '../../../core/schemas/vocabulary.ts';
import type { ReviewFile } from '../../../features/progress/review.ts';

export const getStaticPaths = onePerLang satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
	const { lessons } = await getCatalogue();
	// Every lesson has its self-check under this heading (content/AUTHORING.md).
	const anchor = slug(t(lang).selfCheck.label);
	const file: ReviewFile = {};
	for (const l of lessons[lang].values()) {
		file[l.lessonId] = {
			t: l.data.title,
			u: `${urls.lesson(lang, l.slug)}#${anchor}`,
			q: l.data.selfCheck.map((q) => [q.question, q.options.findIndex((o) => o.correct), q.options.map((o) => [o.text, o.explain])]),
		};
	}
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
