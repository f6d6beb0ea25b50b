/**
 * The next lesson by the "Continue" rule (continue.ts), from what the page carries (no lesson lists: they grow with
 * the curriculum) and what it loads: the lists of the started and stage paths, then the next lesson's card
 * (src/core/catalogue/lesson-cards.ts). Used by the home page's box and `/lanjut/`. Browser-side.
 */
import { pageLessonCards, pathLists, type CardSource, type PathRef } from '../../core/catalogue/lesson-cards.ts';
import { pathStarted, type ProgressState } from './progress.ts';
import { continueTarget } from './continue.ts';

/** What Continue.astro writes into the page. */
export interface ContinueData {
	cards: CardSource;
	paths: (PathRef & { kind: string; title: string })[];
}

const lists = pathLists();

/** The next lesson's address (opening inside its path), title and path title; null when there is none or it cannot be loaded. */
export async function nextLesson(state: ProgressState, data: ContinueData): Promise<{ href: string; title: string; pathTitle: string } | null> {
	// The rule looks at started paths and at stage paths with a lesson done.
	await lists.load(data.paths.filter((p) => p.kind === 'stage' || pathStarted(state, p.id)));
	const target = continueTarget(state, data.paths.map((p) => ({ ...p, lessons: lists.get(p) ?? [] })));
	if (!target) return null;
	const cards = pageLessonCards(data.cards);
	await cards.load([target.lessonId]);
	const card = cards.get(target.lessonId);
	if (!card) return null;
	return { href: `${card.u}?jalur=${encodeURIComponent(target.pathId)}`, title: card.t, pathTitle: data.paths.find((p) => p.id === target.pathId)!.title };
}
