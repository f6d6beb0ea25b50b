import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZip, dosDateTime, packEntry, packedEntryOf } from './zip.ts';
import { readZip } from '../../../tests/support/zip.ts';

const ENTRIES = [
	{ name: 'README.txt', data: 'Buka index.html di browser.\n'.repeat(50) },
	{ name: 'slide/hitung-hpp.html', data: `<!doctype html><title>HPP</title>${'<p>Rp15.000</p>'.repeat(200)}` },
	{ name: 'gambar/kecil.bin', data: Buffer.from([1, 2, 3]) },
	{ name: 'en/cetak/ümlaut café.html', data: 'unicode name' },
];

describe('zip writer', () => {
	it('writes an archive whose files read back byte for byte, compressed when that helps', () => {
		const zip = createZip(ENTRIES);
		const files = readZip(zip);
		expect([...files.keys()]).toEqual(ENTRIES.map((e) => e.name));
		for (const e of ENTRIES) expect(files.get(e.name)!.equals(Buffer.from(e.data))).toBe(true);
		expect(zip.length).toBeLessThan(ENTRIES.reduce((n, e) => n + Buffer.byteLength(e.data), 0));
	});

	it('takes a packed entry out of one archive into another unchanged, as if it had been packed again', () => {
		const first = createZip(ENTRIES);
		const moved = ENTRIES.map((e) => packedEntryOf(first, e.name)!);
		expect(moved.map((e) => e.method)).toEqual(ENTRIES.map((e) => packEntry(e).method));
		expect(createZip(moved).equals(first)).toBe(true);
		expect(createZip([{ name: 'a.txt', data: 'baru' }, moved[1]!]).equals(createZip([{ name: 'a.txt', data: 'baru' }, ENTRIES[1]!]))).toBe(true);
		expect(packedEntryOf(first, 'tidak-ada.html')).toBeUndefined();
	});

	it('is accepted by Info-ZIP unzip (integrity test of every entry)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'nk-zip-'));
		const file = join(dir, 'kit.zip');
		writeFileSync(file, createZip(ENTRIES));
		const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
		expect(out).toMatch(/No errors detected/);
		execFileSync('unzip', ['-q', file, '-d', join(dir, 'out')]);
		expect(readFileSync(join(dir, 'out/slide/hitung-hpp.html'), 'utf8')).toBe(ENTRIES[1]!.data);
		expect(readFileSync(join(dir, 'out/en/cetak/ümlaut café.html'), 'utf8')).toBe('unicode name');
	});

	it('gives the same bytes for the same input (reproducible builds)', () => {
		expect(createZip(ENTRIES).equals(createZip(ENTRIES))).toBe(true);
	});

	it('refuses names that would escape the folder or repeat', () => {
		expect(() => createZip([{ name: '../etc/passwd', data: 'x' }])).toThrow(/unsafe/);
		expect(() => createZip([{ name: 'a.txt', data: 'x' }, { name: 'a.txt', data: 'y' }])).toThrow(/duplicate/);
	});

	it('stamps MS-DOS dates', () => {
		expect(dosDateTime(new Date(Date.UTC(2026, 10, 22, 14, 30, 10)))).toEqual({ time: (14 << 11) | (30 << 5) | 5, date: (46 << 9) | (11 << 5) | 22 });
	});
});
