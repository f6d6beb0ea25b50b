/**
 * `npm run i18n:status`: pages missing in one language, and English pages whose
 * Indonesian source changed since the English page last changed (by git
 * history; an uncommitted change counts as a change now). Commits whose message
 * holds `[i18n-skip]` are not counted (see content/AUTHORING.md, "Translations").
 * Exits 1 when a page is missing: the build refuses that too.
 */
import { execFileSync } from 'node:child_process';
import { readPagePaths } from '../src/core/catalogue/read-content.ts';
import { GIT_LOG_FORMAT, I18N_SKIP_MARKER, i18nStatus, parseGitLog, type Change } from '../src/features/content-checks/i18n-status.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const now: Change = { date: new Date().toISOString(), message: '(not committed yet)' };

/** Files with uncommitted changes (untracked files included). */
const dirty = new Set(
	git('status', '--porcelain', '--untracked-files=all', '--', 'src/content/docs')
		.split('\n')
		.filter(Boolean)
		.map((line) => line.slice(3).replace(/^.* -> /, '')),
);

function history(file: string): Change[] {
	const changes = parseGitLog(git('log', `--format=${GIT_LOG_FORMAT}`, '--', file));
	return dirty.has(file) || changes.length === 0 ? [now, ...changes] : changes;
}

const pages = readPagePaths(process.cwd()).map((p) => ({ lang: p.lang, rel: p.rel, changes: history(p.file) }));
const status = i18nStatus(pages);
const day = (c: Change) => c.date.slice(0, 10);
const subject = (c: Change) => `${c.hash ? `${c.hash.slice(0, 7)} ` : ''}"${c.message.split('\n')[0]}"`;

console.log(`${status.complete} pages exist in both languages.`);
for (const m of status.missing) console.log(`MISSING  ${m.lang === 'en' ? 'English' : 'Indonesian'}: src/content/docs/${m.lang === 'en' ? 'en/' : ''}${m.rel}`);
for (const o of status.outdated) {
	console.log(`CHECK    English may be outdated: src/content/docs/en/${o.rel}`);
	console.log(`         the Indonesian page changed ${day(o.source)} (${subject(o.source)}), the English one last ${day(o.translation)}`);
}
if (status.outdated.length) {
	console.log(`\nUpdate the English page, or, if the Indonesian change needs no translation, say so with ${I18N_SKIP_MARKER} in the commit message next time.`);
}
if (!status.missing.length && !status.outdated.length) console.log('Every page is translated and up to date.');
process.exit(status.missing.length ? 1 : 0);
