/** Everything a lesson author imports: `import { Objectives, … } from '~/features/lessons/kit';` */
export { default as Objectives } from './Objectives.astro';
export { default as Example } from './Example.astro';
export { default as Practice } from './Practice.astro';
export { default as SelfCheck } from './SelfCheck.astro';
export { default as TrainerNote } from './TrainerNote.astro';
export { default as KeyFact } from './KeyFact.astro';
export { default as Figure } from './Figure.astro';
export { default as WhatNext } from './WhatNext.astro';
export { default as ProfitCalculator } from '../../tools/ProfitCalculator.astro';
export { default as CaptionHelper } from '../../tools/CaptionHelper.astro';
export { default as PhotoChecklist } from '../../tools/PhotoChecklist.astro';
export { default as Steps } from './Steps.astro';
