import type { Lang } from '../schemas/vocabulary.ts';

/**
 * Site languages for Starlight: Bahasa Indonesia at the root, English under /en/.
 * The page routes in `src/pages/[...lang]/` are built once per entry here (src/lib/lang-routes.ts).
 */
export const locales = {
	root: { label: 'Bahasa Indonesia', lang: 'id' },
	en: { label: 'English', lang: 'en' },
} satisfies Record<string, { label: string; lang: Lang }>;
