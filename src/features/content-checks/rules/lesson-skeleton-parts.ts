import type { LessonRule } from '../rule.ts';

/** MDX components every lesson must use (content/AUTHORING.md, "The skeleton"). */
const SKELETON_COMPONENTS = ['Objectives', 'Steps', 'Example', 'Practice', 'SelfCheck', 'TrainerNote', 'WhatNext'] as const;

export const lessonSkeletonParts: LessonRule = {
	name: 'lesson-skeleton-parts',
	description: 'Every skeleton component is in the lesson: Objectives, Steps, Example, Practice, SelfCheck, TrainerNote, WhatNext.',
	scope: 'lesson',
	check({ file, body }) {
		const missing = SKELETON_COMPONENTS.filter((name) => !new RegExp(`<${name}[\\s/>]`).test(body));
		if (!missing.length) return [];
		return [
			{
				file,
				field: '(body)',
				message: `the lesson skeleton is incomplete: add ${missing.map((m) => `<${m}>`).join(', ')} (see content/templates/lesson.mdx)`,
				allowed: [...SKELETON_COMPONENTS],
			},
		];
	},
};
