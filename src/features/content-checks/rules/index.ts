/**
 * The content rules, one per file, run by `checkContent` (src/features/content-checks/content-check.ts)
 * after the schemas, in this order. Each has a stable name, a one-line
 * description and a test beside it; content/AUTHORING.md lists them for authors.
 */
import type { ContentRule } from '../rule.ts';
import { noTemplatePlaceholders } from './no-template-placeholders.ts';
import { lessonSkeletonParts } from './lesson-skeleton-parts.ts';
import { lessonSkeletonOrder } from './lesson-skeleton-order.ts';
import { lessonSectionHeadings } from './lesson-section-headings.ts';
import { figureAttributes } from './figure-attributes.ts';
import { keyFactNotNested } from './key-fact-not-nested.ts';
import { exampleKind } from './example-kind.ts';
import { stepsNumberedList } from './steps-numbered-list.ts';
import { lessonSize } from './lesson-size.ts';
import { uniqueLessonId } from './unique-lesson-id.ts';
import { sameSlugBothLanguages } from './same-slug-both-languages.ts';
import { lessonInBothLanguages } from './lesson-in-both-languages.ts';
import { translationMatchesSource } from './translation-matches-source.ts';
import { pageInBothLanguages } from './page-in-both-languages.ts';
import { knownLessonReferences } from './known-lesson-references.ts';
import { prerequisiteCycle } from './prerequisite-cycle.ts';
import { lessonRegister } from './lesson-register.ts';
import { dataIdMatchesFileName } from './data-id-matches-file-name.ts';
import { uniqueDataId } from './unique-data-id.ts';
import { pathLessonOnce } from './path-lesson-once.ts';
import { stagePathLessons } from './stage-path-lessons.ts';
import { pathMaxLessonMinutes } from './path-max-lesson-minutes.ts';
import { stagesMatchVocabulary } from './stages-match-vocabulary.ts';
import { lessonDoNow } from './lesson-do-now.ts';
import { lessonDurationAddsUp } from './lesson-duration-adds-up.ts';
import { selfCheckRetries } from './self-check-retries.ts';
import { selfCheckAnswerBalance } from './self-check-answer-balance.ts';
import { trainerTimeFitsWorkshop } from './trainer-time-fits-workshop.ts';
import { webSourceChecked } from './web-source-checked.ts';
import { factFreshness } from './fact-freshness.ts';
import { glossaryTermsExplained } from './glossary-terms-explained.ts';
import { indonesianPercent } from './indonesian-percent.ts';

export const CONTENT_RULES: readonly ContentRule[] = [
	// One lesson at a time.
	noTemplatePlaceholders,
	lessonSkeletonParts,
	lessonSkeletonOrder,
	lessonSectionHeadings,
	figureAttributes,
	keyFactNotNested,
	exampleKind,
	stepsNumberedList,
	lessonDoNow,
	lessonDurationAddsUp,
	selfCheckRetries,
	lessonSize,
	// Across files.
	uniqueLessonId,
	sameSlugBothLanguages,
	lessonInBothLanguages,
	translationMatchesSource,
	pageInBothLanguages,
	knownLessonReferences,
	prerequisiteCycle,
	lessonRegister,
	dataIdMatchesFileName,
	uniqueDataId,
	pathLessonOnce,
	stagePathLessons,
	pathMaxLessonMinutes,
	stagesMatchVocabulary,
	selfCheckAnswerBalance,
	trainerTimeFitsWorkshop,
	webSourceChecked,
	factFreshness,
	glossaryTermsExplained,
	indonesianPercent,
];
