import { describe, expect, it } from 'vitest';
import { readAllContent, readCatalogue, impossibleFrontmatterDates, parseYamlText } from './read-content.ts';
import { formatContentErrors } from './content-errors.ts';

// A corpus of files that cannot be read at all: each must be refused with its file and line, never a stack trace.
const FIXTURES = 'src/core/catalogue/fixtures/unreadable';

describe('unreadable content files', () => {
	const { parseErrors, programs, lessons } = readAllContent(FIXTURES);
	const at = (file: string) => parseErrors.find((e) => e.file === file);

	it('names the file and line of a YAML syntax error in a program', () => {
		expect(at('content/programs/broken-yaml.yaml')).toMatchObject({ line: 5, message: expect.stringMatching(/^the YAML is not valid on line 5: .*indent/) });
		expect(at('content/paths/tab-indent.yaml')).toMatchObject({ line: 4, message: expect.stringContaining('Tabs are not allowed') });
		// A file that cannot be read is left out, not half-read.
		expect(programs).toEqual([]);
	});

	it('names the file and line of a file not saved as UTF-8', () => {
		expect(at('content/programs/latin1.yaml')).toMatchObject({ line: 2, message: expect.stringContaining('not saved as UTF-8') });
		expect(at('src/content/docs/belajar/latin1.mdx')).toMatchObject({ line: 7, message: expect.stringContaining('UTF-8') });
		// A page that is not a lesson (home, a guide) too.
		expect(at('src/content/docs/panduan-latin1.mdx')).toMatchObject({ line: 5, message: expect.stringContaining('UTF-8') });
	});

	it('names the file and line of broken lesson frontmatter and of an impossible unquoted date', () => {
		expect(at('src/content/docs/belajar/broken-frontmatter.mdx')).toMatchObject({ line: 4, message: expect.stringContaining('frontmatter is not valid YAML') });
		expect(at('src/content/docs/belajar/impossible-date.mdx')).toMatchObject({ line: 4, message: expect.stringContaining('2026-02-30 is not a day of the calendar') });
		expect(lessons).toEqual([]);
	});

	it('prints file:line in the error block, and the typed reader throws the same block', () => {
		expect(formatContentErrors(parseErrors)).toContain('✖ content/programs/broken-yaml.yaml:5');
		expect(() => readCatalogue(FIXTURES)).toThrow(/content\/programs\/latin1\.yaml:2/);
	});
});

describe('helpers', () => {
	it('finds only unquoted impossible dates in the frontmatter', () => {
		const text = '---\nupdated: 2026-02-30\nchecked: "2026-02-31"\nok: 2024-02-29\nsources:\n  - 2025-13-01\n---\n2026-02-30 in the body\n';
		expect(impossibleFrontmatterDates(text)).toEqual([
			{ line: 2, date: '2026-02-30' },
			{ line: 6, date: '2025-13-01' },
		]);
	});
	it('parses valid YAML untouched', () => {
		expect(parseYamlText('a: 2026-02-30\nb: [1, 2]\n')).toEqual({ a: '2026-02-30', b: [1, 2] });
	});
	it('reads the real curriculum without a read error', () => {
		expect(readAllContent('.').parseErrors).toEqual([]);
	});
});
