import type { CrossFileRule } from '../rule.ts';

export const uniqueDataId: CrossFileRule = {
	name: 'unique-data-id',
	description: 'No two programs, paths, workshop plans or stages share an id.',
	scope: 'content',
	check({ programs, paths, workshops, stages }) {
		return [programs, paths, workshops, stages].flatMap((files) => {
			const seen = new Map<string, string>();
			return files.flatMap(({ file, data }) => {
				const first = seen.get(data.id);
				if (first === undefined) seen.set(data.id, file);
				return first === undefined ? [] : [{ file, field: 'id', value: data.id, message: `duplicate id: ${first} already uses it` }];
			});
		});
	},
};
