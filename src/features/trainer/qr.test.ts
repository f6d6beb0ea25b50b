import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';
import { decodeQrSvg as decodeSvg } from '../../../tests/support/qr.ts';

describe('QR codes', () => {
	it('decode back to the exact URL', async () => {
		const url = 'https://naik-kelas.pages.dev/en/belajar/harga-jual-dan-biaya-platform/';
		expect(await decodeSvg(qrSvg(url))).toBe(url);
	});

	it('are small, with a quiet zone and an accessible name when labelled', () => {
		const svg = qrSvg('https://naik-kelas.pages.dev/belajar/hitung-hpp/', { label: 'Kode QR: buka "pelajaran" ini' });
		expect(svg.length).toBeLessThan(5000);
		expect(svg).toMatch(/role="img" aria-label="Kode QR: buka &quot;pelajaran&quot; ini"/);
		const [, , w] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
		const first = /M(\d+) (\d+)/.exec(svg)!.slice(1).map(Number);
		expect(first).toEqual([4, 4]);
		expect(w).toBeGreaterThan(21 + 8 - 1);
	});

	it('are hidden from screen readers when they have no label', () => {
		expect(qrSvg('x')).toContain('aria-hidden="true"');
	});
});
