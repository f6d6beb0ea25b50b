import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

export const knownLessonReferences: CrossFileRule = {
	name: 'known-lesson-references',
	description: 'Every lesson id named by a prerequisite, program, path or workshop plan belongs to a lesson; no lesson is its own prerequisite.',
	scope: 'content',
	check({ byLang, programs, paths, workshops }) {
		const errors: ContentError[] = [];
		const known = new Set([...byLang.id.keys(), ...byLang.en.keys()]);
		const allowed = [...known].sort();
		const checkRef = (file: string, field: string, ref: string | undefined) => {
			if (ref !== undefined && !known.has(ref)) errors.push({ file, field, value: ref, message: 'unknown lesson id', allowed });
		};
		for (const lesson of byLang.id.values()) {
			lesson.data.prerequisites.forEach((ref, i) => {
				if (ref === lesson.data.lessonId) errors.push({ file: lesson.file, field: `prerequisites.${i}`, value: ref, message: 'a lesson cannot be its own prerequisite' });
				else checkRef(lesson.file, `prerequisites.${i}`, ref);
			});
		}
		for (const { file, data } of programs) data.lessons.forEach((ref, i) => checkRef(file, `lessons.${i}`, ref));
		for (const { file, data } of paths) data.lessons.forEach((ref, i) => checkRef(file, `lessons.${i}`, ref));
		for (const { file, data } of workshops) {
			data.agenda.forEach((b, i) => checkRef(file, `agenda.${i}.lesson`, b.lesson));
			data.handsOn.forEach((h, i) => checkRef(file, `handsOn.${i}.lesson`, h.lesson));
			data.homework.forEach((h, i) => checkRef(file, `homework.${i}.lesson`, h.lesson));
		}
		return errors;
	},
};
