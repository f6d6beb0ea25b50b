/**
 * UI text lives in the strings files (src/core/i18n/strings/<lang>.ts), never in code: this walks the code and fails on
 * a choice of language written out (`lang === 'en' ? … : …`, any comparison with a literal language tag) and on text
 * written per language (`{ id: '…', en: '…' }`, `en: [ … ]`), naming the file and line. A third language then needs
 * no edit outside the locale config and its strings file. The few exceptions are listed below with the reason.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANG, LANGS } from '../locales.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Files allowed to hold per-language text or choices, and why. */
const EXCEPTIONS: Record<string, string> = {
	'src/features/build/image-alt-check.ts': 'build error message to authors, in English',
	'scripts/i18n-status.ts': 'console report for maintainers, in English',
	'scripts/new-lesson.ts': 'console message for maintainers, in English',
	'src/features/lessons/synthetic-lesson.ts': 'generates the bench corpus (fake lessons), not shown to learners',
	'src/features/search/search-synonyms.ts': 'search vocabulary per language (words people type), data for the index, not UI text',
	'src/features/search/search-suite.ts': 'the search quality suite: queries people type, per language (test data, not UI text)',
	'src/features/search/search-facets.ts': 'hidden keywords per language for the search index (data, not UI text); labels come from the strings',
	'src/features/tools/caption.ts': 'caption templates the tool writes for the seller, per language; runs in the browser, which should not load every UI string',
	'src/features/programs/ProgramLintExample.astro': 'an example program file with its bilingual fields, shown as data',
	'astro.config.mjs': 'the brand name, the same in every language',
};

const SCAN = ['src', 'scripts', 'astro.config.mjs'];
const SKIP = [/^src\/content\//, /^src\/core\/i18n\/strings\//, /^src\/core\/locales\.ts$/, /\.test\.ts$/, /\.d\.ts$/];

function files(path: string): string[] {
	const full = join(root, path);
	if (statSync(full).isFile()) return /\.(ts|astro|mjs|js)$/.test(path) && !SKIP.some((re) => re.test(path)) ? [path] : [];
	return readdirSync(full).flatMap((name) => files(`${path}/${name}`));
}

const tags = LANGS.join('|');
const RULES: { name: string; re: RegExp }[] = [
	{ name: 'a language chosen in code (compare with a locale from src/core/locales.ts or read t(lang))', re: new RegExp(`[!=]==\\s*(['"\`])(${tags})\\1|(['"\`])(${tags})\\3\\s*[!=]==`) },
	{ name: 'a helper that takes text per language (move the text to src/core/i18n/strings/<lang>.ts)', re: new RegExp(`\\(\\s*\\w+\\s*:\\s*string\\s*,\\s*(${LANGS.filter((l) => l !== DEFAULT_LANG).join('|')})\\s*:\\s*string\\s*\\)`) },
	{ name: 'text per language in code (move it to src/core/i18n/strings/<lang>.ts)', re: new RegExp(`\\b(${LANGS.filter((l) => l !== DEFAULT_LANG).join('|')}):\\s*(['"\`[{])`) },
];

/** Every line that breaks a rule, as "file:line: rule". */
export function inlineText(path: string, text: string): string[] {
	const found: string[] = [];
	text.split('\n').forEach((line, i) => {
		if (/^\s*(\*|\/\/)/.test(line)) return;
		for (const rule of RULES) if (rule.re.test(line)) found.push(`${path}:${i + 1}: ${rule.name}: ${line.trim().slice(0, 100)}`);
	});
	return found;
}

describe('no UI text in code', () => {
	it('finds a language ternary and a per-language pair', () => {
		expect(inlineText('x.astro', "const a = lang === 'en' ? 'Step' : 'Langkah';")).toHaveLength(1);
		expect(inlineText('x.ts', "const b = { id: 'Ya', en: 'Yes' };")).toHaveLength(1);
		expect(inlineText('x.ts', "const t = (id: string, en: string): Bilingual => ({ id, en });")).toHaveLength(1);
		expect(inlineText('x.ts', "const c = t(lang).lesson.minutes;")).toHaveLength(0);
		expect(inlineText('x.ts', "	// a comment may say lang === 'en'")).toHaveLength(0);
	});

	it('src/, scripts/ and astro.config.mjs hold no per-language text outside the strings files', () => {
		const all = SCAN.flatMap(files);
		expect(all.length).toBeGreaterThan(100);
		const found = all.filter((f) => !(f in EXCEPTIONS)).flatMap((f) => inlineText(f, readFileSync(join(root, f), 'utf8')));
		expect(found).toEqual([]);
	});

	it('lists only exceptions that still need it', () => {
		const stale = Object.keys(EXCEPTIONS).filter((f) => inlineText(f, readFileSync(join(root, f), 'utf8')).length === 0);
		expect(stale).toEqual([]);
	});
});
