import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lessonSkeletonOrder as rule, skeletonOutline } from './lesson-skeleton-order.ts';
import { LESSON_BODY, bodyOnly } from './test-lesson.ts';
import { readLessons } from '../../../core/catalogue/read-content.ts';

const check = (body: string) => rule.check(bodyOnly(body));
/** Swap two whole blocks of the good lesson. */
const swap = (a: string, b: string) => LESSON_BODY.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
const PRACTICE = '## Praktik\n\n<Practice />';
const EXAMPLES = '## Contoh\n\n<Example kind="do" title="Baik">x</Example>';

describe(rule.name, () => {
	it('passes the documented order, and the lesson template', () => {
		expect(check(LESSON_BODY)).toEqual([]);
		expect(check(readFileSync('content/templates/lesson.mdx', 'utf8'))).toEqual([]);
	});

	it('names the two parts out of order, with their sections and the allowed order', () => {
		const errors = check(swap(EXAMPLES, PRACTICE));
		expect(errors).toEqual([
			expect.objectContaining({
				file: 'x.mdx',
				field: '(body)',
				message: expect.stringMatching(/^<Example> must come before <Practice \/>/),
				value: '<Practice /> under "## Praktik", then <Example> under "## Contoh"',
			}),
		]);
		expect(errors[0]!.allowed).toEqual(expect.arrayContaining(['<Objectives />', '## practice, with <Practice />']));
	});

	it('catches what next before self-check, and steps after the examples', () => {
		expect(check(swap('<SelfCheck />', '<WhatNext />'))[0]?.message).toMatch(/<SelfCheck \/> must come before <WhatNext \/>/);
		expect(check(LESSON_BODY.replace('## Praktik', '<Steps>\n\n1. Lagi\n\n</Steps>\n\n## Praktik'))[0]?.message).toMatch(/<Steps> must come before <Example>/);
	});

	it('wants <Objectives /> before the first section', () => {
		const body = LESSON_BODY.replace('<Objectives />\n\n## Kenapa\n\nTeks.', '## Kenapa\n\nTeks.\n\n<Objectives />');
		expect(check(body)[0]).toMatchObject({ message: expect.stringMatching(/<Objectives \/> opens the lesson/), value: '"## Kenapa", then <Objectives /> under "## Kenapa"' });
	});

	it('wants a section of its own for each part', () => {
		expect(check(LESSON_BODY.replace('## Praktik\n\n', ''))).toEqual([expect.objectContaining({ message: expect.stringMatching(/<Practice \/> needs a `## ` heading of its own after <Example>/) })]);
		expect(check(LESSON_BODY.replace('## Langkah\n\n', ''))).toEqual([
			expect.objectContaining({ message: expect.stringMatching(/<Steps> needs a "why it matters" section and a steps section/), value: 'only "## Kenapa" between <Objectives /> before the first heading and <Steps>' }),
		]);
	});

	it('lets a trainer note follow any section, but not open the lesson or follow <WhatNext />', () => {
		const note = '<TrainerNote minutes={5}>Catatan.</TrainerNote>';
		expect(check(LESSON_BODY.replace('Teks.', `Teks.\n\n${note}`))).toEqual([]);
		expect(check(LESSON_BODY.replace('<Objectives />', `${note}\n\n<Objectives />`))[0]?.message).toMatch(/<TrainerNote> goes after the section it belongs to, not before/);
		expect(check(`${LESSON_BODY}\n${note}\n`)[0]).toMatchObject({ message: expect.stringMatching(/before <WhatNext \/>/), value: '<TrainerNote> under "## Selanjutnya", after <WhatNext /> under "## Selanjutnya"' });
	});

	it('ignores components and headings in fenced code', () => {
		expect(skeletonOutline('```mdx\n## Contoh\n<Practice />\n```\n<Objectives />\n').map((m) => m.kind)).toEqual(['Objectives']);
		expect(check(LESSON_BODY.replace('Teks.', 'Teks.\n\n```\n<WhatNext />\n```'))).toEqual([]);
	});

	it('passes every lesson in the repository', () => {
		const { lessons } = readLessons('.');
		expect(lessons.length).toBeGreaterThanOrEqual(108);
		expect(lessons.flatMap((l) => check(l.body).map((e) => `${l.file}: ${e.message}`))).toEqual([]);
	});
});
