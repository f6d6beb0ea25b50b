import type { CrossFileRule } from '../rule.ts';
import type { ContentError } from '../../../core/catalogue/content-errors.ts';
import { lessonProse, lineAt } from '../lesson-prose.ts';
import type { Lang } from '../../../core/schemas/vocabulary.ts';

/** The language whose number style this rule holds pages to (its tag, as the lesson files and glossary use it). */
const INDONESIAN: Lang = 'id';

/** A number with a percent sign, with whatever sits between them. */
const PERCENT = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*([ \u00a0\u202f]?)%/gu;

/** What is wrong with one percentage in Indonesian text, or nothing: "38,2 %" is right; "38.2%", "38,2%", "20%" are not. */
export function percentProblem(found: string): string | undefined {
	const [, space] = /^[\d.,]+([ \u00a0\u202f]?)%$/.exec(found) ?? [];
	const decimalPoint = /\d\.\d{1,2}(?!\d)/.test(found);
	if (!decimalPoint && space) return undefined;
	const right = found.replace(/[ \u00a0\u202f]?%$/, ' %').replace(/(\d)\.(\d{1,2})(?!\d)/, '$1,$2');
	return `Indonesian text writes percentages with a decimal comma and a space before %: "${right}", not "${found}"`;
}

/** Every string in a frontmatter value with its dotted field path. */
function strings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}

/** The Indonesian texts of a data file: every `id` of an object that also has `en` (a bilingual text), with its path. */
function indonesianTexts(value: unknown, path: string): [string, string][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => indonesianTexts(v, `${path}.${i}`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (typeof record[INDONESIAN] === 'string' && 'en' in record) return [[`${path}.${INDONESIAN}`, record[INDONESIAN] as string]];
	return Object.entries(record).flatMap(([k, v]) => indonesianTexts(v, path ? `${path}.${k}` : k));
}

function check(file: string, field: (offset: number) => string, text: string): ContentError[] {
	return [...text.matchAll(PERCENT)].flatMap((m) => {
		const message = percentProblem(m[0]);
		return message ? [{ file, field: field(m.index), value: m[0], message }] : [];
	});
}

export const indonesianPercent: CrossFileRule = {
	name: 'indonesian-percent',
	description: 'Indonesian lessons and the Indonesian text of content/ write percentages as "38,2 %" (decimal comma, space before %), not "38.2%" or "20%".',
	scope: 'content',
	check({ lessons, glossary, paths, programs, workshops, stages }) {
		return [
			...lessons
				.filter((l) => l.lang === INDONESIAN)
				.flatMap((l) => [
					...strings(l.data, '').flatMap(([field, text]) => check(l.file, () => field, text)),
					...check(l.file, (offset) => `(body, line ${lineAt(l.body, offset)})`, lessonProse(l.body, { keepTags: true })),
				]),
			...[...glossary, ...paths, ...programs, ...workshops, ...stages].flatMap((f) => indonesianTexts(f.data, '').flatMap(([field, text]) => check(f.file, () => field, text))),
		];
	},
};
