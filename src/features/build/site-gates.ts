/**
 * The quality gates the build itself enforces, so `npm run build` (the deploy command) refuses to ship a broken
 * internal link, a link to a missing anchor, a missing file, or an image without alt text in the page's language.
 * One read of every final page with the tokenizer (src/core/html/scan.ts), then the same checkers the built-site
 * tests use (link-check.ts, image-alt-check.ts). Runs last in src/features/build/post-build.ts, on the HTML as shipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scanElements } from '../../core/html/scan.ts';
import { LANGS, langOfPath } from '../../core/locales.ts';
import type { DistSite } from './dist-site.ts';
import { checkPageLinks, elementsOf, idsOf, refsOf, type PageRef } from './link-check.ts';
import { checkImageAlts } from './image-alt-check.ts';

/** Starlight's 404 page names /404/ as its canonical address; hosts serve it as 404.html at any missing URL. */
const allowed = (page: string, href: string) => page === '/404.html' && /\/404\/$/.test(href);

/** Every problem as one line, `page → href: reason` or `page img src: reason`; empty when the site may ship. */
export function siteGateProblems(site: DistSite, siteUrl: string): string[] {
	const ids = new Map<string, Set<string>>();
	const refs: [string, PageRef[]][] = [];
	const problems: string[] = [];
	for (const file of site.pages) {
		const page = site.urlOf(file);
		const html = site.html(file);
		const elements = elementsOf(scanElements(html));
		site.forget(file);
		ids.set(page, idsOf(elements));
		refs.push([page, refsOf(elements)]);
		const declared = elements.find((el) => el.tagName === 'html')?.attr('lang');
		const lang = LANGS.find((l) => l === declared) ?? langOfPath(page);
		problems.push(...checkImageAlts(elements, lang).map((p) => `${page} <img src="${p.src}">: ${p.reason}`));
	}
	const view = { exists: (path: string) => existsSync(join(site.dir, path.endsWith('/') ? `${path}index.html` : path)), ids: (path: string) => ids.get(path) };
	for (const [page, pageRefs] of refs) {
		for (const p of checkPageLinks(page, ids.get(page)!, pageRefs, view, siteUrl)) if (!allowed(p.page, p.href)) problems.push(`${p.page} → ${p.href}: ${p.reason}`);
	}
	return problems;
}

/** Throw, failing the build, when a gate finds a problem (the first 40 are listed). */
export function enforceSiteGates(site: DistSite, siteUrl: string): string {
	const problems = siteGateProblems(site, siteUrl);
	if (problems.length) throw new Error(`The built site has ${problems.length} broken link(s), anchor(s) or image(s) without alt text; nothing was shipped.\n${problems.slice(0, 40).join('\n')}${problems.length > 40 ? `\n… and ${problems.length - 40} more` : ''}`);
	return `links, anchors and image alt text checked on ${site.pages.length} pages`;
}
