/**
 * What <Steps> (src/features/lessons/kit/Steps.astro) checks and adds: its
 * content must be one ordered list, which gets Starlight's `sl-steps` markup
 * (`role="list"` because `list-style: none` hides the list from some screen
 * readers; `--sl-steps-start` so a list with `start` keeps counting).
 */
import { childElements, parseFragment, toHtml } from '../../../core/html/html.ts';

export function checkSteps(rendered: string): { html: string } | { problem: string } {
	const tree = parseFragment(rendered);
	const elements = childElements(tree).filter((el) => el.tagName !== 'script');
	if (elements.length === 0) return { problem: 'it holds no list (no elements at all)' };
	if (elements.length > 1) return { problem: `it holds ${elements.length} elements: ${elements.map((el) => `<${el.tagName}>`).join(', ')}` };
	const list = elements[0]!;
	if (list.tagName !== 'ol') return { problem: `it holds a <${list.tagName}>${list.tagName === 'ul' ? ' (a bulleted list: number the lines "1.", "2.", …)' : ''}` };
	list.properties.role = 'list';
	list.properties.className = [...(Array.isArray(list.properties.className) ? list.properties.className : []), 'sl-steps'];
	if (typeof list.properties.start === 'number') {
		list.properties.style = [`--sl-steps-start: ${list.properties.start - 1}`, ...(list.properties.style ? [String(list.properties.style)] : [])].join(';');
	}
	return { html: toHtml(tree) };
}
