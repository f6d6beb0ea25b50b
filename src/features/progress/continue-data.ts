/**
 * Where "Continue" leads, in the browser: the home page's box (Continue.astro) and `/lanjut/` (ContinuePage.astro)
 * read the same data and must land on the same lesson. The rule is continue.ts (the path she last worked in); this
 * adds what the page does not carry and the address:
 * - no lesson lists (they grow with the curriculum): it loads the lists of the started and stage paths, the cards
 *   of her own paths' lessons (which of them this release and language has), and the next lesson's card
 *   (src/core/catalogue/lesson-cards.ts);
 * - her own paths kept on the device (paths/kept-paths.ts) take part like the catalogue's;
 * - a catalogue path's lesson opens with `?jalur=<id>`, a lesson of a path she built with `?jalur=susun`, after that
 *   path is made the one the lesson's path bar shows.
 */
import { pageLessonCards, pathLists, type CardSource, type PathRef } from '../../core/catalogue/lesson-cards.ts';
import { CUSTOM_PATH_ID } from '../paths/custom-path.ts';
import type { KeptState } from '../paths/kept-paths.ts';
import { customRows, rememberKept } from '../paths/kept-paths-view.ts';
import { recallLastPath } from '../paths/custom-path-memory.ts';
import { pathStarted, type ProgressState } from './progress.ts';
import { continueTarget } from './continue.ts';

/** What Continue.astro writes into the page. */
export interface ContinueData {
	cards: CardSource;
	paths: (PathRef & { kind: string; title: string })[];
	/** The custom path page, and the title of a custom path that has none. */
	customPathUrl: string;
	customDefault: string;
}

export interface ContinueLink {
	href: string;
	lessonTitle: string;
	pathTitle: string;
	/** Call just before following the link (points the path bar at her own path). */
	beforeOpen(): void;
}

const lists = pathLists();

/** The next lesson of the path she last worked in; null when there is none or it cannot be loaded. */
export async function continueLink(data: ContinueData, state: ProgressState, kept: KeptState): Promise<ContinueLink | null> {
	const cards = pageLessonCards(data.cards);
	// The rule looks at started paths, stage paths with a lesson done, and her own paths.
	await Promise.all([lists.load(data.paths.filter((p) => p.kind === 'stage' || pathStarted(state, p.id))), cards.load(kept.custom.flatMap((p) => p.lessons))]);
	const known = Object.fromEntries(cards.ids().map((id) => [id, { title: cards.get(id)!.t, url: cards.get(id)!.u }]));
	const paths = [
		...data.paths.map((p) => ({ id: p.id, kind: p.kind, title: p.title, url: '', lessons: lists.get(p) ?? [] })),
		...customRows(kept, known, data.customPathUrl, data.customDefault),
	];
	const target = continueTarget(state, paths, recallLastPath());
	if (!target) return null;
	await cards.load([target.lessonId]);
	const card = cards.get(target.lessonId);
	if (!card) return null;
	const path = paths.find((p) => p.id === target.pathId)!;
	const custom = path.kind === 'custom';
	return {
		href: `${card.u}?jalur=${encodeURIComponent(custom ? CUSTOM_PATH_ID : path.id)}`,
		lessonTitle: card.t,
		pathTitle: path.title,
		beforeOpen: () => {
			if (custom) rememberKept(path, { ...known, [target.lessonId]: { title: card.t, url: card.u } });
		},
	};
}
