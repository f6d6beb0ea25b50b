/**
 * Performance budgets, in one place. Byte budgets are deterministic and checked
 * by the test command (src/features/build/budgets.dist.test.ts); Lighthouse scores, LCP and
 * build time vary with the machine and are reported by `npm run bench`.
 * Sizes are what a learner downloads on a first visit, brotli-compressed.
 */
export const BUDGETS = {
	/** A lesson page without its images: HTML + CSS + JS. */
	lessonPageBytes: 50 * 1024,
	/** Any single image file as served at phone width (2× for a 360 px screen). */
	imageBytes: 60 * 1024,
	/** The median lesson after the first (same browser, warm cache), on the slow link: its HTML and any file not cached yet (`npm run bench`). */
	nextLessonBytes: 11 * 1024,
	/**
	 * The median lesson's HTML at the dist tests' brotli quality 5 (repeated-chrome.dist.test.ts): a ratchet just
	 * above what it is. The repeated styles and scripts left it (14.8 → 13.0 KB); the wave-3 features every page
	 * carries brought it to 14.2 KB; the search dialog's parts and text (now in its word file), the pickers' inline
	 * icons (now in the stylesheet), the search metadata (now only in the index) and the minified first-paint
	 * script took it to 10.9 KB (11,166 bytes). The frame's icons drawn by the stylesheet (heading links, menu button,
	 * sidebar carets, search button), the sidebar's restore in the frame's cached script, the search options and the
	 * listen buttons' words left the pages, and the frame's own parts lost their scoped class names: 9.3 KB (9,562 bytes).
	 * Then lessons began to run their scripts after the first paint (build/module-preload.ts): the path bar of each
	 * path in the page and the loader inline, 9.7 KB (9,937 bytes). The loader as a cached file instead cost the
	 * calculator lesson's first visit a request it could not afford under `lessonPageBytes` (49.7 KB inline, 50.0 KB
	 * as a file, in `npm run bench`), and the next lessons stay under `nextLessonBytes` (10.6 KB).
	 */
	lessonHtmlMedianBytes: 9.8 * 1024,
	/** Any page on first visit, without images. */
	anyPageBytes: 120 * 1024,
	/** Everything the first search query downloads. */
	searchFirstQueryBytes: 100 * 1024,
	/** From the last keystroke to the first result on the emulated slow link (tests/support/slow-link.ts), ms (`npm run bench`). */
	searchFirstResultMs: 1500,
	/** What the service worker downloads once, after the first page: the worker, the offline page of the page's language and its files. */
	serviceWorkerInstallBytes: 18 * 1024,
	/** Lighthouse mobile scores, 0–100. */
	lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 },
	/** Largest Contentful Paint, ms (Lighthouse mobile). */
	lcpMs: 1200,
	/** Cumulative Layout Shift. */
	cls: 0,
	/** Build time per page on the 2,000-lesson synthetic corpus, ms (issue #20: 21). */
	buildMsPerPage: 21,
	/** Peak memory of the whole build (the largest process: astro build; Pagefind runs beside it), MB, up to 5,000 lessons. */
	buildPeakMemoryMb: 3 * 1024,
	/** The largest page of every page type, brotli HTML, at any curriculum size (checked on the synthetic corpora). */
	pageTypeHtmlBytes: 20 * 1024,
} as const;
