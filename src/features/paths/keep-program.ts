/**
 * Keep the `program=<tag>` of a path link with that path. Loaded by the path page only when the link has a
 * `program` (most links have none), so path pages do not carry the kept-paths store for it.
 */
import { today } from '../progress/progress-store.ts';
import { keepProgram, programFromQuery } from './kept-paths.ts';
import { updateKept } from './kept-paths-store.ts';

export function keepLinkProgram(pathId: string, query: string): void {
	const tag = programFromQuery(query);
	if (tag) updateKept((s) => keepProgram(s, pathId, tag, today()));
}
