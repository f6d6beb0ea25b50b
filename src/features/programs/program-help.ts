/**
 * Plain-language help for each field of a program file (its text: `programFieldHelp` in the strings files), for
 * the "add or correct a program" guide. The allowed values and their labels come
 * from `vocabulary.ts`, so the guide cannot drift from the schema; a unit test
 * checks that every field of `programSchema` is explained here and nothing else.
 */
import type { Program } from '../../core/schemas/program.ts';
import {
	ARCHETYPES,
	ARCHETYPE_LABELS,
	AUDIENCES,
	AUDIENCE_LABELS,
	DELIVERY,
	DELIVERY_LABELS,
	ORG_TYPES,
	ORG_TYPE_LABELS,
	PLATFORMS,
	PLATFORM_LABELS,
	STAGES,
	STAGE_LABELS,
	TOPICS,
	TOPIC_LABELS,
	LANGS,
	labels,
	type Bilingual,
} from '../../core/schemas/vocabulary.ts';
import { ui } from '../../core/i18n/ui.ts';

export const PROGRAM_STATUS_LABELS: Record<Program['status'], Bilingual> = /* @__PURE__ */ labels(['active', 'ended', 'unknown'], (s) => s.vocab.status);

export interface FieldHelp {
	/** What to write, in plain words. */
	help: Bilingual;
	/** A short example value as written in YAML. */
	example: string;
	/** The fixed values the field accepts, with their labels, if it has a fixed set. */
	values?: { value: string; label: Bilingual }[];
	/** May this field be `unknown`? */
	unknownAllowed?: boolean;
}

/** A field's help in every language, from `programFieldHelp` of the strings files. */
const help = (field: keyof Program): Bilingual => Object.fromEntries(LANGS.map((lang) => [lang, ui[lang].programFieldHelp[field]])) as Bilingual;

const values = <T extends string>(ids: readonly T[], labels: Record<T, Bilingual>) => ids.map((value) => ({ value, label: labels[value] }));

/** In the order a program file is written (the template's order). */
export const PROGRAM_FIELD_HELP: Record<keyof Program, FieldHelp> = {
	id: {
		help: help('id'),
		example: 'kampus-shopee',
	},
	name: { help: help('name'), example: 'Kampus UMKM Shopee' },
	organizer: { help: help('organizer'), example: 'Shopee Indonesia' },
	collaborators: { help: help('collaborators'), example: '[Dinas Koperasi Kota Bandung]' },
	orgType: { help: help('orgType'), example: 'platform', values: values(ORG_TYPES, ORG_TYPE_LABELS) },
	archetype: {
		help: help('archetype'),
		example: 'incubation',
		values: values(ARCHETYPES, ARCHETYPE_LABELS),
		unknownAllowed: true,
	},
	stages: {
		help: help('stages'),
		example: '[finance-basics, social-commerce]',
		values: values(STAGES, STAGE_LABELS),
	},
	topics: { help: help('topics'), example: '[financial-literacy]', values: values(TOPICS, TOPIC_LABELS) },
	platforms: { help: help('platforms'), example: '[e-commerce]', values: values(PLATFORMS, PLATFORM_LABELS) },
	audience: { help: help('audience'), example: '[women, rural]', values: values(AUDIENCES, AUDIENCE_LABELS) },
	delivery: {
		help: help('delivery'),
		example: 'offline',
		values: values(
			DELIVERY.filter((d) => d !== 'unknown'),
			DELIVERY_LABELS,
		),
		unknownAllowed: true,
	},
	regions: {
		help: help('regions'),
		example: '[Kalimantan Barat, Singkawang]',
		unknownAllowed: true,
	},
	cost: {
		help: help('cost'),
		example: 'free',
		unknownAllowed: true,
	},
	incentives: {
		help: help('incentives'),
		example: '{ id: Sertifikat, en: Certificate }',
		unknownAllowed: true,
	},
	duration: { help: help('duration'), example: '{ id: 3 bulan, en: 3 months }', unknownAllowed: true },
	website: {
		help: help('website'),
		example: 'https://contoh.or.id/program',
		unknownAllowed: true,
	},
	howToJoin: { help: help('howToJoin'), example: '{ id: Daftar lewat dinas koperasi, en: Sign up at the cooperatives office }', unknownAllowed: true },
	description: {
		help: help('description'),
		example: '{ id: …, en: … }',
	},
	lessons: {
		help: help('lessons'),
		example: '[separate-business-money, daily-bookkeeping]',
	},
	sources: {
		help: help('sources'),
		example: '[{ title: …, url: https://…, year: 2024 }]',
	},
	lastVerified: { help: help('lastVerified'), example: '2026-11-22' },
	status: {
		help: help('status'),
		example: 'active',
		values: (['active', 'ended'] as const).map((value) => ({ value, label: PROGRAM_STATUS_LABELS[value] })),
		unknownAllowed: true,
	},
};
