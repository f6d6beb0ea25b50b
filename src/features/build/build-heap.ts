/**
 * Keeps the build's JavaScript heap close to what it really holds (issue #20).
 *
 * Measured on generated curricula (scripts/bench-corpus.ts, scripts/memory-probe.ts, scripts/heap-summary.ts): while
 * Astro renders the pages, what the heap really holds after a full GC is small (about 170 MB at 300 lessons, 230 MB
 * at 1,000: the page modules, the content store, the route cache), but V8 lets the heap grow to about four times
 * that before its next full collection, because on a machine with more than 8 GB of memory its heap limit (4 GB)
 * allows its largest growing factor, 4 (V8's heap-controller). That garbage headroom, not anything the pages keep,
 * was the largest part of the build's peak memory, and it grew with the site.
 *
 * `--heap-growing-percent` sets V8's growing factor after each full collection to 1 + percent/100 instead, without
 * lowering the heap limit (a smaller `--max-old-space-size` would also lower the factor, but would make a larger
 * site fail). V8 reads the flag at every full collection, so setting it when the build starts is enough.
 *
 * The other large part is outside the JavaScript heap: Rolldown (Vite's bundler, a native module with its own
 * mimalloc allocator) frees its bundling memory when the bundle is closed, but mimalloc purges freed pages only after
 * a delay, when the thread that owns them allocates again, and Rolldown's threads sit idle while the pages render:
 * about 280 MB at 300 lessons stayed resident for the whole page generation (rolldown/rolldown#9330).
 * `MIMALLOC_PURGE_DELAY=0` returns them at once.
 *
 * While Rolldown bundles, mimalloc commits its arenas eagerly on Linux (its default, `arena_eager_commit=2`), and
 * pages it purges inside an eagerly committed arena are only marked free to the kernel, so they still count as the
 * process's memory. `MIMALLOC_ARENA_EAGER_COMMIT=0` commits on demand and decommits what it purges. Measured with
 * the bundling step alone (build stopped after Rolldown's prerender bundle, maximum RSS): 1,000 lessons 1,450–1,559
 * → 1,118–1,164 MB; 2,000 lessons 2,198 → 1,585 MB; no slower (20.8–23.5 s against 24.1–25.4 s at 1,000).
 *
 * mimalloc reads both variables when Rolldown is loaded, before any Astro config runs, so they have to be in the
 * build's environment: `BUILD_ENV`, which `npm run build` (scripts/build.ts), `npm test` (through it) and
 * `npm run bench` set.
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/**
 * The heap may grow to 1.5 × what the last full collection kept. At 2,000 lessons, against 2 ×: memory at the end of
 * page generation 1,772 → 1,360 MB, peak of the whole build 2,058 → 1,702 MB, for 1.5 s more of full collections
 * (1.8 → 3.3 s in a 6-minute build). `NK_HEAP_GROWING_PERCENT=0` keeps V8's own choice (to compare).
 */
export const HEAP_GROWING_PERCENT = Number(process.env.NK_HEAP_GROWING_PERCENT ?? 50);

/** The environment a build runs in: Rolldown's allocator returns freed memory at once and for real (see above). */
export const BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

export default function buildHeap(): AstroIntegration {
	return {
		name: 'naik-kelas:build-heap',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				if (HEAP_GROWING_PERCENT > 0) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
				const missing = Object.entries(BUILD_ENV).filter(([k, v]) => process.env[k] !== v);
				if (missing.length) logger.info(`${missing.map(([k, v]) => `${k}=${v}`).join(' ')} is not set: the bundler's freed memory stays resident while the pages render (use npm run build)`);
			},
		},
	};
}
