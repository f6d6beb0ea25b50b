import { describe, expect, it } from 'vitest';
import { openLinksInNewTab } from './embed.ts';

describe('embed view links', () => {
	it('opens every link to another page in a new tab, without giving it the opener', () => {
		const out = openLinksInNewTab('<p><a href="/belajar/ongkir/">Ongkir</a> <a href="https://example.org/" rel="external">x</a> <a href="#langkah">langkah</a> <a>no href</a></p>');
		expect(out).toContain('<a href="/belajar/ongkir/" target="_blank" rel="noopener">Ongkir</a>');
		expect(out).toContain('<a href="https://example.org/" rel="noopener" target="_blank">x</a>');
		expect(out).toContain('<a href="#langkah">langkah</a>');
		expect(out).toContain('<a>no href</a>');
	});
});
