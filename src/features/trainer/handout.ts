/**
 * The lesson HTML for a printed handout: paper has no links to follow and no
 * scripts, so "what next" and every script go; the self-check keeps its
 * questions but loses its instant feedback and inline answer key (the handout
 * prints its own key on the last page). Trainer notes stay: the page hides
 * them unless the trainer asks for them.
 */
import { lessonBlocks, withoutBlocks } from './slides.ts';
import { allElements, hasClass, spliceWithin, type Element } from '../../core/html/html.ts';

/** Parts of the self-check a printed page leaves out. */
const NOT_ON_PAPER = ['nk-explain', 'nk-answer-key'];

/** One parse of the lesson (it was five, one per step, about 7 ms of every handout page). */
export function handoutHtml(rendered: string): string {
	const { html, blocks: all } = lessonBlocks(rendered);
	const blocks = withoutBlocks(all, ['nk-what-next']).filter((b) => b.tag !== 'script');
	// A heading left with nothing after it (its section held only "what next") goes too.
	while (blocks.at(-1)?.tag === 'h2') blocks.pop();
	return blocks
		.map((b) => {
			if (b.node.type !== 'element') return b.html;
			if (NOT_ON_PAPER.some((c) => hasClass(b.node as Element, c))) return '';
			const cut = allElements(b.node).filter((el) => NOT_ON_PAPER.some((c) => hasClass(el, c)));
			return cut.length ? spliceWithin(html, b.node as Element, cut.map((node) => ({ node, text: '' }))) : b.html;
		})
		.join('\n');
}
