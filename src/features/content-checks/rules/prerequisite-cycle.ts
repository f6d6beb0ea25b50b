import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

/**
 * Prerequisites form no circle (a needs b, b needs c, c needs a): a learner could never start any of them, and
 * every path or "what next" built on them would loop. Checked on the Indonesian lessons (the source; translations
 * must match). A lesson that names itself is `known-lesson-references`' finding; unknown ids too.
 */
export const prerequisiteCycle: CrossFileRule = {
	name: 'prerequisite-cycle',
	description: 'Prerequisites never go round in a circle (a needs b, b needs a).',
	scope: 'content',
	check({ byLang }) {
		const lessons = byLang.id;
		const errors: ContentError[] = [];
		const done = new Set<string>();
		const onStack: string[] = [];
		const visit = (id: string) => {
			if (done.has(id)) return;
			const at = onStack.indexOf(id);
			if (at >= 0) {
				const circle = [...onStack.slice(at), id];
				// Reported once, on the lesson of the circle that sorts first, so the message does not depend on file order.
				const first = [...circle.slice(0, -1)].sort()[0]!;
				const start = circle.indexOf(first);
				const ordered = [...circle.slice(start, -1), ...circle.slice(0, start), first];
				const lesson = lessons.get(first)!;
				const next = ordered[1]!;
				errors.push({ file: lesson.file, field: `prerequisites.${lesson.data.prerequisites.indexOf(next)}`, value: next, message: `prerequisites go round in a circle: ${ordered.join(' → ')}. Remove the prerequisite that comes later in the course` });
				return;
			}
			const lesson = lessons.get(id);
			if (!lesson) return;
			onStack.push(id);
			for (const ref of lesson.data.prerequisites) if (ref !== id) visit(ref);
			onStack.pop();
			done.add(id);
		};
		for (const id of [...lessons.keys()].sort()) visit(id);
		return errors;
	},
};
