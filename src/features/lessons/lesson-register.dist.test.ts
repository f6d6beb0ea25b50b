/**
 * Every address in content/lesson-register.yaml works in the built site, forever: each published lesson at
 * /belajar/<slug>/ and its permanent link /l/<id>/ in both languages, each old slug of a renamed lesson, and each
 * retired lesson's slug and permanent link, forwarding to the lesson that replaced it.
 */
import { describe, expect, it } from 'vitest';
import { exists, html, htmlLang } from '../../../tests/support/dist.ts';
import { readLessonRegister } from '../../core/catalogue/read-content.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';
import { langPrefix } from '../../core/locales.ts';

const register = readLessonRegister('.');
const forwardsTo = (page: string) => /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html(page))?.[1];

describe('the lesson register in the built site', () => {
	it('lists the lessons (it is not empty)', () => {
		expect(Object.keys(register.published).length).toBeGreaterThan(10);
	});
	for (const lang of LANGS) {
		const p = langPrefix(lang);
		it(`every published lesson is at its slug and its permanent link forwards there (${lang})`, () => {
			const problems: string[] = [];
			for (const [id, slug] of Object.entries(register.published)) {
				if (!exists(`${p}/belajar/${slug}/`) || htmlLang(html(`${p}/belajar/${slug}/`)) !== lang) problems.push(`${p}/belajar/${slug}/ is not a ${lang} lesson page`);
				else if (!exists(`${p}/l/${id}/`) || forwardsTo(`${p}/l/${id}/`) !== `${p}/belajar/${slug}/`) problems.push(`${p}/l/${id}/ does not forward to ${p}/belajar/${slug}/`);
			}
			expect(problems, problems.join('\n')).toEqual([]);
		});
		it(`every old slug forwards to where its lesson lives now (${lang})`, () => {
			for (const [old, id] of Object.entries(register.moved)) expect(exists(`${p}/belajar/${old}/`) ? forwardsTo(`${p}/belajar/${old}/`) : 'missing', old).toBe(`${p}/belajar/${register.published[id]}/`);
		});
		it(`every retired lesson's slug and permanent link forward to the lesson that replaced it (${lang})`, () => {
			for (const [id, { slug, replacedBy }] of Object.entries(register.retired)) {
				const to = `${p}/belajar/${register.published[replacedBy]}/`;
				expect(exists(`${p}/belajar/${slug}/`) ? forwardsTo(`${p}/belajar/${slug}/`) : 'missing', slug).toBe(to);
				expect(exists(`${p}/l/${id}/`) ? forwardsTo(`${p}/l/${id}/`) : 'missing', id).toBe(to);
			}
		});
	}
});
