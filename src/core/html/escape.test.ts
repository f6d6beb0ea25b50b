import { describe, expect, it } from 'vitest';
import { escapeText, jsonInHtml } from './escape.ts';
import { parseFragment, select, type Element } from './html.ts';

describe('escaping text written with set:html', () => {
	it('escapes a title so it reads back as the same words', () => {
		const title = 'Facebook & Instagram <baru>';
		expect(escapeText(title)).toBe('Facebook &amp; Instagram &lt;baru&gt;');
		const el = select('title', parseFragment(`<title>${escapeText(title)}</title>`)) as Element;
		expect(el.children[0]).toMatchObject({ type: 'text', value: title });
	});
	it('writes JSON with no raw &, < or > that parses back to the same value', () => {
		const value = { title: 'Kalkulator harga & untung', note: 'lebih dari <0>', nbsp: '38,2\u00a0%' };
		const json = jsonInHtml(value);
		expect(json).not.toMatch(/[&<>\u00a0]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});
