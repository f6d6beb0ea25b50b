/**
 * Plain-language help for each field of a program file, in both languages, for
 * the "add or correct a program" guide. The allowed values and their labels come
 * from `vocabulary.ts`, so the guide cannot drift from the schema; a unit test
 * checks that every field of `programSchema` is explained here and nothing else.
 */
import type { Program } from './program.ts';
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
	labels,
	type Bilingual,
} from './vocabulary.ts';

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

const values = <T extends string>(ids: readonly T[], labels: Record<T, Bilingual>) => ids.map((value) => ({ value, label: labels[value] }));

/** In the order a program file is written (the template's order). */
export const PROGRAM_FIELD_HELP: Record<keyof Program, FieldHelp> = {
	id: {
		help: { id: 'Nama tetap program: huruf kecil dan angka, dipisah tanda minus. Harus sama dengan nama berkas tanpa `.yaml`. Jangan diganti setelah terbit, karena alamat halamannya memakai id ini.', en: 'The program’s permanent name: lowercase letters and digits joined by hyphens. It must equal the file name without `.yaml`. Do not change it once published: the page address uses it.' },
		example: 'kampus-shopee',
	},
	name: { help: { id: 'Nama program seperti yang ditulis penyelenggaranya.', en: 'The program’s name as its organizer writes it.' }, example: 'Kampus UMKM Shopee' },
	organizer: { help: { id: 'Lembaga yang menjalankan program.', en: 'The organization that runs the program.' }, example: 'Shopee Indonesia' },
	collaborators: { help: { id: 'Mitra yang disebut sumber. Kosongkan (`[]`) kalau tidak ada yang disebut.', en: 'Partners the source names. Leave empty (`[]`) when none are named.' }, example: '[Dinas Koperasi Kota Bandung]' },
	orgType: { help: { id: 'Jenis lembaga penyelenggara. Pilih satu.', en: 'The kind of organization that runs it. Pick one.' }, example: 'platform', values: values(ORG_TYPES, ORG_TYPE_LABELS) },
	archetype: {
		help: { id: 'Bentuk program menurut lima jenis dalam laporan riset. Tulis `unknown` kalau sumber tidak cukup untuk menentukannya.', en: 'The program’s form, using the research report’s five types. Write `unknown` when the source does not say enough to decide.' },
		example: 'incubation',
		values: values(ARCHETYPES, ARCHETYPE_LABELS),
		unknownAllowed: true,
	},
	stages: {
		help: { id: 'Tahap naik kelas yang diajarkan program. Kosongkan (`[]`) kalau belum diketahui: halaman program lalu menulis "Belum diketahui".', en: 'The stages of the stage model the program teaches. Leave empty (`[]`) when not known: the program page then says "Not known".' },
		example: '[finance-basics, social-commerce]',
		values: values(STAGES, STAGE_LABELS),
	},
	topics: { help: { id: 'Topik yang diajarkan. Dipakai untuk menyambungkan program dengan pelajaran yang topiknya sama.', en: 'Topics it teaches. Used to connect the program with lessons on the same topic.' }, example: '[financial-literacy]', values: values(TOPICS, TOPIC_LABELS) },
	platforms: { help: { id: 'Jenis platform jualan yang diajarkan, kalau ada.', en: 'The selling platform families it teaches, if any.' }, example: '[e-commerce]', values: values(PLATFORMS, PLATFORM_LABELS) },
	audience: { help: { id: 'Untuk siapa program ini. Kalau terbuka untuk semua UMKM, tulis `general`.', en: 'Who the program is for. If it is open to any MSE, write `general`.' }, example: '[women, rural]', values: values(AUDIENCES, AUDIENCE_LABELS) },
	delivery: {
		help: { id: 'Cara program dijalankan: daring, tatap muka, atau campuran.', en: 'How it is delivered: online, in person, or both.' },
		example: 'offline',
		values: values(
			DELIVERY.filter((d) => d !== 'unknown'),
			DELIVERY_LABELS,
		),
		unknownAllowed: true,
	},
	regions: {
		help: { id: 'Provinsi atau kota tempat program berjalan, ditulis seperti di sumber. Tulis `national` kalau terbuka di seluruh Indonesia, atau `unknown`.', en: 'Provinces or cities where it runs, written as in the source. Write `national` when it is open across Indonesia, or `unknown`.' },
		example: '[Kalimantan Barat, Singkawang]',
		unknownAllowed: true,
	},
	cost: {
		help: { id: 'Biaya untuk peserta: `free` kalau gratis, atau keterangan dua bahasa (`id` dan `en`) kalau ada syaratnya.', en: 'What it costs a participant: `free`, or a description in both languages (`id` and `en`) when there are terms.' },
		example: 'free',
		unknownAllowed: true,
	},
	incentives: {
		help: { id: 'Yang didapat peserta selain ilmu (uang, voucher, sertifikat): keterangan dua bahasa, `none` kalau sumber bilang tidak ada.', en: 'What participants get besides learning (money, vouchers, certificates): a description in both languages, or `none` when the source says there is none.' },
		example: '{ id: Sertifikat, en: Certificate }',
		unknownAllowed: true,
	},
	duration: { help: { id: 'Berapa lama program berjalan, dua bahasa.', en: 'How long it runs, in both languages.' }, example: '{ id: 3 bulan, en: 3 months }', unknownAllowed: true },
	website: {
		help: { id: 'Alamat halaman program itu sendiri (dimulai `https://`), kalau laporan atau sumber publik menyebutnya.', en: 'The address of the program’s own page (starting with `https://`), where the report or a public source gives one.' },
		example: 'https://contoh.or.id/program',
		unknownAllowed: true,
	},
	howToJoin: { help: { id: 'Cara mendaftar atau ikut, dua bahasa.', en: 'How to sign up or join, in both languages.' }, example: '{ id: Daftar lewat dinas koperasi, en: Sign up at the cooperatives office }', unknownAllowed: true },
	description: {
		help: { id: 'Apa program ini, dengan kata-kata sendiri (jangan menyalin sumber), dalam bahasa Indonesia (`id`) dan Inggris (`en`). Dua sampai tiga kalimat.', en: 'What the program is, in your own words (do not copy the source), in Indonesian (`id`) and English (`en`). Two or three sentences.' },
		example: '{ id: …, en: … }',
	},
	lessons: {
		help: { id: 'Id pelajaran Naik Kelas yang menyiapkan peserta sebelum ikut atau melanjutkan sesudahnya. Setiap id harus pelajaran yang ada.', en: 'Ids of Naik Kelas lessons that prepare participants before or follow up after. Each id must be a lesson that exists.' },
		example: '[separate-business-money, daily-bookkeeping]',
	},
	sources: {
		help: { id: 'Dari mana fakta ini. Minimal satu. Setiap sumber punya `title`, dan sebaiknya `url` atau `seed` (berkas riset), `publisher`, `year` dan `section` supaya pemeriksa bisa menemukannya.', en: 'Where the facts come from. At least one. Each source has a `title`, and ideally a `url` or `seed` (research file), `publisher`, `year` and `section` so a reviewer can find it.' },
		example: '[{ title: …, url: https://…, year: 2024 }]',
	},
	lastVerified: { help: { id: 'Tanggal terakhir seseorang mencocokkan isi berkas dengan sumbernya, ditulis TTTT-BB-HH.', en: 'The date a person last checked the file against its sources, written YYYY-MM-DD.' }, example: '2026-11-22' },
	status: {
		help: { id: 'Apakah program masih berjalan menurut sumber, pada tanggal `lastVerified`.', en: 'Whether the program is still running according to the source, as of `lastVerified`.' },
		example: 'active',
		values: (['active', 'ended'] as const).map((value) => ({ value, label: PROGRAM_STATUS_LABELS[value] })),
		unknownAllowed: true,
	},
};
