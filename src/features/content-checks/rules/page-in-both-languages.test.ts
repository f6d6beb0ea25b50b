import { describe, expect, it } from 'vitest';
import { pageInBothLanguages as rule } from './page-in-both-languages.ts';
import { parsed } from './test-lesson.ts';

const page = (lang: 'id' | 'en', rel: string) => ({ lang, rel, file: `src/content/docs/${lang === 'en' ? 'en/' : ''}${rel}` });

describe(rule.name, () => {
	it('names the page to add, either way; lessons are left to lesson-in-both-languages', () => {
		const errors = rule.check(parsed({ lessons: [], pages: [page('id', 'pelatih.mdx'), page('en', 'panduan/mulai.mdx'), page('id', 'belajar/x.mdx')] }));
		expect(errors).toEqual([
			expect.objectContaining({ file: 'src/content/docs/pelatih.mdx', field: '(page)', message: 'missing translation: add src/content/docs/en/pelatih.mdx' }),
			expect.objectContaining({ file: 'src/content/docs/en/panduan/mulai.mdx', message: 'missing translation: add src/content/docs/panduan/mulai.mdx' }),
		]);
	});

	it('passes pages in both languages', () => {
		expect(rule.check(parsed({ lessons: [], pages: [page('id', 'index.mdx'), page('en', 'index.mdx')] }))).toEqual([]);
	});
});
