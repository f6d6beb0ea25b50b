import { describe, expect, it } from 'vitest';
import { leftoverText, visibleText } from './shipped-text-check.ts';

describe('leftoverText', () => {
	it('passes a finished page', () => {
		expect(leftoverText('<main><h1>Hitung HPP</h1><p>Modal per barang.</p><script>const TODO_LIST = 1</script></main>')).toEqual([]);
	});
	it('finds template placeholders and filler in the visible text', () => {
		expect(leftoverText('<p>Tulis PRODUCT_NAME di sini.</p><p>Lorem ipsum dolor</p><p>TODO: foto</p>')).toEqual(['Lorem ipsum', 'TODO', 'PRODUCT_NAME']);
	});
	it('finds build markers that were never filled in, even in attributes', () => {
		expect(leftoverText('<nk-save-path data-manifest="__NK_SAVE_MANIFEST__"></nk-save-path><span>__NK_PAGE_SIZE__</span>')).toEqual(['__NK_SAVE_MANIFEST__', '__NK_PAGE_SIZE__']);
	});
	it('ignores code samples, where authors may show a placeholder on purpose', () => {
		expect(visibleText('<p>a</p><pre>STAGE_ID</pre><code>LESSON_ID</code>')).not.toMatch(/_ID/);
	});
});
