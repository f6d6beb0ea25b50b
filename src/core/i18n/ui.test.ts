import { describe, expect, it } from 'vitest';
import { LANGS, locales } from '../locales.ts';
import { ui } from './ui.ts';

/** Every key path of a strings object ("lesson.minutes"), with the kind of value it holds. */
function keys(value: unknown, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string' || Array.isArray(value)) {
		out.set(prefix, Array.isArray(value) ? `list of ${value.length}` : 'text');
		return out;
	}
	for (const [k, v] of Object.entries(value as object)) for (const [path, kind] of keys(v, prefix ? `${prefix}.${k}` : k)) out.set(path, kind);
	return out;
}

/** The `{name}` placeholders a text uses, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const lookup = (strings: unknown, path: string) => path.split('.').reduce<any>((o, k) => o?.[k], strings);

describe('ui strings', () => {
	const source = keys(ui[locales.root.lang]);

	it('has a strings file for every language of src/core/locales.ts', () => {
		expect(Object.keys(ui).sort()).toEqual([...LANGS].sort());
	});

	for (const lang of LANGS.filter((l) => l !== locales.root.lang)) {
		it(`src/core/i18n/strings/${lang}.ts has every key of the Indonesian source, no more, of the same kind`, () => {
			const found = keys(ui[lang]);
			const missing = [...source.keys()].filter((k) => !found.has(k));
			const extra = [...found.keys()].filter((k) => !source.has(k));
			const otherKind = [...source].filter(([k, kind]) => found.has(k) && found.get(k) !== kind).map(([k, kind]) => `${k} (${kind} in id.ts, ${found.get(k)} in ${lang}.ts)`);
			expect({ missing, extra, otherKind }).toEqual({ missing: [], extra: [], otherKind: [] });
		});

		it(`src/core/i18n/strings/${lang}.ts uses the same {placeholders} as the source`, () => {
			const differ = [...source]
				.filter(([, kind]) => kind === 'text')
				.map(([k]) => [k, placeholders(lookup(ui.id, k)), placeholders(lookup(ui[lang], k) ?? '')] as const)
				.filter(([, a, b]) => a.join() !== b.join())
				.map(([k, a, b]) => `${k}: {${a.join('}, {')}} in id.ts, {${b.join('}, {')}} in ${lang}.ts`);
			expect(differ).toEqual([]);
		});
	}

	it('has no empty text', () => {
		for (const lang of LANGS) {
			const empty = [...keys(ui[lang])].filter(([k, kind]) => kind === 'text' && lookup(ui[lang], k).trim() === '').map(([k]) => k);
			expect(empty, lang).toEqual([]);
		}
	});
});
