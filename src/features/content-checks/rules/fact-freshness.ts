import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';
import { ageInMonths, CHECKED_PATTERN, keyFactsIn, RECHECK_AFTER_MONTHS } from '../freshness.ts';
import { sourceLists } from './web-source-checked.ts';

/**
 * Dated facts (thresholds in ../freshness.ts): a `<KeyFact checked="…">` must be
 * a real month; a fact checked `RECHECK_AFTER_MONTHS` or more ago is a warning
 * (never an error: the build must not start failing because time passed).
 * `today` is a parameter so tests use a fixed clock.
 */
export function factFreshnessRule(today: () => Date = () => new Date()): CrossFileRule {
	return {
		name: 'fact-freshness',
		description: `<KeyFact checked="YYYY-MM"> is a real month; a fact checked ${RECHECK_AFTER_MONTHS}+ months ago is a warning (npm run freshness lists them all).`,
		scope: 'content',
		check(content) {
			const now = today();
			const errors: ContentError[] = [];
			const warnIfOld = (file: string, field: string, checked: string, what: string) => {
				const age = ageInMonths(checked, now);
				if (age >= RECHECK_AFTER_MONTHS)
					errors.push({ file, field, value: checked, severity: 'warning', message: `${what} was checked ${age} months ago: re-read it and update \`checked\` (npm run freshness lists every dated fact)` });
			};
			for (const { file, sources } of sourceLists(content))
				sources.forEach((s, i) => s.url && s.checked && warnIfOld(file, `sources.${i}.checked`, s.checked, `"${s.title}"`));
			let unchecked = 0;
			for (const { sources } of sourceLists(content)) unchecked += sources.filter((s) => s.unchecked).length;
			if (unchecked)
				errors.push({ file: '(all content)', field: 'sources.*.unchecked', value: unchecked, severity: 'warning', message: `${unchecked} web source(s) are marked \`unchecked: true\`: nobody has re-read their fact yet (npm run freshness lists them)` });
			for (const lesson of content.lessons)
				for (const fact of keyFactsIn(lesson.body)) {
					if (fact.checked === undefined) continue;
					if (!CHECKED_PATTERN.test(fact.checked)) errors.push({ file: lesson.file, field: '(body) <KeyFact checked>', value: fact.tag, message: 'write checked="YYYY-MM" (the month you read the fact at its source), e.g. checked="2026-12"' });
					else warnIfOld(lesson.file, '(body) <KeyFact checked>', fact.checked, `<KeyFact source="${fact.source ?? ''}">`);
				}
			return errors;
		},
	};
}

export const factFreshness = factFreshnessRule();
