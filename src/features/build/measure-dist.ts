/**
 * Reads a built site and measures first-visit transfer per page.
 * Used by the build (to print each lesson's size in its header), by the dist
 * tests (byte budgets) and by `npm run bench`.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { PAGE_SIZE_MARKER, formatKb } from './page-size.ts';
import { pageFiles, type PageFiles } from '../../core/html/page-files.ts';
import { scanElements, type ScannedElement } from '../../core/html/scan.ts';
import { inlineScriptHashes } from './inline-scripts.ts';
import type { DistSite } from './dist-site.ts';

/**
 * Brotli quality 5: what CDNs use when they compress on the fly, and within
 * ~10 % of quality 11 (a little larger, so budgets checked with it are on the
 * safe side). Quality 11 costs ~50 ms per page, which alone would break the
 * 25 ms-per-page build budget at 2,000 lessons; quality 5 costs under 1 ms.
 */
export const BROTLI_QUALITY = 5;
const brotli = (buf: Buffer | string) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }).length;

export function listHtml(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html')) out.push(p);
		}
	};
	walk(dir);
	return out.sort();
}

export interface PageWeight {
	page: string;
	html: number;
	assets: number;
	total: number;
	files: string[];
}

export function createMeter(dist: string) {
	const assetCache = new Map<string, { bytes: number; imports: string[] }>();
	const asset = (url: string) => {
		let hit = assetCache.get(url);
		if (!hit) {
			const file = join(dist, url);
			if (!existsSync(file)) hit = { bytes: 0, imports: [] };
			else {
				const text = readFileSync(file, 'utf8');
				const imports = url.endsWith('.js')
					? [...text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => posix.join(posix.dirname(url), m[1]!))
					: [];
				hit = { bytes: brotli(text), imports };
			}
			assetCache.set(url, hit);
		}
		return hit;
	};
	return (htmlFile: string, html = readFileSync(htmlFile, 'utf8'), files: PageFiles = pageFiles(html)): PageWeight => {
		const seen = new Set<string>();
		const queue = [...files.stylesheets.map((s) => s.href), ...files.scripts];
		while (queue.length) {
			const url = queue.shift()!;
			if (seen.has(url)) continue;
			seen.add(url);
			queue.push(...asset(url).imports);
		}
		const assets = [...seen].reduce((sum, url) => sum + asset(url).bytes, 0);
		const htmlBytes = brotli(html);
		return { page: '/' + relative(dist, htmlFile).replace(/index\.html$/, ''), html: htmlBytes, assets, total: htmlBytes + assets, files: [...seen] };
	};
}

/**
 * Collect the CSP hashes of every page's inline scripts and measure pages: with
 * `fillMarkers` (the build) only the pages that show their size, whose marker
 * it fills in (brotli for every page of a large site is time spent on numbers
 * nobody sees; the dist tests and the bench measure the rest); without it, every page.
 * `onPage` gets each page's elements as scanned (the build's quality gates read the same pass): filling in a
 * size changes the text of a <span>, never an element or attribute.
 */
export function measureDist(site: DistSite, { fillMarkers = false, onPage }: { fillMarkers?: boolean; onPage?: (file: string, elements: ScannedElement[]) => void } = {}) {
	const measure = createMeter(site.dir);
	let maxBytes = 0;
	let maxPage = '';
	let measured = 0;
	const hashes = new Set<string>();
	for (const file of site.pages) {
		let html = site.html(file);
		// One scan per page: the marker is text in a <span>, so filling it in changes neither the files nor the scripts.
		const elements = scanElements(html);
		for (const h of inlineScriptHashes(elements)) hashes.add(h);
		onPage?.(file, elements);
		const shown = html.includes(PAGE_SIZE_MARKER);
		if (fillMarkers && !shown) {
			site.forget(file);
			continue;
		}
		const files = pageFiles(elements);
		let weight = measure(file, html, files);
		measured++;
		if (fillMarkers && shown) {
			// The number itself changes the size by a few bytes: measure once more with it filled in.
			weight = measure(file, html.replaceAll(PAGE_SIZE_MARKER, formatKb(weight.total)), files);
			html = html.replaceAll(PAGE_SIZE_MARKER, formatKb(weight.total));
			site.write(file, html);
		}
		site.forget(file);
		if (weight.total > maxBytes) {
			maxBytes = weight.total;
			maxPage = weight.page;
		}
	}
	return { pages: site.pages.length, measured, maxBytes, maxPage, inlineScriptHashes: hashes };
}
