import { describe, expect, it } from 'vitest';
import { json, lessonSlugs, sourceLessons } from '../../../tests/support/dist.ts';
import { lessonsApiSchema, pathsApiSchema, programsApiSchema, stagesApiSchema } from './api-schema.ts';
import { STAGES } from '../../core/schemas/vocabulary.ts';

const parse = <T>(schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: unknown[] }; data?: T } }, data: unknown) => {
	const r = schema.safeParse(data);
	if (!r.success) throw new Error(JSON.stringify(r.error!.issues.slice(0, 5), null, 1));
	return r.data as T;
};

describe('/api/v1 for program makers', () => {
	it('lessons.json matches its schema and lists every lesson with both languages', () => {
		const data = parse<{ lessons: { id: string; url: { id: string; en: string } }[] }>(lessonsApiSchema, json('api/v1/lessons.json'));
		expect(data.lessons).toHaveLength(lessonSlugs().length);
		const ids = new Set(sourceLessons().map((l) => l.lessonId));
		for (const l of data.lessons) {
			expect(ids.has(l.id)).toBe(true);
			expect(l.url.en).toMatch(/\/en\/belajar\/[a-z0-9-]+\/$/);
		}
	});

	it('stages.json lists the six stages in order', () => {
		const data = parse<{ stages: { id: string }[] }>(stagesApiSchema, json('api/v1/stages.json'));
		expect(data.stages.map((s) => s.id)).toEqual([...STAGES]);
	});

	it('paths.json and programs.json match their schemas', () => {
		parse(pathsApiSchema, json('api/v1/paths.json'));
		const programs = parse<{ programs: { id: string; url: { id: string } }[] }>(programsApiSchema, json('api/v1/programs.json'));
		expect(programs.programs.length).toBeGreaterThan(0);
	});

	it('publishes the JSON Schemas', () => {
		for (const name of ['lessons', 'stages', 'paths', 'programs', 'program', 'receipt']) {
			const schema = json(`api/v1/schema/${name}.json`);
			expect(schema.$schema).toMatch(/json-schema/);
			expect(schema.type).toBe('object');
		}
	});
});
