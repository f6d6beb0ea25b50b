/** A dated KeyFact tells the learner when it was checked, in her language. */
import { describe, expect, it } from 'vitest';
import { html } from '../../../tests/support/dist.ts';

describe('KeyFact with checked', () => {
	it('shows "dicek Desember 2026" / "checked December 2026" in a <time> after the source', () => {
		expect(html('belajar/pembayaran-aman-dan-setelah-tertipu/')).toMatch(/Sumber: OJK, situs IASC · <time datetime="2026-12">dicek Desember 2026<\/time>/);
		expect(html('en/belajar/pembayaran-aman-dan-setelah-tertipu/')).toMatch(/Source: OJK, IASC website · <time datetime="2026-12">checked December 2026<\/time>/);
	});

	it('leaves an undated KeyFact as it was', () => {
		const page = html('belajar/harga-jual-dan-biaya-platform/');
		expect(page).toMatch(/Sumber: Somia CX 2024<\/p>/);
		expect(page).not.toContain('nk-keyfact__stale');
	});
});
