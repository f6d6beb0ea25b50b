/**
 * The quality gates the build itself enforces, so `npm run build` (the deploy command) refuses to ship a broken
 * internal link, a link to a missing anchor, a missing file, or an image without alt text in the page's language.
 * One read of every final page with the tokenizer (src/core/html/scan.ts), shared with the build report's pass, then
 * the same checkers the built-site tests use (link-check.ts, image-alt-check.ts). Runs last in
 * src/features/build/post-build.ts, on the HTML as shipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scanElements, type ScannedElement } from '../../core/html/scan.ts';
import { LANGS, langOfPath } from '../../core/locales.ts';
import type { DistSite } from './dist-site.ts';
import { checkPageLinks, elementsOf, idsOf, refsOf, toSitePath, type PageRef } from './link-check.ts';
import { checkImageAlts } from './image-alt-check.ts';

/** Starlight's 404 page names /404/ as its canonical address; hosts serve it as 404.html at any missing URL. */
const allowed = (page: string, href: string) => page === '/404.html' && /\/404\/$/.test(href);

/**
 * The gates as a checker fed one page at a time: `page` takes a page's tokenized elements (the build report's pass
 * hands over the ones it scanned, so each page is tokenized once for both), `problems` finishes. Streams: each
 * page's links are checked as it comes, except a link to an anchor on another page, which waits (with nothing else
 * of its page) until the end; then only the pages those links point at are read again for their ids. Nothing per
 * page is kept, so memory does not grow with the site.
 */
export function siteGateChecker(site: DistSite, siteUrl: string) {
	const alts: string[] = [];
	// Link problems in page order, then in each page's reference order (a waiting link keeps its place).
	const links: { at: [number, number]; line: string }[] = [];
	const waiting: { at: [number, number]; page: string; ref: PageRef }[] = [];
	const known = new Map<string, boolean>();
	const exists = (path: string) => {
		let hit = known.get(path);
		if (hit === undefined) known.set(path, (hit = existsSync(join(site.dir, path.endsWith('/') ? `${path}index.html` : path))));
		return hit;
	};
	const report = (at: [number, number], p: { page: string; href: string; reason: string }) => {
		if (!allowed(p.page, p.href)) links.push({ at, line: `${p.page} → ${p.href}: ${p.reason}` });
	};
	// `problems` may be asked more than once: it adds the waiting links' problems to a copy.
	const order = new Map(site.pages.map((file, n) => [file, n]));
	return {
		page(file: string, scanned: ScannedElement[]) {
			const n = order.get(file) ?? order.size;
			const page = site.urlOf(file);
			const elements = elementsOf(scanned);
			const ownIds = idsOf(elements);
			const declared = elements.find((el) => el.tagName === 'html')?.attr('lang');
			const lang = LANGS.find((l) => l === declared) ?? langOfPath(page);
			alts.push(...checkImageAlts(elements, lang).map((p) => `${page} <img src="${p.src}">: ${p.reason}`));
			const view = { exists, ids: (path: string) => (path === page ? ownIds : undefined) };
			refsOf(elements).forEach((ref, i) => {
				const target = ref.kind === 'link' && ref.href.includes('#') && !ref.href.startsWith('#') ? toSitePath(ref.href, page, siteUrl) : undefined;
				if (target?.hash && target.path !== page && exists(target.path)) waiting.push({ at: [n, i], page, ref });
				else for (const p of checkPageLinks(page, ownIds, [ref], view, siteUrl)) report([n, i], p);
			});
		},
		/** Every problem as one line, `page → href: reason` or `page img src: reason`; empty when the site may ship. */
		problems(): string[] {
			const targetIds = new Map<string, Set<string> | undefined>();
			const idsAt = (path: string) => {
				if (!targetIds.has(path)) {
					const file = site.fileOf(path);
					targetIds.set(path, order.has(file) ? idsOf(elementsOf(scanElements(site.html(file)))) : undefined);
					site.forget(file);
				}
				return targetIds.get(path);
			};
			const all = [...links];
			for (const w of waiting) for (const p of checkPageLinks(w.page, new Set(), [w.ref], { exists, ids: idsAt }, siteUrl)) if (!allowed(p.page, p.href)) all.push({ at: w.at, line: `${p.page} → ${p.href}: ${p.reason}` });
			all.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
			return [...alts, ...all.map((l) => l.line)];
		},
	};
}

/** Every problem on the site as shipped, reading each page (for a caller without a pass of its own: the tests). */
export function siteGateProblems(site: DistSite, siteUrl: string): string[] {
	const checker = siteGateChecker(site, siteUrl);
	for (const file of site.pages) {
		checker.page(file, scanElements(site.html(file)));
		site.forget(file);
	}
	return checker.problems();
}

/** Throw, failing the build, when a gate finds a problem (the first 40 are listed); `checker`: one already fed every page. */
export function enforceSiteGates(site: DistSite, siteUrl: string, checker?: ReturnType<typeof siteGateChecker>): string {
	const problems = checker ? checker.problems() : siteGateProblems(site, siteUrl);
	if (problems.length) throw new Error(`The built site has ${problems.length} broken link(s), anchor(s) or image(s) without alt text; nothing was shipped.\n${problems.slice(0, 40).join('\n')}${problems.length > 40 ? `\n… and ${problems.length - 40} more` : ''}`);
	return `links, anchors and image alt text checked on ${site.pages.length} pages`;
}
