import type { CrossFileRule } from '../rule.ts';

export const dataIdMatchesFileName: CrossFileRule = {
	name: 'data-id-matches-file-name',
	description: 'A program, path or workshop plan has the id of its file name (content/programs/<id>.yaml).',
	scope: 'content',
	check({ programs, paths, workshops }) {
		return [...programs, ...paths, ...workshops].flatMap(({ file, data }) => {
			const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
			if (!/\/(programs|paths|workshops)\//.test(file) || base === data.id) return [];
			return [{ file, field: 'id', value: data.id, message: `the id must match the file name ("${base}")` }];
		});
	},
};
