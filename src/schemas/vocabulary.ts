/**
 * The curriculum's controlled vocabularies, defined once.
 *
 * Every schema, filter, page and test imports its ids from here so that a new
 * stage, topic or platform family is added in exactly one place. Labels are
 * bilingual because they are shown in the UI and published in the JSON API.
 */

import type { Lang } from '../config/locales.ts';

/** The site languages come from src/config/locales.ts; re-exported here so schemas and pages keep one import. */
export { DEFAULT_LANG, LANGS, type Lang } from '../config/locales.ts';

/** A text in every site language. */
export type Bilingual = Record<Lang, string>;

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

export const STAGE_LABELS: Record<Stage, Bilingual> = {
	consistency: { id: 'Usaha yang ajek', en: 'Business consistency' },
	'finance-basics': { id: 'Dasar keuangan', en: 'Financial basics' },
	'social-commerce': { id: 'Jualan lewat chat & medsos', en: 'Selling through chat & social media' },
	'product-branding': { id: 'Nilai produk & merek', en: 'Product value & branding' },
	'level-up': { id: 'Naik kelas di platform', en: 'Platform level-up' },
	growth: { id: 'Tumbuh lebih besar', en: 'Growing beyond online selling' },
};

export const TOPIC_LABELS: Record<Topic, Bilingual> = {
	'business-consistency': { id: 'Usaha ajek', en: 'Business consistency' },
	'financial-literacy': { id: 'Keuangan', en: 'Financial literacy' },
	'social-commerce': { id: 'Jualan lewat chat', en: 'Social commerce' },
	'creative-content': { id: 'Konten kreatif', en: 'Creative content' },
	packaging: { id: 'Kemasan', en: 'Packaging' },
	photography: { id: 'Foto produk', en: 'Product photography' },
	captions: { id: 'Caption & teks produk', en: 'Captions & product text' },
	'platform-level-up': { id: 'Naik kelas di platform', en: 'Platform level-up' },
	'digital-safety': { id: 'Keamanan digital', en: 'Digital safety' },
	formalization: { id: 'Legalitas usaha', en: 'Formalization' },
	financing: { id: 'Modal & pinjaman', en: 'Financing' },
	'sales-channels': { id: 'Saluran penjualan', en: 'Sales channels' },
};

export const PLATFORM_LABELS: Record<Platform, Bilingual> = {
	whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
	'facebook-instagram': { id: 'Facebook & Instagram', en: 'Facebook & Instagram' },
	'food-delivery': { id: 'Aplikasi pesan-antar makanan', en: 'Food delivery apps' },
	'e-commerce': { id: 'Marketplace (e-commerce)', en: 'E-commerce marketplaces' },
	'social-e-commerce': { id: 'Jualan di video & live (TikTok)', en: 'Social e-commerce (TikTok-style)' },
};

export const ARCHETYPE_LABELS: Record<Archetype, Bilingual> = {
	'topical-one-off': { id: 'Kelas satu topik, sekali datang', en: 'Topical one-off' },
	'generic-one-off': { id: 'Kelas umum, sekali datang', en: 'Generic one-off' },
	incubation: { id: 'Inkubasi (berbulan-bulan)', en: 'Incubation' },
	fostered: { id: 'UMKM binaan', en: 'Fostered MSEs' },
	'self-learning': { id: 'Belajar mandiri', en: 'Self-learning' },
};

export const ORG_TYPE_LABELS: Record<OrgType, Bilingual> = {
	'national-government': { id: 'Pemerintah pusat', en: 'National government' },
	'local-government': { id: 'Pemerintah daerah', en: 'Local government' },
	ngo: { id: 'LSM & asosiasi', en: 'NGO & association' },
	platform: { id: 'Platform jualan', en: 'Selling platform' },
	'company-csr': { id: 'Perusahaan (CSR)', en: 'Company (CSR)' },
	university: { id: 'Kampus', en: 'University' },
};

export const AUDIENCE_LABELS: Record<Audience, Bilingual> = {
	general: { id: 'Umum', en: 'General' },
	women: { id: 'Perempuan', en: 'Women' },
	youth: { id: 'Anak muda', en: 'Youth' },
	'people-with-disabilities': { id: 'Penyandang disabilitas', en: 'People with disabilities' },
	coastal: { id: 'Wilayah pesisir', en: 'Coastal communities' },
	rural: { id: 'Desa', en: 'Rural' },
	'farmers-fishers': { id: 'Petani & nelayan', en: 'Farmers & fishers' },
	students: { id: 'Mahasiswa', en: 'Students' },
	'platform-sellers': { id: 'Penjual di platform', en: 'Platform sellers' },
};

export const DELIVERY_LABELS: Record<Delivery, Bilingual> = {
	online: { id: 'Daring (online)', en: 'Online' },
	offline: { id: 'Tatap muka', en: 'In person' },
	hybrid: { id: 'Campuran', en: 'Hybrid' },
	unknown: { id: 'Belum diketahui', en: 'Not known' },
};

/** Lesson ids are permanent: lowercase words joined by hyphens, never reused. */
export const LESSON_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
