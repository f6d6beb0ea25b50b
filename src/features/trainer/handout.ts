/**
 * The lesson HTML for a printed handout: paper has no links to follow and no
 * scripts, so "what next" and every script go; the self-check keeps its
 * questions but loses its instant feedback and inline answer key (the handout
 * prints its own key on the last page). Trainer notes stay: the page hides
 * them unless the trainer asks for them.
 */
import { dropBlocks, topLevelBlocks } from './slides.ts';
import { removeByClass, unwrapHeadings } from '../../core/html/html.ts';

export function handoutHtml(rendered: string): string {
	const blocks = topLevelBlocks(dropBlocks(unwrapHeadings(rendered), ['nk-what-next'])).filter((b) => b.tag !== 'script');
	// A heading left with nothing after it (its section held only "what next") goes too.
	while (blocks.at(-1)?.tag === 'h2') blocks.pop();
	return removeByClass(removeByClass(blocks.map((b) => b.html).join('\n'), 'nk-explain'), 'nk-answer-key');
}
