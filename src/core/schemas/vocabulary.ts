/**
 * The curriculum's controlled vocabularies, defined once.
 *
 * Every schema, filter, page and test imports its ids from here so that a new
 * stage, topic or platform family is added in exactly one place. Their labels,
 * shown in the UI and published in the JSON API, are in the strings files (src/core/i18n/strings/, `vocab`).
 */

import { LANGS, type Lang } from '../locales.ts';
import { ui, type Strings } from '../i18n/ui.ts';

/** The site languages come from src/core/locales.ts; re-exported here so schemas and pages keep one import. */
export { DEFAULT_LANG, LANGS, type Lang } from '../locales.ts';

/** A text in every site language. */
export type Bilingual = Record<Lang, string>;

/**
 * Each value's label in every language, from the `vocab` part of the strings files (src/core/i18n/strings/), where a
 * missing label is a type error. `unknown` reads as the strings' `programs.notKnown`.
 */
export function labels<T extends string>(values: readonly T[], pick: (s: Strings) => Record<Exclude<T, 'unknown'>, string>): Record<T, Bilingual> {
	const label = (value: T, lang: Lang) => (value === 'unknown' ? ui[lang].programs.notKnown : pick(ui[lang])[value as Exclude<T, 'unknown'>]);
	return Object.fromEntries(values.map((value) => [value, Object.fromEntries(LANGS.map((lang) => [lang, label(value, lang)]))])) as Record<T, Bilingual>;
}

/**
 * The report's stage model, in the order an MSE passes through it:
 * business consistency → basic financial literacy → basic social commerce →
 * product value and branding → platform level-up → growth beyond online selling.
 */
export const STAGES = [
	'consistency',
	'finance-basics',
	'social-commerce',
	'product-branding',
	'level-up',
	'growth',
] as const;
export type Stage = (typeof STAGES)[number];

export const TOPICS = [
	'business-consistency',
	'financial-literacy',
	'social-commerce',
	'creative-content',
	'packaging',
	'photography',
	'captions',
	'platform-level-up',
	'digital-safety',
	'formalization',
	'financing',
	'sales-channels',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Platform families: each needs its own level-up path because its business model differs. */
export const PLATFORMS = [
	'whatsapp',
	'facebook-instagram',
	'food-delivery',
	'e-commerce',
	'social-e-commerce',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The report's five program archetypes. */
export const ARCHETYPES = [
	'topical-one-off',
	'generic-one-off',
	'incubation',
	'fostered',
	'self-learning',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const ORG_TYPES = [
	'national-government',
	'local-government',
	'ngo',
	'platform',
	'company-csr',
	'university',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const AUDIENCES = [
	'general',
	'women',
	'youth',
	'people-with-disabilities',
	'coastal',
	'rural',
	'farmers-fishers',
	'students',
	'platform-sellers',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const DELIVERY = ['online', 'offline', 'hybrid', 'unknown'] as const;
export type Delivery = (typeof DELIVERY)[number];

export const STAGE_LABELS: Record<Stage, Bilingual> = /* @__PURE__ */ labels(STAGES, (s) => s.vocab.stage);
export const TOPIC_LABELS: Record<Topic, Bilingual> = /* @__PURE__ */ labels(TOPICS, (s) => s.vocab.topic);
export const PLATFORM_LABELS: Record<Platform, Bilingual> = /* @__PURE__ */ labels(PLATFORMS, (s) => s.vocab.platform);
export const ARCHETYPE_LABELS: Record<Archetype, Bilingual> = /* @__PURE__ */ labels(ARCHETYPES, (s) => s.vocab.archetype);
export const ORG_TYPE_LABELS: Record<OrgType, Bilingual> = /* @__PURE__ */ labels(ORG_TYPES, (s) => s.vocab.orgType);
export const AUDIENCE_LABELS: Record<Audience, Bilingual> = /* @__PURE__ */ labels(AUDIENCES, (s) => s.vocab.audience);
export const DELIVERY_LABELS: Record<Delivery, Bilingual> = /* @__PURE__ */ labels(DELIVERY, (s) => s.vocab.delivery);

/** Lesson ids are permanent: lowercase words joined by hyphens, never reused. */
export const LESSON_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
