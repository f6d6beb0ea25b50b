import { z } from 'astro/zod';
import { STAGES } from './vocabulary.ts';
import { bilingualText } from './common.ts';

/** One stage of the report's stage model (`content/stages.yaml`). */
export const stageSchema = z
	.object({
		/** A stage id from the vocabulary. */
		id: z.enum(STAGES),
		/** Short name shown in the UI. */
		name: bilingualText,
		/** What the stage is about and how a business knows it is there. */
		description: bilingualText,
		/** The signs that the business is ready to move on. */
		doneWhen: bilingualText,
	})
	.strict();
export type StageInfo = z.infer<typeof stageSchema>;
