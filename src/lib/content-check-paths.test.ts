/** The content guard's rules for learning paths (`content/paths/*.yaml`). */
import { describe, expect, it } from 'vitest';
import { checkContent, type LessonFile } from './content-check.ts';
import { pathSchema } from '../schemas/path.ts';

const BODY = `<Objectives />\n\n## Judul\n\n<Steps>\n\n1. Satu\n\n</Steps>\n\n<Example kind="do" title="Baik">x</Example>\n\n<Practice />\n\n<SelfCheck />\n\n<TrainerNote minutes={5}>Catatan.</TrainerNote>\n\n<WhatNext />\n`;
const question = (n: number) => ({
	question: `Pertanyaan nomor ${n}?`,
	options: [
		{ text: 'Ya', correct: true, explain: 'Karena benar.' },
		{ text: 'Tidak', explain: 'Karena salah.' },
	],
});
function lesson(lessonId: string, stage: string, durationMinutes: number, lang: 'id' | 'en'): LessonFile {
	return {
		file: `src/content/docs/${lang === 'en' ? 'en/' : ''}belajar/${lessonId}.mdx`,
		lang,
		slug: lessonId,
		body: BODY,
		data: {
			title: `Pelajaran ${lessonId}`,
			description: 'Deskripsi pelajaran yang cukup panjang.',
			lessonId,
			stage,
			topics: ['financial-literacy'],
			platforms: [],
			durationMinutes,
			objectives: ['Menghitung sesuatu', 'Menulis sesuatu'],
			prerequisites: [],
			keywords: ['satu', 'dua', 'tiga'],
			sources: [{ title: 'Laporan Somia CX', seed: '004_6615246d18e62d82.txt', year: 2024 }],
			updated: '2026-11-22',
			practice: { title: 'Praktik', task: 'Lakukan praktik ini hari ini.', checklist: ['Satu', 'Dua', 'Tiga'] },
			selfCheck: [question(1), question(2), question(3)],
		},
	};
}
const both = (id: string, stage: string, minutes = 10) => [lesson(id, stage, minutes, 'id'), lesson(id, stage, minutes, 'en')];
const lessons = [...both('separate-money', 'finance-basics'), ...both('daily-records', 'finance-basics', 12), ...both('wa-basics', 'social-commerce')];
const text = { id: 'Teks', en: 'Text' };
const path = (id: string, extra: Record<string, unknown>) => ({ file: `content/paths/${id}.yaml`, data: { id, order: 0, title: text, description: text, audience: text, ...extra } });

describe('learning path checks', () => {
	it('accepts a complete stage path and a persona path', () => {
		const { errors } = checkContent({
			lessons,
			paths: [
				path('finance-basics', { kind: 'stage', stage: 'finance-basics', lessons: ['separate-money', 'daily-records'] }),
				path('first-sale', { kind: 'persona', lessons: ['separate-money', 'wa-basics'], maxLessonMinutes: 10 }),
			],
		});
		expect(errors).toEqual([]);
	});

	it('requires a stage path to list every lesson of its stage, naming the missing lesson', () => {
		const { errors } = checkContent({ lessons, paths: [path('finance-basics', { kind: 'stage', stage: 'finance-basics', lessons: ['separate-money', 'wa-basics'] })] });
		expect(errors).toEqual([
			expect.objectContaining({ file: 'content/paths/finance-basics.yaml', field: 'lessons.1', value: 'wa-basics', message: expect.stringMatching(/social-commerce/) }),
			expect.objectContaining({ file: 'content/paths/finance-basics.yaml', field: 'lessons', value: 'daily-records', message: expect.stringMatching(/every lesson of its stage/) }),
		]);
	});

	it('refuses a lesson longer than maxLessonMinutes', () => {
		const { errors } = checkContent({ lessons, paths: [path('short', { kind: 'persona', lessons: ['separate-money', 'daily-records'], maxLessonMinutes: 10 })] });
		expect(errors).toEqual([expect.objectContaining({ field: 'lessons.1', value: 'daily-records', message: expect.stringMatching(/12 minutes.*at most 10/) })]);
	});

	it('refuses a stage path whose id is not its stage, and a reserved id', () => {
		expect(pathSchema.safeParse({ id: 'money', kind: 'stage', stage: 'finance-basics', order: 0, title: text, description: text, audience: text, lessons: ['a', 'b'] }).success).toBe(false);
		const reserved = pathSchema.safeParse({ id: 'susun', kind: 'persona', order: 0, title: text, description: text, audience: text, lessons: ['a', 'b'] });
		expect(reserved.success).toBe(false);
		expect(JSON.stringify(reserved.error?.issues)).toMatch(/reserved/);
	});

	it('refuses a persona path with a stage and a stage path without one', () => {
		const { errors } = checkContent({
			lessons,
			paths: [path('a-persona', { kind: 'persona', stage: 'growth', lessons: ['separate-money', 'wa-basics'] }), path('b', { kind: 'stage', lessons: ['separate-money', 'wa-basics'] })],
		});
		expect(errors.map((e) => `${e.file}:${e.field}`).sort()).toEqual(['content/paths/a-persona.yaml:stage', 'content/paths/b.yaml:id', 'content/paths/b.yaml:stage'].sort());
	});
});
