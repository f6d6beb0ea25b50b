import { describe, expect, it } from 'vitest';
import { webSourceChecked as rule } from './web-source-checked.ts';
import { pair, parsed } from './test-lesson.ts';

const seed = { title: 'Laporan Somia CX', seed: '004_6615246d18e62d82.txt', year: 2024 };
const check = (...sources: object[]) => rule.check(parsed({ lessons: pair({ sources: [seed, ...sources] }) }));

describe(rule.name, () => {
	it('asks a web source for its checked date, naming the file and field', () => {
		const errors = check({ title: 'OSS', url: 'https://oss.go.id/informasi/kbli' });
		expect(errors).toHaveLength(2); // one per language
		expect(errors[0]).toMatchObject({ file: 'src/content/docs/belajar/hitung-hpp.mdx', field: 'sources.1.checked', value: 'https://oss.go.id/informasi/kbli' });
		expect(errors[0]!.message).toMatch(/checked: YYYY-MM-DD.*unchecked: true/);
		expect(errors[0]!.severity).toBeUndefined();
	});

	it('accepts a checked date or an honest unchecked mark, not both', () => {
		expect(check({ title: 'OSS', url: 'https://oss.go.id/informasi/kbli', checked: '2026-12-01' })).toEqual([]);
		expect(check({ title: 'OSS', url: 'https://oss.go.id', unchecked: true })).toEqual([]);
		expect(check({ title: 'OSS', url: 'https://oss.go.id/a', checked: '2026-12-01', unchecked: true }).map((e) => e.field)).toEqual(['sources.1.unchecked', 'sources.1.unchecked']);
	});

	it('warns (never fails) when a checked source is a bare home page', () => {
		const errors = check({ title: 'WhatsApp', url: 'https://faq.whatsapp.com', checked: '2026-12-01' }, { title: 'Meta', url: 'https://www.facebook.com/help/', checked: '2026-12-01' });
		// Both languages of the lesson, each warned once per home page.
		expect(errors.map((e) => [e.field, e.severity])).toEqual([
			['sources.1.url', 'warning'],
			['sources.2.url', 'warning'],
			['sources.1.url', 'warning'],
			['sources.2.url', 'warning'],
		]);
		expect(check({ title: 'IASC', url: 'https://iasc.ojk.go.id/Guest', checked: '2026-12-01' })).toEqual([]);
	});

	it('refuses a checked date on a source without a url', () => {
		expect(check({ title: 'Buku', year: 2024, checked: '2026-12-01' }).map((e) => e.message)).toEqual([expect.stringMatching(/belong to a web source/), expect.stringMatching(/belong to a web source/)]);
	});
});
