/**
 * The site's languages, defined once: Bahasa Indonesia at the root (the source language), English under /en/.
 * Starlight reads `locales`; `Lang`, `LANGS` and `DEFAULT_LANG` (re-exported by src/core/schemas/vocabulary.ts) derive
 * from it, and the page routes in `src/pages/[...lang]/` are built once per entry (src/core/lang-routes.ts).
 * A new language is one entry here, one strings file in src/core/i18n/strings/ (registered in src/core/i18n/ui.ts)
 * and its content.
 */
export const locales = {
	root: { label: 'Bahasa Indonesia', lang: 'id' },
	en: { label: 'English', lang: 'en' },
} as const;

/** A site language, as its BCP 47 tag ('id', 'en'). */
export type Lang = (typeof locales)[keyof typeof locales]['lang'];
/** Every site language, the root language first. */
export const LANGS = Object.values(locales).map((l) => l.lang) as readonly Lang[];
/** Bahasa Indonesia is served at the site root. */
export const DEFAULT_LANG: Lang = locales.root.lang;

/** A site language from a `lang` attribute or route (anything else reads as the root language). */
export const langOf = (tag: string | null | undefined): Lang => (LANGS as readonly (string | null | undefined)[]).includes(tag) ? (tag as Lang) : DEFAULT_LANG;

/** The languages a page in `lang` links to as translations, root language first. */
export const otherLangs = (lang: Lang): Lang[] => LANGS.filter((l) => l !== lang);

/** A language's URL prefix: none for the root language, `/en` for English (each locale key is its `lang`). */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `/${lang}`);

/** The language of a site path, from its first segment. */
export const langOfPath = (pathname: string): Lang => LANGS.find((l) => l !== DEFAULT_LANG && (pathname === `/${l}` || pathname.startsWith(`/${l}/`))) ?? DEFAULT_LANG;
