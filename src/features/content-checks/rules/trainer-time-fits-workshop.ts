import type { CrossFileRule } from '../rule.ts';
import { DEFAULT_LANG } from '../../../core/locales.ts';
import { trainerNoteMinutes } from '../../lessons/reading-time.ts';

export const trainerTimeFitsWorkshop: CrossFileRule = {
	name: 'trainer-time-fits-workshop',
	description: 'A workshop plan gives each lesson block at least the minutes its trainer notes plan (`<TrainerNote minutes>` added up).',
	scope: 'content',
	check({ workshops, byLang }) {
		return workshops.flatMap(({ file, data }) =>
			data.agenda.flatMap((block, i) => {
				if (!block.lesson) return [];
				const lesson = byLang[DEFAULT_LANG].get(block.lesson);
				if (!lesson) return [];
				const planned = trainerNoteMinutes(lesson.body);
				if (planned <= block.minutes) return [];
				return [{ file, field: `agenda.${i}.minutes`, value: block.minutes, message: `the trainer notes of ${block.lesson} (${lesson.file}) plan ${planned} minutes but this block has ${block.minutes}: give the block ${planned} minutes or shorten the trainer notes` }];
			}),
		);
	},
};
