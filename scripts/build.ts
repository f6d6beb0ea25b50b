#!/usr/bin/env node
/**
 * `npm run build`: `astro build` in the build's environment (`BUILD_ENV` in src/features/build/build-heap.ts: how
 * Rolldown's allocator returns memory), the same on every operating system (no shell `VAR=value` prefix), with the
 * project's own Node. Arguments are passed on: `npm run build -- --verbose`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILD_ENV } from '../src/features/build/build-heap.ts';

const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = join(dirname(astroPackage), 'bin/astro.mjs');
const run = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...BUILD_ENV } });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
