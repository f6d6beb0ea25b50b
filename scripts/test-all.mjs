#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest.
 * content lint → originality (against ../shared/seeds/ when present) → astro check → unit tests → build → ZIM file → dist tests → browser tests.
 * Ends with one summary line "N passed, N failed" across all vitest projects.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';

const results = [];
let failed = false;
const reports = '.cache/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function step(name, cmd, args, { vitest } = {}) {
	console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')}`);
	const started = Date.now();
	const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	const ok = res.status === 0;
	let counts = '';
	if (vitest && existsSync(vitest)) {
		const json = JSON.parse(readFileSync(vitest, 'utf8'));
		results.push({ passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + (json.numTodoTests ?? 0) });
		counts = ` (${json.numPassedTests} passed, ${json.numFailedTests} failed)`;
	} else if (vitest) {
		results.push({ passed: 0, failed: 1, skipped: 0 });
	}
	console.log(`━━ ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s${counts}`);
	if (!ok) failed = true;
	return ok;
}

const vitest = (project) => [
	'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${project}.json`,
];

const ok =
	step('system packages', 'bash', ['scripts/ensure-system-deps.sh']) &&
	step('content lint', 'node', ['scripts/lint-content.ts']) &&
	step('originality', 'node', ['scripts/originality.ts']) &&
	step('type check', 'astro', ['check']) &&
	step('unit tests', vitest('unit')[0], vitest('unit').slice(1), { vitest: `${reports}/unit.json` }) &&
	step('build', 'npm', ['run', 'build']) &&
	step('ZIM file', 'node', ['scripts/zim.ts', '--no-check']) &&
	step('dist tests', vitest('dist')[0], vitest('dist').slice(1), { vitest: `${reports}/dist.json` });
// Browser tests still run after failed dist tests (more to learn from one run), but never without a fresh build.
if (ok || results.length === 2) step('browser tests', vitest('browser')[0], vitest('browser').slice(1), { vitest: `${reports}/browser.json` });

const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
if (failed && total.failed === 0) total.failed = 1; // a non-test step failed: never report a clean run
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failed || total.failed ? 1 : 0);
