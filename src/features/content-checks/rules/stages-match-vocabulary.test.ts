import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { stagesMatchVocabulary as rule } from './stages-match-vocabulary.ts';
import { parsed } from './test-lesson.ts';
import { STAGES } from '../../../core/schemas/vocabulary.ts';

const stages = (parse(readFileSync('content/stages.yaml', 'utf8')) as unknown[]).map((data) => ({ file: 'content/stages.yaml', data }));

describe(rule.name, () => {
	it('refuses stages out of order or missing, with the allowed list', () => {
		expect(rule.check(parsed({ lessons: [], stages: [...stages].reverse() }))).toEqual([expect.objectContaining({ file: 'content/stages.yaml', field: 'id', value: [...STAGES].reverse(), allowed: [...STAGES] })]);
		expect(rule.check(parsed({ lessons: [], stages: stages.slice(1) }))).toHaveLength(1);
	});

	it('passes content/stages.yaml as it is', () => {
		expect(rule.check(parsed({ lessons: [], stages }))).toEqual([]);
	});
});
