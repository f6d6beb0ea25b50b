/**
 * Content collections. Lessons and pages are Starlight's `docs` collection
 * (Starlight reads only `src/content/docs/`); curriculum data (stages, paths,
 * programs, workshops, the glossary) is YAML in the top-level `content/` folder.
 * The strict cross-file checks run earlier, in `src/features/content-checks/content-guard.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { lessonFields } from './core/schemas/lesson.ts';
import { programSchema } from './core/schemas/program.ts';
import { pathSchema } from './core/schemas/path.ts';
import { stageSchema } from './core/schemas/stage.ts';
import { workshopSchema } from './core/schemas/workshop.ts';
import { glossaryTermSchema } from './core/schemas/glossary.ts';

// Non-lesson pages (home, guides) share the collection, so lesson fields are optional here;
// the content guard requires all of them for files under `belajar/`.
const optionalLessonFields = Object.fromEntries(Object.entries(lessonFields).map(([k, v]) => [k, v.optional()])) as {
	[K in keyof typeof lessonFields]: z.ZodOptional<(typeof lessonFields)[K]>;
};

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: z.object(optionalLessonFields) }) }),
	stages: defineCollection({ loader: file('content/stages.yaml'), schema: stageSchema }),
	paths: defineCollection({ loader: glob({ pattern: '*.yaml', base: 'content/paths' }), schema: pathSchema }),
	programs: defineCollection({ loader: glob({ pattern: '*.yaml', base: 'content/programs' }), schema: programSchema }),
	workshops: defineCollection({ loader: glob({ pattern: '*.yaml', base: 'content/workshops' }), schema: workshopSchema }),
	glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryTermSchema }),
};
