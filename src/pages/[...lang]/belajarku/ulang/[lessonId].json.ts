/**
 * One lesson's review questions (`/belajarku/ulang/<lessonId>.json`, `/en/belajarku/ulang/…`):
 * its self-check, compact, for "Ulang sebentar" in Belajarku. A visit fetches
 * only the lessons with a card due (at most 5); the service worker keeps them
 * for offline visits (src/features/offline/offline-cache.ts). See src/features/progress/review.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { slug } from 'github-slugger';
import { getCatalogue, type Lesson } from '../../../../core/catalogue/catalogue.ts';
import { perLang } from '../../../../core/lang-routes.ts';
import { t } from '../../../../core/i18n/ui.ts';
import { urls } from '../../../../core/urls.ts';
import type { Lang } from '../../../../core/schemas/vocabulary.ts';
import type { ReviewLesson } from '../../../../features/progress/review.ts';

export const getStaticPaths = (async () => {
	const { lessons } = await getCatalogue();
	return perLang((lang) => [...lessons[lang].values()].map((lesson) => ({ params: { lessonId: lesson.lessonId }, props: { lesson } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; lesson: Lesson }> = ({ props: { lang, lesson } }) => {
	// Every lesson has its self-check under this heading (content/AUTHORING.md).
	const file: ReviewLesson = {
		t: lesson.data.title,
		u: `${urls.lesson(lang, lesson.slug)}#${slug(t(lang).selfCheck.label)}`,
		q: lesson.data.selfCheck.map((q) => [q.question, q.options.findIndex((o) => o.correct), q.options.map((o) => [o.text, o.explain])]),
	};
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
