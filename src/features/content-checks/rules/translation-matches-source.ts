import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

export const translationMatchesSource: CrossFileRule = {
	name: 'translation-matches-source',
	description: 'An English lesson has the Indonesian one\'s stage, duration and number of self-check questions and checklist items.',
	scope: 'content',
	check({ byLang }) {
		const errors: ContentError[] = [];
		for (const [id, source] of byLang.id) {
			const twin = byLang.en.get(id);
			if (!twin) continue; // lesson-in-both-languages reports it
			for (const key of ['stage', 'durationMinutes'] as const) {
				if (JSON.stringify(twin.data[key]) !== JSON.stringify(source.data[key])) {
					errors.push({ file: twin.file, field: key, value: twin.data[key], message: `differs from the Indonesian version (${JSON.stringify(source.data[key])}); translations share the same metadata` });
				}
			}
			if (twin.data.selfCheck.length !== source.data.selfCheck.length || twin.data.practice.checklist.length !== source.data.practice.checklist.length) {
				errors.push({ file: twin.file, field: 'selfCheck', message: 'the translation must have the same number of self-check questions and checklist items as the Indonesian version' });
			}
		}
		return errors;
	},
};
