/**
 * The directory's order: a program is only a real option when she can find out how to join it. Programs with a known
 * way to join come first, running or not-known-status programs before ended ones; within each group the catalogue's
 * order (by name) stays. Programs without a known way get "how to find out" text instead of a join line.
 */
import type { Program } from '../../core/schemas/program.ts';

export const joinKnown = (p: Pick<Program, 'howToJoin'>): boolean => p.howToJoin !== 'unknown';

const rank = (p: Pick<Program, 'howToJoin' | 'status'>) => (joinKnown(p) ? 0 : 2) + (p.status === 'ended' ? 1 : 0);

/** A stable sort: equal ranks keep the given order. */
export function rankPrograms<P extends Pick<Program, 'howToJoin' | 'status'>>(programs: readonly P[]): P[] {
	return programs
		.map((p, i) => ({ p, i }))
		.sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
		.map(({ p }) => p);
}
