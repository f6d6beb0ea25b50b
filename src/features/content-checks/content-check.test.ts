/** The content check's engine: schemas first, then every rule in rules/ (each rule has its own test beside it). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent, SCHEMA_RULE, type LessonFile } from './content-check.ts';
import { formatContentErrors } from '../../core/catalogue/content-errors.ts';
import { CONTENT_RULES } from './rules/index.ts';
import { LESSON_BODY, lesson, pair, question } from './rules/test-lesson.ts';
import { validateContentAt } from './content-guard.ts';

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
		expect(e.rule).toBe(SCHEMA_RULE);
		expect(formatContentErrors(errors)).toMatch(/field: stage[\s\S]*allowed: consistency, finance-basics/);
	});

	it('rejects self-checks without exactly one correct answer, and short self-checks', () => {
		const bad = { ...question(1), options: [{ text: 'A', explain: 'Alasan A.' }, { text: 'B', explain: 'Alasan B.' }] };
		const { errors } = checkContent({ lessons: pair({ selfCheck: [bad, question(2)] }) });
		expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['selfCheck', 'selfCheck.0.options']));
	});

	it('tags each error with the rule that found it, and reports a problem once', () => {
		const { errors } = checkContent({ lessons: [lesson()] });
		expect(errors).toEqual([expect.objectContaining({ rule: 'lesson-in-both-languages', field: 'lessonId' })]);
	});

	it('runs the lesson rules only on lessons whose frontmatter matches the schema', () => {
		const { errors } = checkContent({ lessons: pair({ stage: 'ads' }).map((l) => ({ ...l, body: 'TULIS_DI_SINI' })) });
		expect(errors.map((e) => `${e.rule}:${e.field}`)).toEqual(['schema:stage', 'schema:stage']);
		const broken: LessonFile[] = pair().map((l) => ({ ...l, body: LESSON_BODY.replace('<WhatNext />', '') }));
		expect(checkContent({ lessons: broken }).errors.map((e) => `${e.rule}:${e.file}`)).toEqual([
			'lesson-skeleton-parts:src/content/docs/belajar/hitung-hpp.mdx',
			'lesson-skeleton-parts:src/content/docs/en/belajar/hitung-hpp.mdx',
		]);
	});
});

describe('the rule index', () => {
	const dir = 'src/features/content-checks/rules';
	const files = readdirSync(dir);

	it('gives every rule a unique kebab-case name, a one-line description and a test named after it', () => {
		const names = CONTENT_RULES.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
		for (const rule of CONTENT_RULES) {
			expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(rule.description).toMatch(/^[^\n]{10,160}$/);
			expect(files).toContain(`${rule.name}.ts`);
			expect(files).toContain(`${rule.name}.test.ts`);
		}
	});

	it('lists every rule file', () => {
		const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'test-lesson.ts'].includes(f));
		expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(CONTENT_RULES.map((r) => r.name).sort());
	});
});

describe('the content guard on files (what the build runs)', () => {
	function project(files: Record<string, string>) {
		const root = mkdtempSync(join(tmpdir(), 'nk-guard-'));
		cpSync('content/stages.yaml', join(root, 'content/stages.yaml'));
		// The fixture lesson (cost-of-goods at hitung-hpp) is registered, as `npm run register` would write it.
		for (const [path, text] of Object.entries({ 'content/lesson-register.yaml': 'published:\n  cost-of-goods: hitung-hpp\n', ...files })) {
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

	it('fails on a lesson missing from the lesson register, and on a missing register', () => {
		const [id, en] = pair();
		const files = { [id!.file]: mdx(id!), [en!.file]: mdx(en!) };
		expect(validateContentAt(project(files))).toEqual([]);
		expect(validateContentAt(project({ ...files, 'content/lesson-register.yaml': 'published: {}\n' }))).toEqual([expect.objectContaining({ rule: 'lesson-register', message: expect.stringContaining('npm run register') })]);
		const root = project(files);
		rmSync(join(root, 'content/lesson-register.yaml'));
		expect(validateContentAt(root)).toEqual([expect.objectContaining({ file: 'content/lesson-register.yaml', message: expect.stringContaining('the lesson register is missing') })]);
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
