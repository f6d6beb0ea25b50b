import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLessonText } from '../../core/catalogue/read-content.ts';
import { lessonFrontmatterSchema } from '../../core/schemas/lesson.ts';
import { PLACEHOLDER_PATTERN } from '../content-checks/content-check.ts';
import { syntheticLesson } from './synthetic-lesson.ts';

const template = readFileSync('content/templates/lesson.mdx', 'utf8');

describe('syntheticLesson', () => {
	const lesson = syntheticLesson(template, 41);
	it('fills the real template with valid frontmatter in both languages', () => {
		for (const lang of ['id', 'en'] as const) {
			const { data, body } = parseLessonText(lesson.text[lang]);
			const parsed = lessonFrontmatterSchema.safeParse(data);
			expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
			expect(body).toContain('<SelfCheck />');
			expect(lesson.text[lang].match(PLACEHOLDER_PATTERN)).toBeNull();
		}
	});
	it('shares the metadata between languages and differs in the title', () => {
		const id = lessonFrontmatterSchema.parse(parseLessonText(lesson.text.id).data);
		const en = lessonFrontmatterSchema.parse(parseLessonText(lesson.text.en).data);
		expect(id.lessonId).toBe('synthetic-42');
		expect(en.lessonId).toBe(id.lessonId);
		expect(en.stage).toBe(id.stage);
		expect(en.keywords).toEqual(id.keywords);
		expect(id.title).toMatch(/^Pelajaran uji 42/);
		expect(en.title).toMatch(/^Test lesson 42/);
		expect(lesson.slug).toBe('sintetis-42');
	});
	it('is deterministic and unique per lesson', () => {
		expect(syntheticLesson(template, 41)).toEqual(lesson);
		expect(syntheticLesson(template, 42).text.id).not.toBe(lesson.text.id);
	});
});
