/** Test fixtures for the content rules: a lesson that passes every rule, and ways to break it. */
import type { ContentInput, LessonFile, ParsedContent, ParsedLesson } from '../content-check.ts';
import { parseContent } from '../content-check.ts';
import type { LessonFrontmatter } from '../../../core/schemas/lesson.ts';
import { langPrefix, LANGS } from '../../../core/locales.ts';

/** The skeleton of content/templates/lesson.mdx, filled in. */
export const LESSON_BODY = `import { Objectives, Steps, Example, Practice, SelfCheck, TrainerNote, WhatNext } from '~/features/lessons/kit';

<Objectives />

## Kenapa

Teks.

## Langkah

<Steps>

1. Satu

</Steps>

<TrainerNote minutes={5}>Catatan.</TrainerNote>

## Contoh

<Example kind="do" title="Baik">x</Example>

## Praktik

<Practice />

## Cek pemahaman

<SelfCheck />

## Selanjutnya

<WhatNext />
`;

/** A question with three options; the right one moves with `n` so a lesson's answers are balanced (self-check-answer-balance). */
export const question = (n: number) => ({
	question: `Pertanyaan nomor ${n}?`,
	options: ['Ya', 'Tidak', 'Mungkin'].map((text, i) => (i === n % 3 ? { text, correct: true, explain: 'Karena benar.' } : { text, explain: 'Karena salah.' })),
});
/** A question with a retry on the same point (self-check-retries). */
export const questionWithRetry = (n: number) => ({ ...question(n), retry: question(n + 10) });

export function lesson(overrides: Record<string, unknown> = {}, lang: 'id' | 'en' = 'id', slug = 'hitung-hpp', body = LESSON_BODY): LessonFile {
	return {
		file: `src/content/docs${langPrefix(lang)}/belajar/${slug}.mdx`,
		lang,
		slug,
		body,
		data: {
			title: 'Hitung HPP',
			description: 'Menghitung modal per barang supaya harga jual tidak rugi.',
			lessonId: 'cost-of-goods',
			stage: 'finance-basics',
			topics: ['financial-literacy'],
			platforms: [],
			durationMinutes: 10,
			objectives: ['Menghitung HPP per barang', 'Memasukkan biaya kemasan'],
			prerequisites: [],
			keywords: ['hpp', 'modal', 'harga pokok'],
			sources: [{ title: 'Laporan Somia CX', seed: '004_6615246d18e62d82.txt', year: 2024 }],
			updated: '2026-11-22',
			practice: { title: 'Hitung HPP', task: 'Hitung HPP satu produkmu hari ini.', doNow: { task: 'Tulis harga bahan satu produk di catatan HP', minutes: 7, result: 'Harga bahan tertulis' }, checklist: ['Daftar bahan', 'Harga bahan', 'Bagi jumlah barang'] },
			selfCheck: [questionWithRetry(1), questionWithRetry(2), question(3)],
			...overrides,
		},
	};
}

/** The same lesson in both languages. */
export const pair = (overrides: Record<string, unknown> = {}, slug = 'hitung-hpp') => [lesson(overrides, 'id', slug), lesson(overrides, 'en', slug)];

/** A lesson in both languages with its own id, stage and duration. */
export const both = (lessonId: string, stage: string, durationMinutes = 10) => pair({ lessonId, stage, durationMinutes, title: `Pelajaran ${lessonId}` }, lessonId);

/** A lesson as a lesson rule sees it: only the body (and file) matter to most rules. */
export const bodyOnly = (body: string, file = 'x.mdx'): ParsedLesson => ({ file, lang: 'id', slug: 'x', body, data: {} as LessonFrontmatter });

/** Content as a cross-file rule sees it; fails the test if a file does not match its schema. */
export function parsed(input: ContentInput): ParsedContent {
	const { content, errors } = parseContent(input);
	if (errors.length) throw new Error(`test input does not match the schemas: ${JSON.stringify(errors)}`);
	return content;
}

const text = Object.fromEntries(LANGS.map((lang) => [lang, `Text (${lang})`]));
/** A learning path file (`content/paths/<id>.yaml`). */
export const path = (id: string, extra: Record<string, unknown>) => ({ file: `content/paths/${id}.yaml`, data: { id, order: 0, title: text, description: text, audience: text, ...extra } });
