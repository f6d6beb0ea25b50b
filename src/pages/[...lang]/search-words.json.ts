/**
 * The search dialog's file for each language (`/search-words.json`, `/en/search-words.json`): its word list (see
 * src/features/search/search-words.ts) and its text and links (src/features/search/search-dialog-text.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSearchWords } from '../../core/catalogue/read-content.ts';
import { getCatalogue } from '../../core/catalogue/catalogue.ts';
import { queryWords } from '../../features/search/search-words.ts';
import { searchDialogText } from '../../features/search/search-dialog-text.ts';
import { readContact } from '../../features/report/contact.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { onePerLang } from '../../core/lang-routes.ts';

export const getStaticPaths = onePerLang satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
	const { paths } = await getCatalogue();
	return Response.json({ ...queryWords(readSearchWords(), lang), dialog: searchDialogText(lang, paths, readContact()) });
};
