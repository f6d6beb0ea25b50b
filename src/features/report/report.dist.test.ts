/**
 * "Report a mistake" in dist/: shown on lesson and program pages exactly when content/contact.yaml sets a way, with
 * only the configured ways, and never on other pages.
 */
import { describe, expect, it } from 'vitest';
import { html, sourceCatalogue } from '../../../tests/support/dist.ts';
import { readContact } from './contact.ts';
import { urls } from '../../core/urls.ts';
import { LANGS } from '../../core/schemas/vocabulary.ts';

const contact = readContact();
const configured = Object.values(contact).filter(Boolean).length;
const { lessons, programs } = sourceCatalogue();
const links = (page: string) => [...html(page).matchAll(/<section class="nk-report"[\s\S]*?<\/section>/g)].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!));

describe.each(LANGS)('report a mistake (%s)', (lang) => {
	it('appears on lesson and program pages with the configured ways only, and nowhere else', () => {
		const lesson = urls.lesson(lang, [...lessons[lang].values()][0]!.slug);
		const program = urls.program(lang, programs[0]!.id);
		for (const page of [lesson, program]) {
			const hrefs = links(page);
			expect(hrefs.length, page).toBe(configured);
			if (contact.email) expect(hrefs.some((h) => h.startsWith(`mailto:${contact.email}?`))).toBe(true);
			if (contact.whatsapp) expect(hrefs.some((h) => h.startsWith(`https://wa.me/${contact.whatsapp}?`))).toBe(true);
		}
		for (const page of [urls.home(lang), urls.programs(lang), urls.programMakers(lang)]) expect(links(page), page).toEqual([]);
	});
});
