import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mirrorNotFoundPage } from './not-found-page.ts';

describe('mirrorNotFoundPage', () => {
	it('puts the not-found page at /404/ once, and leaves a page already there alone', () => {
		const dist = mkdtempSync(join(tmpdir(), 'nk-404-'));
		expect(mirrorNotFoundPage(dist)).toEqual([]);
		writeFileSync(join(dist, '404.html'), '<p>tidak ditemukan</p>');
		expect(mirrorNotFoundPage(dist)).toEqual(['/404/index.html']);
		expect(readFileSync(join(dist, '404', 'index.html'), 'utf8')).toBe('<p>tidak ditemukan</p>');
		writeFileSync(join(dist, '404.html'), '<p>changed</p>');
		expect(mirrorNotFoundPage(dist)).toEqual([]);
		expect(readFileSync(join(dist, '404', 'index.html'), 'utf8')).toBe('<p>tidak ditemukan</p>');
	});

	it('puts the English not-found page at /en/404.html, where hosts look for the nearest 404.html', () => {
		const dist = mkdtempSync(join(tmpdir(), 'nk-404-'));
		mkdirSync(join(dist, 'en', '404'), { recursive: true });
		writeFileSync(join(dist, 'en', '404', 'index.html'), '<p>not found</p>');
		expect(mirrorNotFoundPage(dist)).toEqual(['/en/404.html']);
		expect(readFileSync(join(dist, 'en', '404.html'), 'utf8')).toBe('<p>not found</p>');
	});
});
