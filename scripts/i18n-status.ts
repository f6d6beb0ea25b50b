/**
 * `npm run i18n:status`: pages missing in one language, and pages whose other
 * language changed later (by git history; uncommitted files count as changed now).
 * Exits 1 when a page is missing: the build refuses that too.
 */
import { execFileSync } from 'node:child_process';
import { readPagePaths } from '../src/data/read-content.ts';
import { i18nStatus } from '../src/lib/i18n-status.ts';

const NOW = new Date().toISOString();

function lastChange(file: string): string {
	try {
		const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { encoding: 'utf8' }).trim();
		if (dirty) return NOW;
		return execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim() || NOW;
	} catch {
		return NOW;
	}
}

const pages = readPagePaths(process.cwd()).map((p) => ({ lang: p.lang, rel: p.rel, changed: lastChange(p.file) }));
const status = i18nStatus(pages);
console.log(`${status.complete} pages exist in both languages.`);
for (const m of status.missing) console.log(`MISSING  ${m.lang === 'en' ? 'English' : 'Indonesian'}: src/content/docs/${m.lang === 'en' ? 'en/' : ''}${m.rel}`);
for (const o of status.outdated) console.log(`CHECK    ${o.stale === 'en' ? 'English' : 'Indonesian'} may be outdated: ${o.rel} (other language changed ${o.newer.slice(0, 10)}, this one ${o.older.slice(0, 10)})`);
if (!status.missing.length && !status.outdated.length) console.log('Every page is translated and up to date.');
process.exit(status.missing.length ? 1 : 0);
