/** The search word list for each language's dialog (`/search-words.json`, `/en/search-words.json`): see src/features/search/search-words.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSearchWords } from '../../core/catalogue/read-content.ts';
import { queryWords } from '../../features/search/search-words.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { onePerLang } from '../../core/lang-routes.ts';

export const getStaticPaths = onePerLang satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang } }) => Response.json(queryWords(readSearchWords(), lang));
