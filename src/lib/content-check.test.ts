import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent, checkLessonBody, type LessonFile } from './content-check.ts';
import { formatContentErrors } from './content-errors.ts';
import { validateContentAt } from '../integrations/content-guard.ts';

const BODY = `import { Objectives, Steps, Example, Practice, SelfCheck, TrainerNote, WhatNext } from '~/components/lesson';

<Objectives />

## Kenapa

Teks.

<Steps>

1. Satu

</Steps>

<TrainerNote minutes={5}>Catatan.</TrainerNote>

<Example kind="do" title="Baik">x</Example>

<Practice />

<SelfCheck />

<WhatNext />
`;

const question = (n: number) => ({
	question: `Pertanyaan nomor ${n}?`,
	options: [
		{ text: 'Ya', correct: true, explain: 'Karena benar.' },
		{ text: 'Tidak', explain: 'Karena salah.' },
	],
});

function lesson(overrides: Record<string, unknown> = {}, lang: 'id' | 'en' = 'id', slug = 'hitung-hpp'): LessonFile {
	return {
		file: `src/content/docs/${lang === 'en' ? 'en/' : ''}belajar/${slug}.mdx`,
		lang,
		slug,
		body: BODY,
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
			practice: { title: 'Hitung HPP', task: 'Hitung HPP satu produkmu hari ini.', checklist: ['Daftar bahan', 'Harga bahan', 'Bagi jumlah barang'] },
			selfCheck: [question(1), question(2), question(3)],
			...overrides,
		},
	};
}
const pair = (overrides: Record<string, unknown> = {}, slug = 'hitung-hpp') => [lesson(overrides, 'id', slug), lesson(overrides, 'en', slug)];

describe('checkContent', () => {
	it('accepts a complete lesson in both languages', () => {
		expect(checkContent({ lessons: pair() }).errors).toEqual([]);
	});

	it('rejects a bad stage, naming the file, the field and the allowed values', () => {
		const { errors } = checkContent({ lessons: pair({ stage: 'marketing' }) });
		const e = errors.find((x) => x.field === 'stage')!;
		expect(e.file).toBe('src/content/docs/belajar/hitung-hpp.mdx');
		expect(e.value).toBe('marketing');
		expect(e.allowed).toContain('finance-basics');
		expect(formatContentErrors(errors)).toMatch(/field: stage[\s\S]*allowed: consistency, finance-basics/);
	});

	it('rejects a lesson without its translation', () => {
		const { errors } = checkContent({ lessons: [lesson()] });
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: 'lessonId' });
		expect(errors[0]!.message).toMatch(/missing translation: add src\/content\/docs\/en\/belajar\/hitung-hpp\.mdx/);
	});

	it('rejects a duplicate lessonId', () => {
		const { errors } = checkContent({ lessons: [...pair(), ...pair({}, 'hpp-lain')] });
		expect(errors.some((e) => e.field === 'lessonId' && /duplicate lessonId/.test(e.message) && e.file.endsWith('hpp-lain.mdx'))).toBe(true);
	});

	it('rejects an unknown prerequisite and lists the known ids', () => {
		const { errors } = checkContent({ lessons: pair({ prerequisites: ['no-such-lesson'] }) });
		const e = errors.find((x) => x.field === 'prerequisites.0')!;
		expect(e).toMatchObject({ value: 'no-such-lesson', message: 'unknown lesson id' });
		expect(e.allowed).toEqual(['cost-of-goods']);
	});

	it('rejects self-checks without exactly one correct answer, and short self-checks', () => {
		const bad = { ...question(1), options: [{ text: 'A', explain: 'Alasan A.' }, { text: 'B', explain: 'Alasan B.' }] };
		const { errors } = checkContent({ lessons: pair({ selfCheck: [bad, question(2)] }) });
		expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['selfCheck', 'selfCheck.0.options']));
	});

	it('rejects a translation whose metadata differs', () => {
		const { errors } = checkContent({ lessons: [lesson(), lesson({ durationMinutes: 12 }, 'en')] });
		expect(errors.find((e) => e.field === 'durationMinutes')?.file).toBe('src/content/docs/en/belajar/hitung-hpp.mdx');
	});

	it('checks path and program references', () => {
		const { errors } = checkContent({
			lessons: pair(),
			paths: [{ file: 'content/paths/mine.yaml', data: { id: 'mine', kind: 'persona', order: 1, title: { id: 'a', en: 'a' }, description: { id: 'a', en: 'a' }, audience: { id: 'a', en: 'a' }, lessons: ['cost-of-goods', 'ghost'] } }],
		});
		expect(errors).toEqual([expect.objectContaining({ file: 'content/paths/mine.yaml', field: 'lessons.1', value: 'ghost' })]);
	});
});

describe('checkLessonBody', () => {
	it('catches components used wrongly, with a hint', () => {
		const body = BODY + '\n<Figure src={foto} />\n<Example title="x">y</Example>\n';
		const messages = checkLessonBody('x.mdx', body).map((e) => e.message).join('\n');
		expect(messages).toMatch(/<Figure> needs alt=/);
		expect(messages).toMatch(/<Example> needs kind="do"/);
		expect(checkLessonBody('x.mdx', BODY.replace('1. Satu', 'Satu saja'))[0]?.message).toMatch(/<Steps> must wrap a numbered list/);
		expect(checkLessonBody('x.mdx', BODY + '\n<Figure src={foto} alt="Foto keripik dengan cahaya jendela" />\n')).toEqual([]);
	});

	it('names missing skeleton parts and leftover placeholders', () => {
		const errors = checkLessonBody('x.mdx', '## Judul\n\n<Objectives />\n\nTULIS_DI_SINI\n');
		expect(errors[0]!.message).toMatch(/<Steps>.*<Practice>.*<SelfCheck>/);
		expect(errors[1]!.value).toEqual(['TULIS_DI_SINI']);
	});
});

describe('the content guard on files (what the build runs)', () => {
	function project(files: Record<string, string>) {
		const root = mkdtempSync(join(tmpdir(), 'nk-guard-'));
		cpSync('content/stages.yaml', join(root, 'content/stages.yaml'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return root;
	}
	const mdx = (l: LessonFile) => `---\n${stringify(l.data)}---\n${l.body}`;

	it('fails on a bad stage in a file on disk, naming that file', () => {
		const [id, en] = pair({ stage: 'ads' });
		const root = project({ [id!.file]: mdx(id!), [en!.file]: mdx(en!) });
		const errors = validateContentAt(root);
		expect(errors.map((e) => `${e.file}:${e.field}`)).toEqual(['src/content/docs/belajar/hitung-hpp.mdx:stage', 'src/content/docs/en/belajar/hitung-hpp.mdx:stage']);
	});

	it('fails on a missing translation and on invalid YAML', () => {
		const [id] = pair();
		const root = project({ [id!.file]: mdx(id!), 'src/content/docs/belajar/rusak.mdx': '---\ntitle: [unclosed\n---\nx' });
		const errors = validateContentAt(root);
		expect(errors.some((e) => e.file.endsWith('rusak.mdx') && /not valid YAML/.test(e.message))).toBe(true);
		expect(errors.some((e) => /missing translation/.test(e.message))).toBe(true);
	});

	it('fails on a program with a bad enum, a missing field and an unknown lesson', () => {
		const [id, en] = pair();
		const program = { id: 'contoh', name: 'Contoh', organizer: 'Dinas', orgType: 'church', archetype: 'unknown', delivery: 'online', regions: ['national'], cost: 'free', incentives: 'unknown', duration: 'unknown', website: 'unknown', lessons: ['ghost'], sources: [{ title: 'Laporan' }], lastVerified: '2026-11-22' };
		const root = project({ [id!.file]: mdx(id!), [en!.file]: mdx(en!), 'content/programs/contoh.yaml': stringify(program) });
		const errors = validateContentAt(root).filter((e) => e.file === 'content/programs/contoh.yaml');
		expect(errors.map((e) => e.field).sort()).toEqual(['description', 'orgType']);
		expect(errors.find((e) => e.field === 'orgType')?.allowed).toContain('ngo');
		const root2 = project({ [id!.file]: mdx(id!), [en!.file]: mdx(en!), 'content/programs/contoh.yaml': stringify({ ...program, orgType: 'ngo', description: { id: 'Program contoh.', en: 'Example program.' } }) });
		expect(validateContentAt(root2)).toEqual([expect.objectContaining({ field: 'lessons.0', value: 'ghost' })]);
	});
});
