import type { CrossFileRule } from '../rule.ts';
import { STAGES } from '../../../core/schemas/vocabulary.ts';

export const stagesMatchVocabulary: CrossFileRule = {
	name: 'stages-match-vocabulary',
	description: 'content/stages.yaml lists every stage of the vocabulary exactly once, in order.',
	scope: 'content',
	check({ input }) {
		if (!input.stages) return [];
		const got = input.stages.map((s) => (s.data as { id?: string })?.id);
		if (JSON.stringify(got) === JSON.stringify(STAGES)) return [];
		return [{ file: input.stages[0]?.file ?? 'content/stages.yaml', field: 'id', value: got, message: 'stages must list every stage of the vocabulary exactly once, in order', allowed: [...STAGES] }];
	},
};
