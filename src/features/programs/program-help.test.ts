import { describe, expect, it } from 'vitest';
import { programSchema } from '../../core/schemas/program.ts';
import { PROGRAM_FIELD_HELP } from './program-help.ts';

describe('PROGRAM_FIELD_HELP', () => {
	it('explains every field of the program schema, and only those', () => {
		expect(Object.keys(PROGRAM_FIELD_HELP).sort()).toEqual(Object.keys(programSchema.shape).sort());
	});

	it('lists exactly the values the schema accepts for fields with a fixed set', () => {
		for (const [field, help] of Object.entries(PROGRAM_FIELD_HELP)) {
			const shape = programSchema.shape[field as keyof typeof programSchema.shape];
			for (const v of help.values ?? []) {
				const sample = /^(stages|topics|platforms|audience)$/.test(field) ? [v.value] : v.value;
				expect(shape.safeParse(sample).success, `${field}: ${v.value}`).toBe(true);
			}
			const acceptsUnknown = shape.safeParse('unknown').success || shape.safeParse(['unknown']).success;
			// A field that takes `unknown` but not any other word has `unknown` as a special value: the guide must say so.
			const special = acceptsUnknown && !shape.safeParse('nosuchvalue').success && !shape.safeParse(['nosuchvalue']).success;
			if (help.unknownAllowed) expect(acceptsUnknown, `${field} accepts unknown`).toBe(true);
			if (special) expect(help.unknownAllowed, `${field} unknownAllowed`).toBe(true);
		}
	});

	it('gives examples that the schema accepts for plain-value fields', () => {
		for (const field of ['id', 'name', 'organizer', 'orgType', 'archetype', 'delivery', 'cost', 'website', 'lastVerified', 'status'] as const) {
			expect(programSchema.shape[field].safeParse(PROGRAM_FIELD_HELP[field].example).success, field).toBe(true);
		}
	});
});

describe('content/templates/program.yaml', () => {
	it('is a valid program file once copied, and mentions every field', async () => {
		const { readFileSync } = await import('node:fs');
		const { parse } = await import('yaml');
		const text = readFileSync(new URL('../../../content/templates/program.yaml', import.meta.url), 'utf8');
		const data = parse(text);
		expect(programSchema.safeParse(data).error?.issues ?? []).toEqual([]);
		expect(Object.keys(data).sort()).toEqual(Object.keys(programSchema.shape).sort());
	});
});
