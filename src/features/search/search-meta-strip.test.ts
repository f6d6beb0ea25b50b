import { describe, expect, it } from 'vitest';
import { SEARCH_META_MARK, stripSearchMeta } from './search-meta-strip.ts';

const block =
	'<div hidden data-pagefind-ignore data-nk-search-meta><span data-pagefind-filter="kind[data-v]" data-v="Pelajaran"></span>' +
	'<span data-pagefind-filter="stage[data-v]" data-v="Tahap 3: Jualan lewat chat &amp; medsos"></span>' +
	'<span data-pagefind-meta="words[data-v]" data-v="apa gimana > kenapa"></span></div>';

describe('stripSearchMeta', () => {
	it('takes the block out and leaves the page around it as it was', () => {
		const page = `<main><h1 id="_top">Judul</h1>${block}<p class="nk-lesson-meta">12 menit</p></main>`;
		expect(stripSearchMeta(page)).toBe('<main><h1 id="_top">Judul</h1><p class="nk-lesson-meta">12 menit</p></main>');
	});

	it('takes out every block, with or without whitespace between the spans', () => {
		const spaced = block.replaceAll('<span', '\n\t<span').replace('</div>', '\n</div>');
		const out = stripSearchMeta(`<a>${block}</a><b>${spaced}</b>`);
		expect(out).toBe('<a></a><b></b>');
		expect(out).not.toContain(SEARCH_META_MARK);
	});

	it('leaves a block with anything but empty spans in it (the build step then fails, naming the page)', () => {
		const odd = block.replace('</div>', '<p>teks</p></div>');
		expect(stripSearchMeta(odd)).toContain(SEARCH_META_MARK);
	});

	it('leaves pages without a block untouched', () => {
		const page = '<main><p data-v="x">Tidak ada</p></main>';
		expect(stripSearchMeta(page)).toBe(page);
	});
});
