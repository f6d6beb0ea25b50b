/**
 * An Expressive Code plugin (Starlight's code blocks, e.g. a lesson's copyable product-description template) that
 * makes the finished block valid HTML without changing how it looks or works:
 * - each code line is a `<div class="ec-line">` (with `div.code`, `div.gutter`) inside `<code>`, and the copy
 *   button holds a `<div>` for its background; `<code>` and `<button>` allow only phrasing content, so these become
 *   `<span>` (the line is a grid and its parts grid items, the button's span is absolutely placed: all blocks);
 * - the copy button is named only by its `title`, which touch screen readers may not announce: it also gets an
 *   `aria-label` with the same words.
 * The styles Expressive Code gives `.copy button div` are repeated for the span. Runs after Starlight's own plugins
 * (the frames plugin adds the button in the same hook).
 */
import type { Element, ElementContent } from 'hast';
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';

/** Only phrasing content is allowed inside these. */
const PHRASING_ONLY = new Set(['code', 'button']);

/** Rewrites a rendered block in place: divs inside code and buttons become spans, a titled button without a name gets one. */
export function makePhrasingValid(node: Element, insidePhrasing = false): void {
	if (insidePhrasing && node.tagName === 'div') node.tagName = 'span';
	if (node.tagName === 'button' && node.properties.title && !node.properties.ariaLabel) node.properties.ariaLabel = node.properties.title;
	const inside = insidePhrasing || PHRASING_ONLY.has(node.tagName);
	for (const child of node.children as ElementContent[]) if (child.type === 'element') makePhrasingValid(child, inside);
}

export function codeBlockHtmlPlugin(): ExpressiveCodePlugin {
	return {
		name: 'naik-kelas-valid-code-block',
		baseStyles: ({ cssVar }) => `
			.copy button span {
				position: absolute; inset: 0; border-radius: inherit;
				background: ${cssVar('frames.inlineButtonBackground')};
				opacity: ${cssVar('frames.inlineButtonBackgroundIdleOpacity')};
				transition-property: inherit; transition-duration: inherit; transition-timing-function: inherit;
			}
			.copy button:hover span, .copy button:focus:focus-visible span { opacity: ${cssVar('frames.inlineButtonBackgroundHoverOrFocusOpacity')}; }
			.copy button:active span { opacity: ${cssVar('frames.inlineButtonBackgroundActiveOpacity')}; }`,
		hooks: {
			postprocessRenderedBlock: ({ renderData }) => makePhrasingValid(renderData.blockAst as Element),
		},
	};
}
