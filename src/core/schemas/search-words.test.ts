import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { searchWordsSchema } from './search-words.ts';

const file = parse(readFileSync('content/search/words.yaml', 'utf8'));
const issues = (data: unknown) => {
	const r = searchWordsSchema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const withId = (patch: object) => ({ ...file, id: { ...file.id, ...patch } });

describe('search word list schema', () => {
	it('accepts content/search/words.yaml', () => {
		expect(issues(file)).toEqual([]);
	});
	it('names the field of a bad word, a duplicate, a form that is also filler and an unknown audience', () => {
		expect(issues(withId({ filler: ['Gmn'] }))[0]).toMatch(/^id\.filler\.0: lower-case words/);
		expect(issues(withId({ keep: ['shopee', 'shopee'] }))).toEqual(['id.keep.1: "shopee" is listed twice']);
		expect(issues(withId({ forms: { gmn: 'bagaimana' }, filler: ['gmn'] }))).toEqual(['id.forms.gmn: "gmn" is also a filler word: keep it in one list']);
		expect(issues(withId({ audience: { mothers: ['ibu'] } })).join()).toMatch(/^id\.audience/);
	});
	it('needs every language', () => {
		expect(issues({ id: file.id }).join()).toMatch(/^en/);
	});
});
