/**
 * A small reader for the HTML that Astro renders from a lesson's MDX: it splits
 * a fragment into its top-level nodes so the slide and handout views can regroup,
 * move or drop whole blocks (a list, an example, a trainer note) without a DOM.
 * It trusts its input: it is our own build output, well-formed and escaped.
 */

export interface Block {
	/** The node's full HTML (an element's outer HTML, or a run of text). */
	html: string;
	/** Lower-case tag name; `#text` for text, `#comment` for comments. */
	tag: string;
	/** The start tag's attributes as written, e.g. ` class="nk-example nk-example--do"`. */
	attrs: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** A start or end tag; quoted attribute values may contain `>`. */
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/y;

/** Split an HTML fragment into its top-level nodes, in order. Whitespace-only text is dropped. */
export function topLevelBlocks(html: string): Block[] {
	const blocks: Block[] = [];
	let i = 0;
	let textStart = 0;
	const pushText = (end: number) => {
		const text = html.slice(textStart, end);
		if (text.trim()) blocks.push({ html: text, tag: '#text', attrs: '' });
	};
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) break;
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			const stop = end === -1 ? html.length : end + 3;
			pushText(lt);
			blocks.push({ html: html.slice(lt, stop), tag: '#comment', attrs: '' });
			i = textStart = stop;
			continue;
		}
		TAG.lastIndex = lt;
		const m = TAG.exec(html);
		if (!m || m[1]) {
			// A stray `<` or an end tag at the top level: keep it as text.
			i = lt + 1;
			continue;
		}
		pushText(lt);
		const end = elementEnd(html, lt, m);
		const name = m[2]!.toLowerCase();
		blocks.push({ html: html.slice(lt, end), tag: name, attrs: m[3] ?? '' });
		i = textStart = end;
	}
	pushText(html.length);
	return blocks;
}

/** Index just after the element whose start tag `start` matched at `from`. */
function elementEnd(html: string, from: number, start: RegExpExecArray): number {
	const name = start[2]!.toLowerCase();
	let i = from + start[0].length;
	if (start[4] || VOID.has(name)) return i;
	if (RAW_TEXT.has(name)) {
		const close = html.toLowerCase().indexOf(`</${name}`, i);
		if (close === -1) return html.length;
		return html.indexOf('>', close) + 1;
	}
	let depth = 1;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) return html.length;
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end === -1 ? html.length : end + 3;
			continue;
		}
		TAG.lastIndex = lt;
		const m = TAG.exec(html);
		if (!m) {
			i = lt + 1;
			continue;
		}
		const inner = m[2]!.toLowerCase();
		i = lt + m[0].length;
		if (m[1]) {
			if (inner === name && --depth === 0) return i;
		} else if (RAW_TEXT.has(inner) && !m[4]) {
			const close = html.toLowerCase().indexOf(`</${inner}`, i);
			i = close === -1 ? html.length : html.indexOf('>', close) + 1;
		} else if (inner === name && !m[4] && !VOID.has(inner)) {
			depth++;
		}
	}
	return html.length;
}

/** The HTML between an element's start and end tags. */
export function innerHtml(block: Block): string {
	if (block.tag.startsWith('#')) return block.html;
	const open = block.html.indexOf('>') + 1;
	TAG.lastIndex = 0;
	const m = TAG.exec(block.html);
	const startLength = m ? m[0].length : open;
	const close = block.html.toLowerCase().lastIndexOf(`</${block.tag}`);
	return close === -1 ? '' : block.html.slice(startLength, close);
}

/** The value of one attribute of the start tag, or undefined. */
export function attr(block: Block, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(block.attrs);
	return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export function hasClass(block: Block, name: string): boolean {
	return (attr(block, 'class') ?? '').split(/\s+/).includes(name);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Visible text of some HTML: tags removed, common entities decoded, spaces collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, name: string) => {
			if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
			return ENTITIES[name.toLowerCase()] ?? all;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Starlight wraps every heading in `<div class="sl-heading-wrapper">` with a
 * "section link" anchor. Slides and handouts are not navigated by anchors, so
 * keep only the heading itself.
 */
export function unwrapHeadings(html: string): string {
	return html
		.replace(/<a class="sl-anchor-link"[^>]*>[\s\S]*?<\/a>/g, '')
		.replace(/<div class="sl-heading-wrapper[^"]*">\s*(<h([1-6])\b[\s\S]*?<\/h\2>)\s*<\/div>/g, '$1');
}

/** Remove every element (at any depth) whose class list contains `className`. */
export function removeByClass(html: string, className: string): string {
	const start = new RegExp(`<([a-zA-Z][^\\s/>]*)\\b[^>]*\\bclass="(?:[^"]*\\s)?${className.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s[^"]*)?"[^>]*>`, 'g');
	let out = '';
	let from = 0;
	for (;;) {
		start.lastIndex = from;
		const m = start.exec(html);
		if (!m) break;
		TAG.lastIndex = m.index;
		const tag = TAG.exec(html);
		if (!tag) break;
		out += html.slice(from, m.index);
		from = elementEnd(html, m.index, tag);
	}
	return out + html.slice(from);
}
