import { describe, expect, it } from 'vitest';
import { makePhrasingValid } from './code-block-plugin.ts';
import { parseFragment, select, toHtml, type Element } from '../../core/html/html.ts';

/** The shape Expressive Code's frames plugin renders (one line, the copy button). */
const BLOCK =
	'<figure class="frame"><pre><code><div class="ec-line"><div class="gutter"><div>1</div></div><div class="code"><span>Nama produk</span></div></div></code></pre>' +
	'<div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-code="x"><div></div></button></div></figure>';

describe('code blocks as valid HTML', () => {
	it('turns every div inside <code> and <button> into a span, and leaves the divs outside alone', () => {
		const figure = select('figure', parseFragment(BLOCK)) as Element;
		makePhrasingValid(figure);
		const html = toHtml(figure);
		expect(html).toContain('<code><span class="ec-line"><span class="gutter"><span>1</span></span><span class="code"><span>Nama produk</span></span></span></code>');
		expect(html).toContain('<div class="copy"><div aria-live="polite"></div>');
		expect(html).toMatch(/<button[^>]*><span><\/span><\/button>/);
	});
	it('names the copy button with its title, without replacing a name it already has', () => {
		const figure = select('figure', parseFragment(BLOCK)) as Element;
		makePhrasingValid(figure);
		expect(toHtml(figure)).toContain('aria-label="Copy to clipboard"');
		const named = select('button', parseFragment('<button title="a" aria-label="b"></button>')) as Element;
		makePhrasingValid(named);
		expect(named.properties.ariaLabel).toBe('b');
	});
});
