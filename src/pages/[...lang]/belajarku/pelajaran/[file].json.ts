/**
 * The lesson-card files (`/belajarku/pelajaran/<n>.json`, `/en/belajarku/pelajaran/…`): every lesson of a
 * language as a small card, split by the hash of its id, for the pages that show lessons a device knows by id
 * (Belajarku, Kelas saya). See src/core/catalogue/lesson-cards.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../../core/catalogue/catalogue.ts';
import { perLang } from '../../../../core/lang-routes.ts';
import { lessonCardSource, lessonCardFiles } from '../../../../core/catalogue/lesson-card-files.ts';
import type { CardFile } from '../../../../core/catalogue/lesson-cards.ts';

export const getStaticPaths = (async () => {
	const { lessons } = await getCatalogue();
	return perLang((lang) => lessonCardFiles(lang, lessons[lang].values(), lessonCardSource(lang, lessons[lang].size)).map((file, n) => ({ params: { file: String(n) }, props: { file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CardFile }> = ({ props: { file } }) => Response.json(file);
