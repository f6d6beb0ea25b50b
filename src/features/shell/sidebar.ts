/**
 * The configured sidebar: a few entry points, then one link per stage (to its
 * stage path). It is the same small list on every page; on a lesson page
 * `src/features/shell/route-middleware.ts` opens the lesson's stage to show the lessons around
 * it. Listing every lesson here would make every page, and the build, grow with
 * the curriculum (measured by `npm run bench`).
 */
import { DEFAULT_LANG, LANGS } from '../../core/locales.ts';
import { t, type Strings } from '../../core/i18n/ui.ts';
import { STAGES } from '../../core/schemas/vocabulary.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Entry points for the three kinds of users (labels: `sidebar.entries` of the strings); a page is listed once it exists. */
const ENTRY_POINTS = ['mulai', 'jalur', 'belajarku', 'buku-usaha', 'kamus', 'program', 'pelatih', 'pembuat-program'] as const;

/** Starlight's label (root language) and its translations (every other language), from the strings files. */
const label = (pick: (s: Strings) => string) => ({
	label: pick(t(DEFAULT_LANG)),
	translations: Object.fromEntries(LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => [l, pick(t(l))])),
});

export function buildSidebar(root: string) {
	return [
		{
			...label((s) => s.sidebar.start),
			items: ENTRY_POINTS.filter((slug) => existsSync(join(root, 'src/content/docs', `${slug}.mdx`)) || existsSync(join(root, 'src/content/docs', slug, 'index.mdx'))).map((slug) => ({
				slug,
				...label((s) => s.sidebar.entries[slug]),
			})),
		},
		...STAGES.map((stage) => ({ ...label((s) => s.vocab.stage[stage]), link: `/jalur/${stage}/` })),
	];
}
