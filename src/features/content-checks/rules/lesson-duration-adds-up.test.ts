import { describe, expect, it } from 'vitest';
import { lessonDurationAddsUp as rule } from './lesson-duration-adds-up.ts';
import { lesson } from './test-lesson.ts';
import type { ParsedLesson } from '../rule.ts';

const practice = (minutes: number) => ({ title: 'Hitung HPP', task: 'Hitung HPP satu produkmu hari ini.', doNow: { task: 'Tulis harga bahan di catatan HP', minutes, result: 'HPP tertulis' }, checklist: ['Daftar bahan', 'Harga bahan', 'Bagi jumlah barang'] });
// The test lesson is short: well under 150 words, so reading rounds up to 1 minute.
const check = (durationMinutes: number, doNowMinutes: number, lang: 'id' | 'en' = 'id') => rule.check(lesson({ durationMinutes, practice: practice(doNowMinutes) }, lang) as ParsedLesson);

describe(rule.name, () => {
	it('refuses a duration shorter than reading plus the do-now step, saying the sum', () => {
		expect(check(5, 8)).toEqual([expect.objectContaining({ field: 'durationMinutes', value: 5, message: expect.stringMatching(/= 9 min: set durationMinutes to at least 9/) })]);
	});
	it('refuses a duration far longer than the parts', () => {
		expect(check(15, 5)).toEqual([expect.objectContaining({ message: expect.stringMatching(/at most 10/) })]);
	});
	it('passes an honest duration, and checks only the Bahasa Indonesia source', () => {
		expect(check(9, 8)).toEqual([]);
		expect(check(12, 8)).toEqual([]);
		expect(check(5, 8, 'en')).toEqual([]);
	});
});
