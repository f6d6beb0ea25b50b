import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';

export const stagePathLessons: CrossFileRule = {
	name: 'stage-path-lessons',
	description: 'A stage path lists every lesson of its stage and no lesson of another stage.',
	scope: 'content',
	check({ paths, byLang }) {
		const errors: ContentError[] = [];
		const stagePaths = paths.flatMap((p) => (p.data.kind === 'stage' ? [{ file: p.file, stage: p.data.stage, lessons: p.data.lessons }] : []));
		for (const path of stagePaths) {
			path.lessons.forEach((ref, i) => {
				const lesson = byLang.id.get(ref);
				if (lesson && lesson.data.stage !== path.stage) {
					errors.push({ file: path.file, field: `lessons.${i}`, value: ref, message: `this lesson belongs to stage "${lesson.data.stage}" (${lesson.file}): move it to content/paths/${lesson.data.stage}.yaml` });
				}
			});
		}
		// So that no lesson is left out of the stage model.
		for (const path of stagePaths) {
			for (const l of byLang.id.values()) {
				if (l.data.stage !== path.stage || path.lessons.includes(l.data.lessonId)) continue;
				errors.push({ file: path.file, field: 'lessons', value: l.data.lessonId, message: `the ${path.stage} stage path must list every lesson of its stage: add "${l.data.lessonId}" (${l.file}) where it fits in the teaching order` });
			}
		}
		return errors;
	},
};
