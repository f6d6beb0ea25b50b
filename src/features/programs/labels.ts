/**
 * Labels for program values in one language, shared by the directory, the
 * program page and the coverage view: vocabulary labels from the schema, and
 * "Not known" for every `unknown`.
 */
import {
	ARCHETYPE_LABELS,
	AUDIENCE_LABELS,
	DELIVERY_LABELS,
	ORG_TYPE_LABELS,
	PLATFORM_LABELS,
	STAGE_LABELS,
	TOPIC_LABELS,
	type Bilingual,
	type Lang,
} from '../../core/schemas/vocabulary.ts';
import type { FilterKey } from './program-filter.ts';
import { regionText } from './program-text.ts';
import { t } from '../../core/i18n/ui.ts';

const pick = (labels: Record<string, Bilingual>, value: string, lang: Lang, notKnown: string) => labels[value]?.[lang] ?? (value === 'unknown' ? notKnown : value);

export function programLabels(lang: Lang) {
	const s = t(lang).programs;
	const nk = s.notKnown;
	return {
		orgType: (v: string) => pick(ORG_TYPE_LABELS, v, lang, nk),
		archetype: (v: string) => pick(ARCHETYPE_LABELS, v, lang, nk),
		stage: (v: string) => pick(STAGE_LABELS, v, lang, nk),
		topic: (v: string) => pick(TOPIC_LABELS, v, lang, nk),
		platform: (v: string) => pick(PLATFORM_LABELS, v, lang, nk),
		audience: (v: string) => pick(AUDIENCE_LABELS, v, lang, nk),
		delivery: (v: string) => pick(DELIVERY_LABELS, v, lang, nk),
		region: (v: string) => regionText(v, { national: s.national, notKnown: nk }),
		/** A value as a filter option. */
		option(key: FilterKey, v: string): string {
			if (key === 'cost') return s.directory.costOptions[v as 'free' | 'described'] ?? v;
			return this[key](v);
		},
	};
}
