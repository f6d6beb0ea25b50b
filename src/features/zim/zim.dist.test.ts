/**
 * The offline library file (.cache/zim/naik-kelas.zim, written by `npm run zim` after the build; `npm test` does it):
 * zimcheck runs every check and finds no error, and the file holds the home pages and the lessons of both languages.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { sourceCatalogue } from '../../../tests/support/dist.ts';
import { urls } from '../../core/urls.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';
import { entryOf } from './zim-links.ts';

const ZIM = '.cache/zim/naik-kelas.zim';

describe('the ZIM file', () => {
	it('exists (npm run zim) and passes zimcheck with every check on and no error', () => {
		expect(existsSync(ZIM), 'run npm run zim after the build').toBe(true);
		const check = spawnSync('zimcheck', ['-A', ZIM], { encoding: 'utf8' });
		expect(check.status, check.stdout.slice(-3000)).toBe(0);
		console.log(`ZIM ${ZIM}: ${(statSync(ZIM).size / 1024 / 1024).toFixed(1)} MB`);
	});

	it('holds the home page and every lesson of both languages, and a full-text index that finds them', () => {
		const lesson = (path: string) => spawnSync('zimdump', ['show', `--url=${entryOf(path)}`, ZIM], { encoding: 'utf8' });
		for (const lang of LANGS) {
			expect(lesson(urls.home(lang)).status, urls.home(lang)).toBe(0);
			for (const l of sourceCatalogue().lessons[lang].values()) {
				const shown = lesson(urls.lesson(lang, l.slug));
				expect(shown.status, urls.lesson(lang, l.slug)).toBe(0);
			}
		}
		const info = spawnSync('zimdump', ['info', ZIM], { encoding: 'utf8' }).stdout;
		expect(info).toMatch(/main page/i);
		// Kiwix's search reads the full-text index zimwriterfs wrote: a word finds the lesson.
		const found = spawnSync('zimsearch', [ZIM, 'HPP'], { encoding: 'utf8' }).stdout;
		expect(found).toContain((sourceCatalogue().lessons.id.get('cost-of-goods')!.data as { title: string }).title);
	});
});
