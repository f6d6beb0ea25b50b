import { describe, expect, it } from 'vitest';
import { balancedParts, chunkSection, eagerImages, lessonBlocks, sumNoteFacts, splitLesson, topLevelBlocks, withoutBlocks } from './slides.ts';
import { textOf, unwrapHeadings } from '../../core/html/html.ts';

/** A heading as Starlight renders it in MDX content. */
const h2 = (id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16"><path d="m1 1"></path></svg></span><span class="sr-only">Section titled “${text}”</span></a></div>`;
const p = (text: string) => `<p>${text}</p>`;
const list = (n: number, tag = 'ol', attrs = ' role="list" class="sl-steps"') =>
	`<${tag}${attrs}>\n${Array.from({ length: n }, (_, i) => `<li><strong>Langkah ${i + 1}.</strong> Lakukan ini.</li>`).join('\n')}\n</${tag}>`;
const note = (text: string) => `<aside class="nk-trainer-note" data-pagefind-ignore><p class="nk-trainer-note__title">Catatan pelatih</p><p>${text}</p></aside>`;
const figure = `<figure class="nk-figure"><img src="/_astro/a.svg" width="480" height="260" alt="Dua foto toples > satu"><figcaption>Cahaya lembut.</figcaption></figure>`;

const LESSON = [
	`<div class="nk-objectives"><p class="nk-objectives__title">Setelah pelajaran ini:</p><ul><li>Satu</li></ul></div>`,
	h2('kenapa', 'Kenapa ini penting'),
	p('Bu Lina jualan sambal.'),
	`<aside class="nk-keyfact"><p>Fakta.</p><p class="nk-keyfact__source">Sumber: Somia CX 2024</p></aside>`,
	h2('langkah', 'Langkah-langkah'),
	list(7),
	note('Hitung bersama di papan.'),
	h2('cahaya', 'Cahaya lembut'),
	p('Cahaya dari jendela.'),
	figure,
	h2('praktik', 'Praktik'),
	`<nk-practice class="nk-practice" data-lesson="x"><p>Tugas</p></nk-practice>`,
	`<script type="module" src="/_astro/Practice.js"></script>`,
	h2('cek', 'Cek pemahaman'),
	`<nk-self-check class="nk-self-check"><fieldset class="nk-q"><legend>1. Soal?</legend></fieldset><div class="nk-answer-key">A</div></nk-self-check>`,
	`<script type="module" src="/_astro/SelfCheck.js"></script>`,
	h2('hitung', 'Hitung harga'),
	`<nk-profit-calculator class="nk-tool" data-lang="id"><p class="nk-tool__title">Kalkulator</p><form hidden><input name="hpp"></form></nk-profit-calculator>`,
	`<script type="module" src="/_astro/ProfitCalculator.js"></script>`,
	h2('selanjutnya', 'Selanjutnya'),
	`<div class="nk-what-next"><p><a href="/jalur/">Jalur</a></p></div>`,
].join('\n');

describe('reading rendered HTML', () => {
	it('splits a fragment into its top-level nodes, keeping nested and void elements inside', () => {
		const blocks = topLevelBlocks(`<p>a <img src="x" alt="1 > 0"> b</p>\n<div><div><p>deep</p></div></div>text<br><script>if (1 < 2) {}</script>`);
		expect(blocks.map((b) => b.tag)).toEqual(['p', 'div', '#text', 'br', 'script']);
		expect(blocks[1]!.html).toBe('<div><div><p>deep</p></div></div>');
		expect(blocks[4]!.html).toBe('<script>if (1 < 2) {}</script>');
	});

	it('drops Starlight heading wrappers and anchor links', () => {
		expect(unwrapHeadings(h2('a', 'Judul'))).toBe('<h2 id="a">Judul</h2>');
	});

	it('splits a lesson with its headings unwrapped from one parse, the same blocks as unwrapping and parsing again', () => {
		const twoParses = topLevelBlocks(unwrapHeadings(LESSON));
		const { html, blocks } = lessonBlocks(LESSON);
		expect(html).toBe(LESSON);
		expect(blocks.map((b) => [b.tag, b.html, textOf(b.node)])).toEqual(twoParses.map((b) => [b.tag, b.html, textOf(b.node)]));
		expect(blocks.filter((b) => b.tag === 'h2').map((b) => b.html)).toContain('<h2 id="kenapa">Kenapa ini penting</h2>');
	});

	it('parses twice, as written, when a heading wrapper sits inside another block', () => {
		const nested = `<div class="nk-box">${h2('dalam', 'Di dalam kotak')}<p>isi</p></div>${h2('luar', 'Di luar')}`;
		const { html, blocks } = lessonBlocks(nested);
		expect(html).toBe(unwrapHeadings(nested));
		expect(blocks.map((b) => b.html)).toEqual(['<div class="nk-box"><h2 id="dalam">Di dalam kotak</h2><p>isi</p></div>', '<h2 id="luar">Di luar</h2>']);
		expect(textOf(blocks[0]!.node)).toBe('Di dalam kotak isi');
	});

	it('reads visible text with entities decoded', () => {
		expect(textOf('<p>Rp15.000 &amp; <strong>ongkir</strong>&nbsp;gratis</p>')).toBe('Rp15.000 & ongkir gratis');
	});
});

describe('balanced list parts', () => {
	it('splits into the fewest near-equal parts', () => {
		expect(balancedParts(6, 6)).toEqual([6]);
		expect(balancedParts(7, 6)).toEqual([4, 3]);
		expect(balancedParts(12, 6)).toEqual([6, 6]);
		expect(balancedParts(13, 6)).toEqual([5, 4, 4]);
		expect(balancedParts(6, 6, 3)).toEqual([2, 2, 2]);
		expect(balancedParts(2, 6, 5)).toEqual([1, 1]);
	});
});

describe('splitting a lesson into slides', () => {
	const split = splitLesson(LESSON);

	it('makes one slide per section, leaving out the components shown elsewhere', () => {
		expect(split.slides.map((s) => s.title)).toEqual(['Kenapa ini penting', 'Langkah-langkah', 'Langkah-langkah', 'Cahaya lembut', 'Hitung harga']);
		const all = split.slides.map((s) => s.html).join('');
		for (const gone of ['nk-objectives', 'nk-practice', 'nk-self-check', 'nk-what-next', 'sl-anchor-link']) expect(all).not.toContain(gone);
	});

	it('splits a 7-step list into 4 + 3 and keeps the numbering going', () => {
		const [first, second] = split.slides.filter((s) => s.title === 'Langkah-langkah');
		expect(first!.part).toEqual({ index: 1, total: 2 });
		expect(first!.html.match(/<li>/g)).toHaveLength(4);
		expect(second!.html.match(/<li>/g)).toHaveLength(3);
		expect(second!.html).toMatch(/<ol role="list" class="sl-steps" start="5" style="--sl-steps-start: 4">/);
		expect(textOf(second!.html)).toMatch(/^Langkah 5\./);
	});

	it('moves trainer notes out of the slide into every slide of their section', () => {
		const steps = split.slides.filter((s) => s.title === 'Langkah-langkah');
		for (const s of steps) {
			expect(s.html).not.toContain('nk-trainer-note');
			expect(s.notes).toEqual([note('Hitung bersama di papan.')]);
		}
		expect(split.slides[0]!.notes).toEqual([]);
	});

	it('puts a short text beside its figure', () => {
		const slide = split.slides.find((s) => s.title === 'Cahaya lembut')!;
		expect(slide.layout).toBe('text-figure');
		expect(slide.text).toBe('<p>Cahaya dari jendela.</p>');
		expect(slide.media).toBe(figure);
	});

	it('keeps a tool alone on its slide and keeps its script, but drops the scripts of dropped components', () => {
		expect(split.slides.at(-1)!.layout).toBe('tool');
		expect(split.scripts).toEqual(['<script type="module" src="/_astro/ProfitCalculator.js"></script>']);
	});
});

describe('chunking one section', () => {
	it('splits a list of long items across slides even when it has few items', () => {
		const long = `<ol class="sl-steps">${Array.from({ length: 6 }, (_, i) => `<li>Langkah ${i + 1}. ${'kata '.repeat(60)}</li>`).join('')}</ol>`;
		const chunks = chunkSection(topLevelBlocks(long));
		expect(chunks.length).toBeGreaterThanOrEqual(3);
		expect(chunks.map((c) => c.html.match(/<li>/g)!.length).reduce((a, b) => a + b)).toBe(6);
	});

	const blocks = (html: string) => topLevelBlocks(html);

	it('starts a new slide after 3 paragraphs', () => {
		const chunks = chunkSection(blocks([1, 2, 3, 4].map((n) => p(`Paragraf ${n}.`)).join('')));
		expect(chunks.map((c) => c.html.match(/<p>/g)!.length)).toEqual([3, 1]);
	});

	it('starts a new slide when the text gets too long to read from the back of the room', () => {
		const long = 'kata '.repeat(90); // 450 characters
		const chunks = chunkSection(blocks(p(long) + p(long)));
		expect(chunks).toHaveLength(2);
	});

	it('ends a slide after a figure, and gives a figure its own slide after a long text', () => {
		const chunks = chunkSection(blocks(p('kata '.repeat(80)) + figure + p('Sesudah gambar.')));
		expect(chunks.map((c) => c.layout)).toEqual(['text', 'figure', 'text']);
	});

	it('carries a sub-heading or a "…:" lead-in over to the slide it introduces', () => {
		const chunks = chunkSection(blocks(p('Satu.') + p('Dua.') + p('Tiga.') + '<h3 id="x">Contoh</h3>' + p('Empat.') + list(4, 'ul', '') + p('Contoh pesan:') + list(4, 'ul', '')));
		expect(chunks).toHaveLength(3);
		expect(chunks[1]!.html).toMatch(/^<h3 id="x">Contoh<\/h3>/);
		expect(chunks[2]!.html).toMatch(/^<p>Contoh pesan:<\/p>/);
	});

	it('never makes an empty slide from a lone heading', () => {
		const chunks = chunkSection(blocks('<h3>Judul</h3>' + list(6, 'ul', '')));
		expect(chunks).toHaveLength(1);
	});
});

describe('dropping blocks', () => {
	it('removes a component and the script rendered after it', () => {
		const kept = withoutBlocks(topLevelBlocks(`<p>a</p><div class="nk-what-next">x</div><script src="w.js"></script><p>b</p><script src="keep.js"></script>`), ['nk-what-next']);
		expect(kept.map((b) => b.html).join('\n')).toBe('<p>a</p>\n<p>b</p>\n<script src="keep.js"></script>');
	});
});

describe('trainer note facts', () => {
	it("adds up the notes' minutes and materials (from their props)", () => {
		expect(sumNoteFacts([{ minutes: 15, materials: 'Kalkulator HP, lembar: hitung HPP' }, {}])).toEqual({ minutes: 15, materials: ['Kalkulator HP, lembar: hitung HPP'] });
		expect(sumNoteFacts([{}])).toEqual({ minutes: 0, materials: [] });
	});
});

describe('tables and short lead-ins', () => {
	const table = (rows: number) => `<table><thead><tr><th>Biaya</th><th>Jumlah</th></tr></thead><tbody>${Array.from({ length: rows }, (_, i) => `<tr><td>Bahan ${i}</td><td>Rp${i}.000</td></tr>`).join('')}</tbody></table>`;

	it('keeps a one-line introduction with the table it introduces', () => {
		const chunks = chunkSection(topLevelBlocks(p('Angka di bawah hanya contoh.') + table(6) + p('Satu batch jadi 20 botol.')));
		expect(chunks).toHaveLength(1);
	});

	it('gives a long table its own slide after enough text', () => {
		const chunks = chunkSection(topLevelBlocks(p('kata '.repeat(60)) + table(12)));
		expect(chunks).toHaveLength(2);
		expect(chunks[1]!.html).toMatch(/^<table>/);
	});
});

describe('interactive tools', () => {
	const checklist = '<nk-photo-checklist class="nk-photo-check"><ul class="nk-checklist"><li>a</li></ul></nk-photo-checklist>';

	it('a custom element (e.g. the photo checklist) gets a slide of its own, like a .nk-tool block', () => {
		const chunks = chunkSection(topLevelBlocks(p('Foto yang baik dimulai dari cahaya.') + checklist + p('Sesudahnya.')));
		expect(chunks.map((c) => c.layout)).toEqual(['text', 'tool', 'text']);
	});

	it('keeps the line that introduces a tool on the tool\'s slide', () => {
		const chunks = chunkSection(topLevelBlocks(p('Centang di daftar ini:') + checklist));
		expect(chunks).toHaveLength(1);
		expect(chunks[0]!.layout).toBe('tool');
	});
});

describe('images on slides', () => {
	it('load with the deck, not when their slide shows', () => {
		expect(eagerImages('<p>a</p><img src="/a.webp" alt="A" loading="lazy" decoding="async"><img src="/b.svg" alt="B">')).toBe('<p>a</p><img src="/a.webp" alt="A" loading="eager" decoding="async"><img src="/b.svg" alt="B">');
	});
});
