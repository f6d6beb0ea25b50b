/** Self-check questions as Moodle GIFT question banks: one file per lesson and per path, per language (src/features/lms/gift.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../../../core/catalogue/catalogue.ts';
import { LANGS } from '../../../../../core/schemas/vocabulary.ts';
import { giftBank } from '../../../../../features/lms/gift-bank.ts';

export const getStaticPaths = (async () => {
	const { lessons, paths } = await getCatalogue();
	return LANGS.flatMap((lang) => [
		...[...lessons[lang].values()].map((l) => ({ params: { lang, kind: 'belajar', id: l.lessonId }, props: { lang, title: l.data.title, ids: [l.lessonId] } })),
		...paths.map((p) => ({ params: { lang, kind: 'jalur', id: p.id }, props: { lang, title: p.title[lang], ids: p.lessons } })),
	]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { lessons } = await getCatalogue();
	const { lang, title, ids } = props as { lang: (typeof LANGS)[number]; title: string; ids: string[] };
	return new Response(giftBank(lang, title, ids.map((id) => lessons[lang].get(id)!)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
