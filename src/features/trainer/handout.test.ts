import { describe, expect, it } from 'vitest';
import { handoutHtml } from './handout.ts';

const LESSON = [
	`<div class="nk-objectives"><p>Tujuan</p></div>`,
	`<div class="sl-heading-wrapper level-h2"><h2 id="langkah">Langkah</h2><a class="sl-anchor-link" href="#langkah"><span>#</span></a></div>`,
	`<ol role="list" class="sl-steps"><li>Satu</li><li>Dua</li></ol>`,
	`<aside class="nk-trainer-note" data-pagefind-ignore><p>Catatan.</p></aside>`,
	`<h2 id="praktik">Praktik</h2>`,
	`<nk-practice class="nk-practice"><ul class="nk-checklist"><li>a</li></ul><div class="nk-write-lines" aria-hidden="true"><p>Tulis di sini:</p></div></nk-practice>`,
	`<script type="module" src="/_astro/Practice.js"></script>`,
	`<h2 id="cek">Cek pemahaman</h2>`,
	`<nk-self-check class="nk-self-check"><fieldset class="nk-q"><legend>1. Soal?</legend><div class="nk-opt" data-correct="true"><input type="radio"><label>A</label><p class="nk-explain" role="status"><strong>Benar!</strong> Karena.</p></div></fieldset><div class="nk-answer-key"><p><strong>Kunci</strong></p><ol><li>A</li></ol></div></nk-self-check>`,
	`<script type="module" src="/_astro/SelfCheck.js"></script>`,
	`<h2 id="selanjutnya">Selanjutnya</h2>`,
	`<div class="nk-what-next"><a href="/jalur/">Jalur</a></div>`,
].join('\n');

describe('handout HTML', () => {
	const out = handoutHtml(LESSON);

	it('is the lesson without what paper cannot use, exactly: the blocks kept, one per line', () => {
		expect(out.split('\n')).toEqual([
			LESSON.split('\n')[0],
			'<h2 id="langkah">Langkah</h2>',
			...LESSON.split('\n').slice(2, 6),
			'<h2 id="cek">Cek pemahaman</h2>',
			'<nk-self-check class="nk-self-check"><fieldset class="nk-q"><legend>1. Soal?</legend><div class="nk-opt" data-correct="true"><input type="radio"><label>A</label></div></fieldset></nk-self-check>',
		]);
	});

	it('drops a top-level block that is itself feedback or an answer key, and keeps a class that only starts the same', () => {
		expect(handoutHtml('<p>a</p>\n<div class="nk-answer-key">A</div>\n<p class="nk-explainer">b</p>')).toBe('<p>a</p>\n\n<p class="nk-explainer">b</p>');
	});

	it('keeps every section up to the self-check, with the steps and the worksheet', () => {
		for (const keep of ['nk-objectives', '<h2 id="langkah">Langkah</h2>', 'sl-steps', 'nk-write-lines', '<h2 id="cek">', 'nk-q']) expect(out).toContain(keep);
	});

	it('keeps trainer notes in the page (hidden by CSS until asked for)', () => {
		expect(out).toContain('nk-trainer-note');
	});

	it('drops "what next" with its now-empty heading, every script, the feedback and the inline answer key', () => {
		for (const gone of ['nk-what-next', 'Selanjutnya', '<script', 'nk-explain', 'Karena.', 'nk-answer-key', 'sl-anchor-link']) expect(out).not.toContain(gone);
	});
});

describe('removing the feedback and the answer key from a handout', () => {
	it('removes the element and everything inside it, wherever it is', () => {
		const html = `<nk-self-check class="nk-self-check"><fieldset class="nk-q"><div class="nk-opt" data-correct="true"><label>A</label><p class="nk-explain" role="status"><strong>Benar!</strong> Karena.</p></div></fieldset><div class="nk-answer-key"><p><strong>Kunci</strong></p><ol><li>A</li></ol></div></nk-self-check>`;
		expect(handoutHtml(html)).toBe(`<nk-self-check class="nk-self-check"><fieldset class="nk-q"><div class="nk-opt" data-correct="true"><label>A</label></div></fieldset></nk-self-check>`);
		expect(handoutHtml('<p class="nk-explainer">stay</p>')).toBe('<p class="nk-explainer">stay</p>');
	});
});
