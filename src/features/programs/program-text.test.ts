import { describe, expect, it } from 'vitest';
import { codeSegments, hostOf, regionText, textOf } from './program-text.ts';

describe('program-text', () => {
	it('never shows the word unknown', () => {
		const words = { notKnown: 'Belum diketahui', free: 'Gratis', none: 'Tidak ada' };
		expect(textOf('unknown', 'id', words)).toBe('Belum diketahui');
		expect(textOf('free', 'id', words)).toBe('Gratis');
		expect(textOf('none', 'id', words)).toBe('Tidak ada');
		expect(textOf({ id: 'Beasiswa', en: 'Scholarship' }, 'en', words)).toBe('Scholarship');
		expect(regionText('unknown', { national: 'Nasional', notKnown: 'Belum diketahui' })).toBe('Belum diketahui');
		expect(regionText('national', { national: 'Nasional', notKnown: 'Belum diketahui' })).toBe('Nasional');
		expect(regionText('Bantul', { national: 'Nasional', notKnown: 'Belum diketahui' })).toBe('Bantul');
	});

	it('shortens a website to its host', () => {
		expect(hostOf('https://www.tumbu.co.id/kelas')).toBe('tumbu.co.id');
		expect(hostOf('not a url')).toBe('not a url');
	});

	it('splits `code` out of help text', () => {
		expect(codeSegments('Tulis `unknown` kalau `x`')).toEqual([
			{ code: false, text: 'Tulis ' },
			{ code: true, text: 'unknown' },
			{ code: false, text: ' kalau ' },
			{ code: true, text: 'x' },
		]);
		expect(codeSegments('plain')).toEqual([{ code: false, text: 'plain' }]);
	});
});
