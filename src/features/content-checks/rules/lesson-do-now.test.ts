import { describe, expect, it } from 'vitest';
import { lessonDoNow as rule } from './lesson-do-now.ts';
import { lesson } from './test-lesson.ts';
import type { ParsedLesson } from '../rule.ts';

const practice = { title: 'Hitung HPP', task: 'Hitung HPP satu produkmu hari ini.', checklist: ['Daftar bahan', 'Harga bahan', 'Bagi jumlah barang'] };
const doNow = { task: 'Tulis harga bahan satu produk di catatan HP', minutes: 8, result: 'HPP satu produk tertulis' };

describe(rule.name, () => {
	it('asks for a do-now step, saying what it holds', () => {
		expect(rule.check(lesson({ practice }) as ParsedLesson)).toEqual([expect.objectContaining({ field: 'practice.doNow', message: expect.stringMatching(/10 minutes|1–10/) })]);
	});
	it('passes a lesson with one', () => {
		expect(rule.check(lesson({ practice: { ...practice, doNow } }) as ParsedLesson)).toEqual([]);
	});
});
