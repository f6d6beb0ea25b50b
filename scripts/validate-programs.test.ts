/**
 * `npm run validate:programs` end to end: the script reports every error in a
 * program file with the file, the field, the value found and what is allowed,
 * and exits 1; a good file passes.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const script = new URL('./lint-content.ts', import.meta.url).pathname;
const good = {
	id: 'contoh',
	name: 'Kelas Contoh',
	organizer: 'Dinas Koperasi Contoh',
	orgType: 'local-government',
	archetype: 'unknown',
	delivery: 'offline',
	regions: ['Jawa Tengah'],
	cost: 'free',
	incentives: 'unknown',
	duration: 'unknown',
	website: 'unknown',
	description: { id: 'Kelas contoh.', en: 'An example class.' },
	sources: [{ title: 'Brosur program' }],
	lastVerified: '2026-11-22',
};

function run(files: Record<string, unknown>) {
	const root = mkdtempSync(join(tmpdir(), 'nk-validate-'));
	mkdirSync(join(root, 'content/programs'), { recursive: true });
	for (const [name, data] of Object.entries(files)) writeFileSync(join(root, 'content/programs', name), stringify(data));
	return spawnSync(process.execPath, [script, 'content/programs'], { cwd: root, encoding: 'utf8' });
}

describe('npm run validate:programs', () => {
	it('is the package script that runs the content lint on content/programs', () => {
		const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
		expect(pkg.scripts['validate:programs']).toBe('node scripts/lint-content.ts content/programs');
	});

	it('passes a valid program file', () => {
		const result = run({ 'contoh.yaml': good });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('content ok');
	});

	it('reports a bad enum, a missing required field and an unknown lesson id, and exits 1', () => {
		const { lastVerified: _omitted, ...noDate } = good;
		const result = run({
			'contoh.yaml': { ...noDate, orgType: 'pemerintah' },
			'lain.yaml': { ...good, id: 'lain', lessons: ['hitung-untung'] },
		});
		expect(result.status).toBe(1);
		const out = result.stderr;
		expect(out).toContain('3 content error(s)');
		expect(out).toMatch(/✖ content\/programs\/contoh\.yaml\n {2}field: orgType\n {2}problem: .+\n {2}found: "pemerintah"\n {2}allowed: national-government, local-government, ngo, platform, company-csr, university/);
		expect(out).toMatch(/✖ content\/programs\/contoh\.yaml\n {2}field: lastVerified\n {2}problem: .*expected string, received undefined/);
		expect(out).toMatch(/✖ content\/programs\/lain\.yaml\n {2}field: lessons\.0\n {2}problem: unknown lesson id\n {2}found: "hitung-untung"/);
	});
});
