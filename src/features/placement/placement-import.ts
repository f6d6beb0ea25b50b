/**
 * The `placement` field of a progress export, checked like progress: the right
 * version, real dates not in the future, size caps, and nothing taken on trust:
 * each result's stage and first lesson are worked out again from its answers
 * with the same scoring as the result page (a lesson this release does not know is left out).
 */
import type { ImportRules } from '../progress/progress.ts';
import { answersQuery, parseAnswers, place } from './placement.ts';
import { PLACEMENT_VERSION, cleanPlacement, type PlacementRecord, type PlacementState } from './placement-record.ts';

export function importPlacement(raw: unknown, rules: ImportRules): PlacementState | null {
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > PLACEMENT_VERSION) return null;
	const clean = cleanPlacement(raw, rules.today);
	if (!clean) return null;
	const results: PlacementRecord[] = [];
	for (const r of clean.results) {
		const { answers } = parseAnswers(r.answers);
		if (!Object.keys(answers).length) continue;
		const result = place(answers);
		const record: PlacementRecord = { at: r.at, stage: result.stage, answers: answersQuery(answers).slice(1) };
		if (result.firstLesson && rules.lessons.has(result.firstLesson)) record.first = result.firstLesson;
		results.push(record);
	}
	return { v: PLACEMENT_VERSION, results };
}
