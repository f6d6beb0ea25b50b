/**
 * The embed view: a lesson or path shown in a frame on another site (an LMS
 * page, an NGO's site). Links must not navigate the host's frame, so every
 * link to another page opens in a new tab; links within the page stay.
 */
import { allElements, attrOf, parseFragment, toHtml } from '../../core/html/html.ts';

export function openLinksInNewTab(html: string): string {
	const tree = parseFragment(html);
	for (const el of allElements(tree)) {
		const href = attrOf(el, 'href');
		if (el.tagName !== 'a' || href === undefined || href.startsWith('#')) continue;
		el.properties.target = '_blank';
		el.properties.rel = ['noopener'];
	}
	return toHtml(tree);
}
