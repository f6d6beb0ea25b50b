/**
 * Heading links (a link to each section, for sharing "read this part"), as Starlight makes them, with the icon drawn
 * by the cached stylesheet instead of an inline SVG in every heading: a lesson has six to eight, about 0.2 KB brotli
 * of each page. A Markdown (hast) plugin for Astro's Sätteri processor, in place of Starlight's own
 * (`markdown.headingLinks: false` in astro.config.mjs; Starlight 0.42, integrations/satteri.ts): the same markup,
 * the same styles (Starlight's anchor-links.css, which it then no longer adds by itself), and a screen reader name in
 * the page's language ("Bagian berjudul “…”"; Starlight has no Indonesian one and read English).
 *
 *   <div class="sl-heading-wrapper level-h2"><h2 id="langkah">Langkah</h2><a class="sl-anchor-link" href="#langkah"><span
 *   aria-hidden="true" class="sl-anchor-icon"><span class="nk-icon nk-icon--link-alt"></span></span><span
 *   class="sr-only" data-pagefind-ignore>Bagian berjudul “Langkah”</span></a></div>
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { fill } from '../../core/i18n/format.ts';
import { t } from '../../core/i18n/ui.ts';
import { langOfPath, type Lang } from '../../core/locales.ts';

interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
	value?: string;
}
interface VisitContext {
	textContent(node: HastNode): string;
}

/** Starlight's docs collection: the pages its heading links were made for. */
const DOCS = '/src/content/docs/';

/** The language of a file under src/content/docs/ (`en/…` is English), or null for any other file. */
export function docsLang(file: string): Lang | null {
	const at = file.replaceAll('\\', '/').lastIndexOf(DOCS);
	return at === -1 ? null : langOfPath('/' + file.replaceAll('\\', '/').slice(at + DOCS.length));
}

/** The wrapper that replaces a heading with an id: the heading, then its link. */
export function headingWithLink(node: HastNode, id: string, text: string, lang: Lang): HastNode {
	return {
		type: 'element',
		tagName: 'div',
		properties: { class: `sl-heading-wrapper level-${node.tagName}` },
		children: [
			node,
			{
				type: 'element',
				tagName: 'a',
				properties: { class: 'sl-anchor-link', href: `#${id}` },
				children: [
					// Starlight's icon box, with the stylesheet's icon in place of its SVG (the same size and place).
					{ type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true', class: 'sl-anchor-icon' }, children: [{ type: 'element', tagName: 'span', properties: { class: 'nk-icon nk-icon--link-alt' }, children: [] }] },
					{ type: 'element', tagName: 'span', properties: { class: 'sr-only', 'data-pagefind-ignore': true }, children: [{ type: 'text', value: fill(t(lang).lesson.headingLink, { title: text }) }] },
				],
			},
		],
	};
}

function autolinkHeadings(lang: Lang) {
	return {
		name: 'naik-kelas-heading-links',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node: HastNode, ctx: VisitContext) {
				const id = node.properties?.['id'];
				if (typeof id !== 'string' || !id) return;
				return headingWithLink(node, id, ctx.textContent(node), lang);
			},
		},
	};
}

/** For `satteri({ hastPlugins })`: ids on headings (Astro's own plugin, as Starlight does), then their links. */
export function headingLinksPlugin({ fileURL }: { fileURL?: URL | string }) {
	if (!fileURL) return;
	const lang = docsLang(typeof fileURL === 'string' && !fileURL.startsWith('file:') ? fileURL : fileURLToPath(fileURL));
	if (!lang) return;
	return [satteriHeadingIdsPlugin(), autolinkHeadings(lang)];
}
