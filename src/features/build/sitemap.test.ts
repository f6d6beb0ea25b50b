import { describe, expect, it } from 'vitest';
import { inSitemap } from './sitemap.ts';

describe('inSitemap', () => {
	it('keeps the pages people search for, in both languages', () => {
		for (const path of ['/', '/en/', '/belajar/hitung-hpp/', '/en/belajar/hitung-hpp/', '/jalur/dasar/', '/program/', '/pelatih/', '/pelatih/harga-dan-untung/', '/pelatih/evaluasi/', '/mulai/']) {
			expect(inSitemap(path), path).toBe(true);
		}
		expect(inSitemap('https://naik-kelas.pages.dev/en/program/umkm-go-online/')).toBe(true);
	});

	it('leaves out other views of a page, permanent links and the offline fallback', () => {
		for (const path of ['/slide/hitung-hpp/', '/en/slide/hitung-hpp/', '/cetak/hitung-hpp/', '/en/cetak/hitung-hpp/', '/l/cost-of-goods/', '/en/l/cost-of-goods/', '/pelatih/harga-dan-untung/cetak/', '/en/pelatih/harga-dan-untung/cetak/', '/offline/', '/en/offline/']) {
			expect(inSitemap(path), path).toBe(false);
		}
		expect(inSitemap('https://naik-kelas.pages.dev/slide/hitung-hpp/')).toBe(false);
	});

	it('leaves out the not-found pages and the menu\'s "Continue" forwarder, not lessons named like them', () => {
		for (const path of ['/404/', '/en/404/', '/lanjut/', '/en/lanjut/']) expect(inSitemap(path), path).toBe(false);
		expect(inSitemap('/belajar/lanjut-jualan/')).toBe(true);
	});

	it('does not match a lesson whose slug merely starts like an excluded section', () => {
		expect(inSitemap('/belajar/cetak-label/')).toBe(true);
		expect(inSitemap('/belajar/slide-promosi/')).toBe(true);
	});
});
