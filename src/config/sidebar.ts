/**
 * The full sidebar: a few entry points, then one group per stage with its
 * lessons in path order. `src/route-middleware.ts` trims it per page so that a
 * page carries only its own stage's lessons (bytes matter on prepaid data).
 */
import { readLessons } from '../data/read-content.ts';
import { STAGES, STAGE_LABELS } from '../schemas/vocabulary.ts';
import { readYamlDir } from '../data/read-content.ts';
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
	const { lessons } = readLessons(root);
	const stagePaths = readYamlDir(root, 'content/paths')
		.map((f) => f.data as { kind?: string; stage?: string; lessons?: string[] })
		.filter((p) => p.kind === 'stage');
	const idLessons = lessons.filter((l) => l.lang === 'id');
	const groups = STAGES.map((stage) => {
		const order = stagePaths.find((p) => p.stage === stage)?.lessons ?? [];
		const inStage = idLessons
			.filter((l) => (l.data as { stage?: string })?.stage === stage)
			.map((l) => ({ slug: `belajar/${l.slug}`, id: (l.data as { lessonId?: string }).lessonId ?? l.slug }))
			.sort((a, b) => rank(order, a.id) - rank(order, b.id) || a.slug.localeCompare(b.slug));
		return {
			label: STAGE_LABELS[stage].id,
			translations: { en: STAGE_LABELS[stage].en },
			collapsed: false,
			items: inStage.map((l) => l.slug),
		};
	});
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
		...groups,
	];
}

function rank(order: string[], id: string): number {
	const i = order.indexOf(id);
	return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}
