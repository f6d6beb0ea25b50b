/**
 * `npm run originality [-- --seeds=DIR]`: no lesson (both languages: its text and frontmatter, not its `sources`) and
 * no program description may share a run of 8 or more words with a research seed. The seeds stay out of the
 * repository: they are read from `../shared/seeds/` beside the checkout (as in CI), or from `--seeds=DIR` or
 * `NAIK_SEEDS_DIR`. Without them it says so plainly and exits 0; with them it exits 1 on any copied run.
 * The matcher: src/features/content-checks/originality.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readAllContent } from '../src/core/catalogue/read-content.ts';
import { copiedRuns, indexSeeds, MIN_RUN_WORDS, proseOfMdx, stringsIn, type CopiedRun } from '../src/features/content-checks/originality.ts';

const root = process.cwd();
const seedsDir = resolve(root, process.argv.find((a) => a.startsWith('--seeds='))?.slice('--seeds='.length) ?? process.env.NAIK_SEEDS_DIR ?? '../shared/seeds');
const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
if (seedFiles.length === 0) {
	console.log(`originality: no research seeds at ${seedsDir}, so the check did not run (in CI the repository is cloned beside shared/seeds/; or pass --seeds=DIR).`);
	process.exit(0);
}
const index = indexSeeds(seedFiles.map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') })));

const content = readAllContent(root);
const findings: (CopiedRun & { file: string; field: string })[] = [];
const check = (file: string, field: string, pieces: readonly string[]) => {
	for (const piece of pieces) for (const run of copiedRuns(piece, index)) findings.push({ file, field, ...run });
};
let checked = 0;
for (const lesson of content.lessons) {
	const { sources: _sources, ...rest } = (lesson.data ?? {}) as Record<string, unknown>;
	check(lesson.file, 'frontmatter', stringsIn(rest));
	check(lesson.file, '(body)', proseOfMdx(lesson.body));
	checked++;
}
for (const program of content.programs ?? []) {
	check(program.file, 'description', stringsIn((program.data as { description?: unknown } | null)?.description));
	checked++;
}

if (findings.length === 0) {
	console.log(`originality ok: ${checked} lessons and programs share no run of ${MIN_RUN_WORDS}+ words with ${seedFiles.length} seeds in ${seedsDir}`);
	process.exit(0);
}
for (const f of findings) console.error(`✖ ${f.file}\n  field: ${f.field}\n  problem: ${f.length} words in common with ${f.seeds.join(', ')}: write it in your own words\n  found: "${f.text}"\n`);
console.error(`originality: ${findings.length} copied run(s) of ${MIN_RUN_WORDS}+ words in ${new Set(findings.map((f) => f.file)).size} file(s)`);
process.exit(1);
