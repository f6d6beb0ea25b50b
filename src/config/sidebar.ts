/**
 * The configured sidebar: a few entry points, then one link per stage (to its
 * stage path). It is the same small list on every page; on a lesson page
 * `src/route-middleware.ts` opens the lesson's stage to show the lessons around
 * it. Listing every lesson here would make every page, and the build, grow with
 * the curriculum (measured by `npm run bench`).
 */
import { STAGES, STAGE_LABELS } from '../schemas/vocabulary.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Entry points for the three kinds of users; a page is listed once it exists. */
const ENTRY_POINTS = [
	{ slug: 'mulai', label: { id: 'Mulai dari mana?', en: 'Where do I start?' } },
	{ slug: 'jalur', label: { id: 'Jalur belajar', en: 'Learning paths' } },
	{ slug: 'belajarku', label: { id: 'Belajarku', en: 'My learning' } },
	{ slug: 'program', label: { id: 'Cari program', en: 'Find a program' } },
	{ slug: 'pelatih', label: { id: 'Untuk pelatih', en: 'For trainers' } },
	{ slug: 'pembuat-program', label: { id: 'Untuk pembuat program', en: 'For program makers' } },
];

export function buildSidebar(root: string) {
	return [
		{
			label: 'Mulai',
			translations: { en: 'Start' },
			items: ENTRY_POINTS.filter((e) => existsSync(join(root, 'src/content/docs', `${e.slug}.mdx`)) || existsSync(join(root, 'src/content/docs', e.slug, 'index.mdx'))).map((e) => ({
				slug: e.slug,
				label: e.label.id,
				translations: { en: e.label.en },
			})),
		},
		...STAGES.map((stage) => ({ label: STAGE_LABELS[stage].id, translations: { en: STAGE_LABELS[stage].en }, link: `/jalur/${stage}/` })),
	];
}
