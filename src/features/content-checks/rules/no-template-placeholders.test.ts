import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { noTemplatePlaceholders as rule } from './no-template-placeholders.ts';
import { bodyOnly, lesson, parsed } from './test-lesson.ts';

describe(rule.name, () => {
	it('names the placeholders left in the text', () => {
		expect(rule.check(bodyOnly('## Judul\n\nTULIS_DI_SINI dan LANGKAH_SATU, lagi TULIS_DI_SINI\n'))).toEqual([
			expect.objectContaining({ file: 'x.mdx', field: '(body)', value: ['TULIS_DI_SINI', 'LANGKAH_SATU'] }),
		]);
	});

	it('names the placeholders left in the frontmatter', () => {
		const [l] = parsed({ lessons: [lesson({ title: 'JUDUL_PELAJARAN' })] }).lessons;
		expect(rule.check(l!)).toEqual([expect.objectContaining({ field: '(frontmatter)', value: ['JUDUL_PELAJARAN'] })]);
	});

	it('flags the lesson template as it is, and passes a written lesson', () => {
		const template = readFileSync('content/templates/lesson.mdx', 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
		expect(rule.check(bodyOnly(template))[0]?.value).toEqual(expect.arrayContaining(['KENAPA_INI_PENTING', 'LANGKAH_SATU']));
		expect(rule.check(parsed({ lessons: [lesson()] }).lessons[0]!)).toEqual([]);
		expect(rule.check(bodyOnly('Rp15.000 per HP, lewat WA dan COD.'))).toEqual([]);
	});
});
