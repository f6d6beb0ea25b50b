import { describe, expect, it } from 'vitest';
import { indonesianPercent as rule, percentProblem } from './indonesian-percent.ts';
import { lesson, parsed, path, LESSON_BODY } from './test-lesson.ts';

const check = (body: string, lang: 'id' | 'en' = 'id', overrides: Record<string, unknown> = {}) => rule.check(parsed({ lessons: [lesson(overrides, lang, 'hitung-hpp', `${LESSON_BODY}\n${body}\n`)] }));

describe(rule.name, () => {
	it('asks for a decimal comma and a space before %', () => {
		expect(percentProblem('38.2%')).toMatch(/"38,2 %", not "38.2%"/);
		expect(percentProblem('38,2%')).toMatch(/"38,2 %"/);
		expect(percentProblem('20%')).toMatch(/"20 %"/);
		expect(percentProblem('3.5 %')).toMatch(/"3,5 %"/);
		expect(percentProblem('38,2 %')).toBeUndefined();
		expect(percentProblem('20\u00a0%')).toBeUndefined();
	});

	it('names the file, the line or field and the text found in Indonesian lessons', () => {
		const errors = check('GoFood memotong 20% dan 8.5% lagi, tapi 38,2 % benar.');
		expect(errors.map((e) => e.value)).toEqual(['20%', '8.5%']);
		expect(errors[0]).toMatchObject({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: `(body, line ${LESSON_BODY.split('\n').length + 1})` });
		const inQuestion = check('', 'id', { selfCheck: [1, 2, 3].map((n) => ({ question: `Potongan ${n}0%?`, options: [{ text: 'Ya', correct: true, explain: 'Karena benar.' }, { text: 'Tidak', explain: 'Karena salah.' }] })) });
		expect(inQuestion.map((e) => e.field)).toEqual(['selfCheck.0.question', 'selfCheck.1.question', 'selfCheck.2.question']);
	});

	it('reads the Indonesian text of data files too, naming the field', () => {
		const content = parsed({ lessons: [], paths: [path('food', { kind: 'persona', description: { id: 'Potongan 20%.', en: 'A 20% cut.' }, lessons: ['a', 'b'] })] });
		expect(rule.check(content)).toEqual([expect.objectContaining({ file: 'content/paths/food.yaml', field: 'description.id', value: '20%' })]);
	});

	it('leaves English lessons alone', () => {
		expect(check('GoFood takes 20%.', 'en')).toEqual([]);
	});
});
