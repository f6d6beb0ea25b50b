import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mirrorNotFoundPage } from './not-found-page.ts';

describe('mirrorNotFoundPage', () => {
	it('puts the not-found page at /404/ once, and leaves a page already there alone', () => {
		const dist = mkdtempSync(join(tmpdir(), 'nk-404-'));
		expect(mirrorNotFoundPage(dist)).toBe(false);
		writeFileSync(join(dist, '404.html'), '<p>tidak ditemukan</p>');
		expect(mirrorNotFoundPage(dist)).toBe(true);
		expect(readFileSync(join(dist, '404', 'index.html'), 'utf8')).toBe('<p>tidak ditemukan</p>');
		writeFileSync(join(dist, '404.html'), '<p>changed</p>');
		expect(mirrorNotFoundPage(dist)).toBe(false);
		expect(readFileSync(join(dist, '404', 'index.html'), 'utf8')).toBe('<p>tidak ditemukan</p>');
	});
});
