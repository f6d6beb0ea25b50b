import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { docsLang, headingLinksPlugin, headingWithLink } from './heading-links-plugin.ts';

const h2 = { type: 'element', tagName: 'h2', properties: { id: 'langkah' }, children: [{ type: 'text', value: 'Langkah' }] };

describe('heading links', () => {
	it("are Starlight's markup with the icon as an empty, hidden element the stylesheet draws", () => {
		const html = toHtml(headingWithLink(h2, 'langkah', 'Langkah', 'id') as unknown as Root);
		expect(html).toBe(
			'<div class="sl-heading-wrapper level-h2"><h2 id="langkah">Langkah</h2><a class="sl-anchor-link" href="#langkah">' +
				'<span aria-hidden="true" class="sl-anchor-icon"><span class="nk-icon nk-icon--link-alt"></span></span>' +
				'<span class="sr-only" data-pagefind-ignore>Bagian berjudul “Langkah”</span></a></div>',
		);
		expect(html).not.toContain('<svg');
	});

	it("name the section in the page's language", () => {
		expect(toHtml(headingWithLink(h2, 'steps', 'Steps', 'en') as unknown as Root)).toContain('<span class="sr-only" data-pagefind-ignore>Section titled “Steps”</span>');
	});

	it('apply to the docs collection, in the language of its folder', () => {
		expect(docsLang('/x/naik-kelas/src/content/docs/belajar/hitung-hpp.mdx')).toBe('id');
		expect(docsLang('/x/naik-kelas/src/content/docs/en/belajar/hitung-hpp.mdx')).toBe('en');
		expect(docsLang('/x/naik-kelas/src/content/docs/entah.mdx')).toBe('id');
		expect(docsLang('/x/naik-kelas/content/programs/a.mdx')).toBeNull();
		expect(headingLinksPlugin({ fileURL: new URL('file:///x/content/programs/a.mdx') })).toBeUndefined();
		expect(headingLinksPlugin({ fileURL: new URL('file:///x/src/content/docs/en/a.mdx') })).toHaveLength(2);
	});
});
