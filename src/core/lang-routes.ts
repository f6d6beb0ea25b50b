/**
 * One route file per page type, for every site language. A page type lives in
 * `src/pages/[...lang]/…`; its getStaticPaths lists the pages of one language
 * and `perLang()` repeats them for each locale of `src/core/locales.ts`:
 * the root language gets `lang: undefined` (no URL prefix, e.g. `/slide/x/`),
 * the others their locale key (`/en/slide/x/`). Adding a language adds a
 * locale, not a route file.
 *
 * Astro matches `[...lang]` with nothing for the root, and these routes rank
 * above Starlight's catch-all `[...slug]` (more segments), so neither takes
 * the other's pages.
 */
import { locales } from './locales.ts';
import type { Lang } from './schemas/vocabulary.ts';

export interface LangRoute {
	/** The `[...lang]` param: `undefined` for the root language. */
	param: string | undefined;
	lang: Lang;
}

export const LANG_ROUTES: readonly LangRoute[] = Object.entries(locales).map(([key, locale]) => ({ param: key === 'root' ? undefined : key, lang: locale.lang }));

/** The static paths of every language: `pages(lang)` lists one language's pages; each gets `lang` as a param and a prop. */
export async function perLang<Params extends Record<string, string>, Props extends object>(pages: (lang: Lang) => { params: Params; props: Props }[] | Promise<{ params: Params; props: Props }[]>) {
	const all: { params: Params & { lang: string | undefined }; props: Props & { lang: Lang } }[] = [];
	for (const { param, lang } of LANG_ROUTES) {
		for (const page of await pages(lang)) all.push({ params: { ...page.params, lang: param }, props: { ...page.props, lang } });
	}
	return all;
}

/** Static paths of a page type with no other params: one page per language. */
export const onePerLang = () => perLang(() => [{ params: {}, props: {} }]);
