import { describe, expect, it } from 'vitest';
import { checkImageAlts, languageOf } from './image-alt-check.ts';

describe('checkImageAlts', () => {
	it('passes images described in the page language, and decorative images marked as such', () => {
		const html = '<img src="/a.svg" alt="Foto produk di dekat jendela dengan cahaya yang lembut"><img src="/d.svg" alt="" aria-hidden="true"><img src="/e.svg" alt="" role="presentation">';
		expect(checkImageAlts(html, 'id')).toEqual([]);
	});
	it('fails an image without alt', () => {
		expect(checkImageAlts('<img src="/a.svg">', 'id')).toEqual([{ src: '/a.svg', reason: 'no alt attribute' }]);
	});
	it('fails an empty alt on an image that is not marked decorative', () => {
		expect(checkImageAlts('<img src="/a.svg" alt="">', 'en')[0]!.reason).toMatch(/empty alt/);
		expect(checkImageAlts('<img alt src="/b.svg">', 'en')[0]!.reason).toMatch(/empty alt/);
	});
	it('fails alt text left in the other language', () => {
		const idAlt = '<img src="/a.svg" alt="Foto produk di dekat jendela dengan cahaya yang lembut">';
		expect(checkImageAlts(idAlt, 'en')).toEqual([{ src: '/a.svg', reason: 'alt text reads as Indonesian on a en page: "Foto produk di dekat jendela dengan cahaya yang lembut"' }]);
		expect(checkImageAlts('<img src="/b.svg" alt="A product photo by the window with soft light">', 'id')[0]!.reason).toMatch(/English/);
	});
});

describe('languageOf', () => {
	it('is unsure about short or mixed text (names, numbers)', () => {
		expect(languageOf('Logo Naik Kelas')).toBeUndefined();
		expect(languageOf('QRIS')).toBeUndefined();
		expect(languageOf('Kalender konten untuk satu minggu dengan tiga unggahan')).toBe('id');
		expect(languageOf('A weekly content calendar with three posts for the shop')).toBe('en');
	});
});
