/**
 * The order the catalogue lists things in, shared by the pages (src/core/catalogue/catalogue.ts,
 * Astro's content collections) and the file reader (src/core/catalogue/read-content.ts), so both
 * give the same lists.
 */
import { STAGES, type Stage } from '../schemas/vocabulary.ts';
import type { LearningPath } from '../schemas/path.ts';
import type { Program } from '../schemas/program.ts';
import type { StageInfo } from '../schemas/stage.ts';
import type { Workshop } from '../schemas/workshop.ts';

export const catalogueOrder = {
	/** Lessons by stage; within a stage they keep their file order (a stable sort). */
	lessons: (a: { data: { stage: Stage } }, b: { data: { stage: Stage } }) => STAGES.indexOf(a.data.stage) - STAGES.indexOf(b.data.stage),
	/** Stage paths first, then persona paths, each by `order`. */
	paths: (a: LearningPath, b: LearningPath) => (a.kind === b.kind ? a.order - b.order : a.kind === 'stage' ? -1 : 1),
	programs: (a: Program, b: Program) => a.name.localeCompare(b.name),
	stages: (a: StageInfo, b: StageInfo) => STAGES.indexOf(a.id) - STAGES.indexOf(b.id),
	workshops: (a: Workshop, b: Workshop) => a.order - b.order || a.id.localeCompare(b.id),
};
