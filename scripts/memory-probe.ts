/**
 * An Astro integration that watches a build's memory, for finding what holds it (issue #20). Not part of the
 * site: add it to a copy's astro.config.mjs (scripts/bench-corpus.ts --probe does) and set
 *
 *   NK_MEMORY_LOG=<file>        every 500 ms: time, rss, heapUsed, heapTotal, external, arrayBuffers, the resident
 *                               memory of the build's child processes (Pagefind; Linux only), all in MB, and the
 *                               last hook or page started, as tab-separated lines
 *   NK_HEAP_SNAPSHOT=<dir>      heap snapshots (after a full GC) at astro:build:generated (every page rendered,
 *                               before Pagefind and the post-build pass) and at the start of astro:build:done
 *   NK_HEAP_SNAPSHOT_PAGES=<n>  also one after every n pages written during generation
 *   NK_STOP_AFTER_BUNDLE=1      stop the build once Rolldown has written the page modules (the prerender bundle) and
 *                               print that step's peak memory (sampled every 100 ms) and what it was made of: the
 *                               bundling peak of a 5,000-lesson curriculum in 2 minutes instead of a whole build
 *
 * With NK_MEMORY_LOG it also prints, at astro:build:done, the time spent in garbage collection by kind since the
 * build started (minor: scavenges; major: mark-compact), to weigh memory settings against build time.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';

const MB = (n: number) => (n / 1048576).toFixed(0);

function fullGc(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

/** A Vite plugin that follows the prerender bundle's memory and ends the process when the bundle is written. */
function stopAfterBundle(): Plugin {
	let peak: NodeJS.MemoryUsage & { step: string } = { ...process.memoryUsage(), step: 'start' };
	let step = 'start';
	return {
		name: 'naik-kelas:memory-probe-stop',
		buildStart() {
			if (this.environment.name !== 'prerender') return;
			step = 'modules';
			setInterval(() => {
				const m = process.memoryUsage();
				if (m.rss > peak.rss) peak = { ...m, step };
			}, 100).unref();
		},
		buildEnd() {
			if (this.environment.name === 'prerender') step = 'chunks';
		},
		closeBundle() {
			if (this.environment.name !== 'prerender') return;
			console.log(`[memory-probe] prerender bundle written after ${process.uptime().toFixed(1)} s; peak rss ${MB(peak.rss)} MB while Rolldown made the ${peak.step} (heap ${MB(peak.heapUsed)} of ${MB(peak.heapTotal)} MB, external ${MB(peak.external)} MB, the rest native); stopping (NK_STOP_AFTER_BUNDLE)`);
			process.exit(0);
		},
	};
}

export default function memoryProbe(): AstroIntegration {
	const logFile = process.env.NK_MEMORY_LOG;
	const snapDir = process.env.NK_HEAP_SNAPSHOT;
	const everyPages = Number(process.env.NK_HEAP_SNAPSHOT_PAGES ?? 0);
	const t0 = Date.now();
	let mark = 'start';
	/** Resident memory of the build's child processes (Pagefind's indexer), from /proc on Linux; 0 elsewhere. */
	const childrenRss = (pid: string | number = 'self'): number => {
		let bytes = 0;
		try {
			for (const task of readdirSync(`/proc/${pid}/task`)) {
				for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
					const kb = /^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${child}/status`, 'utf8'));
					bytes += (kb ? Number(kb[1]) * 1024 : 0) + childrenRss(child);
				}
			}
		} catch {
			// A child that ended between two reads, or no /proc.
		}
		return bytes;
	};
	const sample = () => {
		if (!logFile) return;
		const m = process.memoryUsage();
		appendFileSync(logFile, `${((Date.now() - t0) / 1000).toFixed(1)}\t${MB(m.rss)}\t${MB(m.heapUsed)}\t${MB(m.heapTotal)}\t${MB(m.external)}\t${MB(m.arrayBuffers)}\t${MB(childrenRss())}\t${mark}\n`);
	};
	const snapshot = (name: string) => {
		if (!snapDir) return;
		mkdirSync(snapDir, { recursive: true });
		fullGc();
		const m = process.memoryUsage();
		const file = writeHeapSnapshot(join(snapDir, `${name}.heapsnapshot`));
		console.log(`[memory-probe] ${name}: heapUsed ${MB(m.heapUsed)} MB after GC, rss ${MB(m.rss)} MB → ${file}`);
	};
	const setMark = (m: string) => {
		mark = m;
		sample();
	};
	const gcMs = { minor: 0, major: 0, other: 0, count: 0 };
	if (logFile) {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
				const k = kind === perfConstants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR ? 'major' : 'other';
				gcMs[k] += e.duration;
				gcMs.count++;
			}
		}).observe({ entryTypes: ['gc'] });
		writeFileSync(logFile, 's\trss\theapUsed\theapTotal\texternal\tarrayBuffers\tchildrenRss\tmark\n');
		setInterval(sample, 500).unref();
	}
	return {
		name: 'naik-kelas:memory-probe',
		hooks: {
			'astro:config:setup': () => setMark('config'),
			'astro:build:start': () => setMark('build:start'),
			'astro:build:setup': ({ vite }) => {
				setMark('build:setup');
				if (process.env.NK_STOP_AFTER_BUNDLE) (vite.plugins ??= []).push(stopAfterBundle());
			},
			'astro:build:generated': () => {
				setMark('build:generated');
				snapshot('generated');
			},
			'astro:build:done': () => {
				setMark('build:done');
				if (logFile) console.log(`[memory-probe] garbage collection until the pages were written: ${gcMs.count} pauses, minor ${(gcMs.minor / 1000).toFixed(1)} s, major ${(gcMs.major / 1000).toFixed(1)} s, other ${(gcMs.other / 1000).toFixed(1)} s`);
				snapshot('done');
			},
			'astro:config:done': () => {
				// Follow page generation: Astro logs "  ├─ /path/index.html" before it renders a page.
				let pages = 0;
				const write = process.stdout.write.bind(process.stdout);
				process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
					const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
					const m = /[├└]─ \S*?(\/\S+)/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''));
					if (m) {
						pages++;
						mark = `page ${pages} ${m[1]}`;
						if (everyPages && pages % everyPages === 0) snapshot(`pages-${pages}`);
					}
					return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
				}) as typeof process.stdout.write;
			},
		},
	};
}
