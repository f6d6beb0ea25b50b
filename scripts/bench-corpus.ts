#!/usr/bin/env node
/**
 * A copy of the project with generated lessons (src/features/lessons/synthetic-lesson.ts), for the build
 * benchmark (scripts/bench.ts) and for measuring a build by hand (heap snapshots, memory sampling):
 *
 *   node scripts/bench-corpus.ts --lessons 300 --out /tmp/corpus-300 [--probe]
 *   cd /tmp/corpus-300 && NK_MEMORY_LOG=mem.tsv NK_HEAP_SNAPSHOT=snap node_modules/.bin/astro build
 *
 * --probe adds scripts/memory-probe.ts to the copy's integrations (what the NK_ variables do is described there).
 *
 * The copy leaves out build output and shares node_modules by hard links (fast, no download).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { syntheticLesson } from '../src/features/lessons/synthetic-lesson.ts';

/** Copies the project at `root` into `dir` (which must exist) and adds `lessons` generated lessons in both languages. */
export function makeCorpus(root: string, dir: string, lessons: number, probe = false): void {
	cpSync(root, dir, { recursive: true, filter: (src) => !/\/(?:node_modules|\.git|dist|\.astro|\.cache)(?:\/|$)/.test(src.slice(root.length)) });
	const linked = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
	if (linked.status !== 0) cpSync(join(root, 'node_modules'), join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
	const template = readFileSync(join(root, 'content/templates/lesson.mdx'), 'utf8');
	const byStage = new Map<string, string[]>();
	// Every published lesson is in the register (the build checks it): add the generated ones.
	const registerFile = join(dir, 'content/lesson-register.yaml');
	const register = parseYaml(readFileSync(registerFile, 'utf8'));
	for (let i = 0; i < lessons; i++) {
		const l = syntheticLesson(template, i);
		register.published[l.lessonId] = l.slug;
		writeFileSync(join(dir, 'src/content/docs/belajar', `${l.slug}.mdx`), l.text.id);
		writeFileSync(join(dir, 'src/content/docs/en/belajar', `${l.slug}.mdx`), l.text.en);
		const stage = /^stage: (\S+)$/m.exec(l.text.id)![1]!;
		byStage.set(stage, [...(byStage.get(stage) ?? []), l.lessonId]);
	}
	writeFileSync(registerFile, stringifyYaml(register));
	// Each stage path lists every lesson of its stage (the content guard checks it): add them at the end.
	for (const [stage, ids] of byStage) {
		const file = join(dir, 'content/paths', `${stage}.yaml`);
		if (!existsSync(file)) continue;
		const data = parseYaml(readFileSync(file, 'utf8'));
		data.lessons = [...(data.lessons ?? []), ...ids];
		writeFileSync(file, stringifyYaml(data));
	}
	// --probe: the build-memory integration (scripts/memory-probe.ts) first, so its hooks run before every other one's.
	if (probe) {
		const configFile = join(dir, 'astro.config.mjs');
		const config = readFileSync(configFile, 'utf8').replace(/^(\s*integrations: \[)$/m, '$1\n\t\tmemoryProbe(),');
		if (!config.includes('memoryProbe()')) throw new Error('astro.config.mjs: no "integrations: [" line to add the probe to');
		writeFileSync(configFile, `import memoryProbe from './scripts/memory-probe.ts';\n${config}`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({ options: { lessons: { type: 'string' }, out: { type: 'string' }, probe: { type: 'boolean', default: false } } });
	if (!values.lessons || !values.out) {
		console.error('usage: node scripts/bench-corpus.ts --lessons <n> --out <new directory>');
		process.exit(2);
	}
	const out = resolve(values.out);
	if (existsSync(out)) {
		console.error(`${out} exists: give a new directory`);
		process.exit(2);
	}
	cpSync(join(process.cwd(), 'package.json'), join(out, 'package.json')); // creates the directory
	makeCorpus(process.cwd(), out, Number(values.lessons), values.probe);
	console.log(`${values.lessons} generated lessons in ${out}`);
}
