import { describe, expect, it } from 'vitest';
import { escapeXml, previewImagePath, previewSvg, wrapTitle } from './social-preview.ts';

describe('previewImagePath', () => {
	it('gives lessons, paths and programs their own image, in their language', () => {
		expect(previewImagePath('/belajar/hitung-hpp/')).toBe('/og/belajar/hitung-hpp.png');
		expect(previewImagePath('/en/belajar/hitung-hpp/')).toBe('/og/en/belajar/hitung-hpp.png');
		expect(previewImagePath('/jalur/growth/')).toBe('/og/jalur/growth.png');
		expect(previewImagePath('/en/program/kampus-shopee/')).toBe('/og/en/program/kampus-shopee.png');
	});
	it('uses the site image for every other page', () => {
		expect(previewImagePath('/')).toBe('/og/site.png');
		expect(previewImagePath('/jalur/')).toBe('/og/site.png');
		expect(previewImagePath('/program/tambah/cara/')).toBe('/og/site.png');
		expect(previewImagePath('/en/mulai/')).toBe('/og/en/site.png');
	});
});

describe('wrapTitle', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapTitle('Cahaya untuk foto produk di rumah', 20, 3)).toEqual(['Cahaya untuk foto', 'produk di rumah']);
	});
	it('ends with an ellipsis when the title needs more lines', () => {
		const lines = wrapTitle('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', 10, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(lines.every((l) => l.length <= 10)).toBe(true);
	});
	it('cuts a single word longer than the line', () => {
		expect(wrapTitle('Supercalifragilistic', 10, 2)).toEqual(['Supercali…']);
	});
});

describe('previewSvg', () => {
	it('escapes text so a title with & or < stays a valid image', () => {
		const svg = previewSvg({ title: 'Harga & <untung> "BEP"', footer: 'Pelajaran · Q&A', site: 'naik-kelas.pages.dev' });
		expect(svg).toContain('Harga &amp; &lt;untung&gt; &quot;BEP&quot;');
		expect(svg).toContain('Pelajaran · Q&amp;A');
		expect(svg).not.toMatch(/<untung>/);
		expect(escapeXml('a&b')).toBe('a&amp;b');
	});
	it('uses only local fonts (no web font download)', () => {
		const svg = previewSvg({ title: 'T', footer: 'F', site: 's' });
		expect(svg).not.toMatch(/@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
		expect(svg).toContain('DejaVu Sans');
	});
});
