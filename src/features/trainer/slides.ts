/**
 * Turns a lesson's rendered HTML into slides: one per `## ` section, long
 * sections split where a projector stops being readable (by default after
 * 6 list items, 3 paragraphs, about 700 characters or one figure). Trainer notes
 * are lifted out of the flow and attached to the slides of their section.
 * Read with the shared HTML parser (./html.ts); blocks keep their HTML as
 * written, so a slide shows the lesson's markup byte for byte.
 */
import { allElements, attrOf, hasClass as elementHasClass, headingEdits, parseFragment, rangeOf, selectAll, sourceOf, spliceHtml, textOf, toHtml, unwrapHeadings, type Element, type ElementContent, type RootContent } from '../../core/html/html.ts';

/** One top-level node of a lesson's HTML: the parsed node, its tag (`#text`, `#comment` for those) and its HTML as written. */
export interface Block {
	node: RootContent;
	tag: string;
	html: string;
}

/** Split an HTML fragment into its top-level nodes, in order. Whitespace-only text is dropped. */
export function topLevelBlocks(html: string): Block[] {
	return blocksOf(html, parseFragment(html).children);
}

/**
 * A lesson's top-level blocks with Starlight's heading wrappers unwrapped, `topLevelBlocks(unwrapHeadings(html))`,
 * from one parse when every wrapper and section link is a top-level block (as in every lesson): a wrapper's block is
 * its heading. Otherwise it parses twice, as written. `html` is the text the blocks' nodes were parsed from.
 */
export function lessonBlocks(rendered: string): { html: string; blocks: Block[] } {
	const tree = parseFragment(rendered);
	const edits = headingEdits(rendered, tree);
	const topLevel = new Set<RootContent>(tree.children);
	const wrappers = edits.filter((e) => e.heading && topLevel.has(e.node)).map((e) => rangeOf(e.node));
	const inAWrapper = (e: { node: Element }) => {
		const r = rangeOf(e.node);
		return wrappers.some((w) => r.start >= w.start && r.end <= w.end);
	};
	if (edits.some((e) => (e.heading ? !topLevel.has(e.node) : !inAWrapper(e)))) {
		const html = unwrapHeadings(rendered);
		return { html, blocks: topLevelBlocks(html) };
	}
	const headingOf = new Map<RootContent, Element>(edits.flatMap((e) => (e.heading ? [[e.node, e.heading] as const] : [])));
	const blocks = blocksOf(rendered, tree.children).map((b) => {
		const heading = headingOf.get(b.node);
		return heading ? { node: heading, tag: heading.tagName, html: sourceOf(rendered, heading) } : b;
	});
	return { html: rendered, blocks };
}

function blocksOf(html: string, nodes: RootContent[]): Block[] {
	return nodes
		.filter((n) => (n.type === 'text' ? n.value.trim() !== '' : n.type === 'element' || n.type === 'comment'))
		.map((node) => ({ node, tag: node.type === 'element' ? node.tagName : `#${node.type}`, html: sourceOf(html, node) }));
}

const hasClass = (b: Block, name: string) => b.node.type === 'element' && elementHasClass(b.node, name);

export interface SlideLimits {
	/** List items (or table rows) per slide. */
	listItems: number;
	paragraphs: number;
	/** Visible characters per slide, a guard for long paragraphs and examples. */
	chars: number;
	/** Boxes (examples, key facts, tables, quotes) per slide. */
	boxes: number;
	/** Table rows per slide (a table is never split; a longer one shrinks to fit). */
	tableRows: number;
}

export const DEFAULT_LIMITS: SlideLimits = { listItems: 6, paragraphs: 3, chars: 700, boxes: 2, tableRows: 10 };

/** A slide with less than this much text is not left alone: the next block joins it (the slide shrinks to fit if needed). */
const SHORT_CHARS = 160;

/** Classes of lesson components the slide view drops from the flow (it shows them its own way). */
export const DROPPED_COMPONENTS = ['nk-objectives', 'nk-practice', 'nk-self-check', 'nk-what-next'];

export type SlideLayout = 'text' | 'figure' | 'text-figure' | 'tool';

export interface Slide {
	/** The section's heading text. */
	title: string;
	/** The section's anchor on the lesson page, e.g. `langkah-langkah`. */
	sectionId?: string;
	/** Position among the slides of one section, when it needed more than one. */
	part?: { index: number; total: number };
	html: string;
	/** For `text-figure` slides: the text and the figure, to lay out side by side. */
	text: string;
	media: string;
	/** Trainer notes (rendered HTML) of the section this slide belongs to. */
	notes: string[];
	layout: SlideLayout;
}

export interface SplitLesson {
	/** Content before the first `## ` heading (objectives excluded), or ''. */
	intro: string;
	/** Trainer notes placed before the first heading. */
	introNotes: string[];
	slides: Slide[];
	/** Scripts of interactive tools kept on slides, to be placed once at the end of the page. */
	scripts: string[];
}

interface Cost {
	items: number;
	rows: number;
	paragraphs: number;
	chars: number;
	boxes: number;
	figures: number;
	solo: boolean;
}

interface Piece {
	html: string;
	cost: Cost;
	kind: 'heading' | 'lead-in' | 'figure' | 'tool' | 'other';
}

const ZERO: Cost = { items: 0, rows: 0, paragraphs: 0, chars: 0, boxes: 0, figures: 0, solo: false };

const isH2 = (b: Block) => b.tag === 'h2';
const isHeading = (b: Block) => /^h[3-6]$/.test(b.tag);
/** A paragraph that holds only an image (Markdown's `![…](…)`) is a figure too. */
const firstChild = (el: Element) => el.children.find((c) => !(c.type === 'text' && !c.value.trim()));
const isFigure = (b: Block) => {
	if (b.tag === 'figure' || b.tag === 'picture' || b.tag === 'img') return true;
	if (b.tag !== 'p' || b.node.type !== 'element') return false;
	const first = firstChild(b.node);
	return first?.type === 'element' && (first.tagName === 'img' || first.tagName === 'picture') && !textOf(b.node);
};
/** Interactive tools: `.nk-tool` blocks and our custom elements (`<nk-photo-checklist>`, …). */
const isTool = (b: Block) => hasClass(b, 'nk-tool') || /^nk-[a-z-]+$/.test(b.tag);
const isList = (b: Block) => b.tag === 'ul' || b.tag === 'ol';

function costOf(b: Block): Cost {
	const chars = textOf(b.node).length;
	if (isFigure(b)) return { ...ZERO, figures: 1, chars: Math.round(chars / 2) };
	if (isTool(b)) return { ...ZERO, solo: true, chars };
	if (isList(b)) return { ...ZERO, items: listItems(b).length, chars };
	if (b.tag === 'table') return { ...ZERO, boxes: 1, rows: selectAll('tr', b.node as Element).length, chars: Math.round(chars / 2) };
	if (b.tag === 'p' || b.tag === '#text') return { ...ZERO, paragraphs: 1, chars };
	if (isHeading(b)) return { ...ZERO, chars };
	return { ...ZERO, boxes: 1, chars };
}

function listItems(b: Block): Block[] {
	// Parsed again from the block's own HTML, so that each item's HTML is a slice of it (split lists are new nodes).
	const list = parseFragment(b.html).children.find((n): n is Element => n.type === 'element');
	return list ? blocksOf(b.html, list.children).filter((c) => c.tag === 'li') : [];
}

/** Split n items into the fewest near-equal parts of at most max items (7 → 4 + 3), or into `minParts` if more. */
export function balancedParts(n: number, max: number, minParts = 1): number[] {
	const parts = Math.min(n, Math.max(minParts, Math.ceil(n / max)));
	if (parts <= 1) return [n];
	const base = Math.floor(n / parts);
	return Array.from({ length: parts }, (_, i) => base + (i < n % parts ? 1 : 0));
}

/** A long list (many items, or long ones) becomes several lists that keep counting (`start` and Starlight's steps counter). */
function splitList(b: Block, limits: SlideLimits): Block[] {
	const items = listItems(b);
	const sizes = balancedParts(items.length, limits.listItems, Math.ceil(textOf(b.node).length / limits.chars));
	if (sizes.length === 1) return [b];
	const out: Block[] = [];
	let done = 0;
	const { start: _start, style: _style, ...base } = (b.node as Element).properties;
	for (const size of sizes) {
		const properties = b.tag === 'ol' && done > 0 ? { ...base, start: done + 1, style: `--sl-steps-start: ${done}` } : { ...base };
		const slice = items.slice(done, done + size).map((i) => i.html).join('\n');
		// The items stay as written; only the list's own start tag is new.
		const list: Element = { type: 'element', tagName: b.tag, properties, children: [{ type: 'raw', value: `\n${slice}\n` } as unknown as ElementContent] };
		out.push(...topLevelBlocks(toHtml(list, { allowDangerousHtml: true })));
		done += size;
	}
	return out;
}

function pieceOf(b: Block): Piece {
	const text = textOf(b.node);
	let kind: Piece['kind'] = 'other';
	if (isHeading(b)) kind = 'heading';
	else if (b.tag === 'p' && text.endsWith(':') && text.length < 160) kind = 'lead-in';
	else if (isFigure(b)) kind = 'figure';
	else if (isTool(b)) kind = 'tool';
	return { html: b.html, cost: costOf(b), kind };
}

const add = (a: Cost, b: Cost): Cost => ({
	items: a.items + b.items,
	rows: a.rows + b.rows,
	paragraphs: a.paragraphs + b.paragraphs,
	chars: a.chars + b.chars,
	boxes: a.boxes + b.boxes,
	figures: a.figures + b.figures,
	solo: a.solo || b.solo,
});

function overflows(c: Cost, limits: SlideLimits): boolean {
	return c.items > limits.listItems || c.rows > limits.tableRows || c.paragraphs > limits.paragraphs || c.chars > limits.chars || c.boxes > limits.boxes || c.figures > 1;
}

function layoutOf(pieces: Piece[]): SlideLayout {
	if (pieces.some((p) => p.kind === 'tool')) return 'tool';
	const figures = pieces.filter((p) => p.kind === 'figure').length;
	if (!figures) return 'text';
	return pieces.length === figures ? 'figure' : 'text-figure';
}

export interface Chunk {
	html: string;
	layout: SlideLayout;
	/** For `text-figure` slides: the text part and the figure part, to lay out side by side. */
	text: string;
	media: string;
}

/** Group one section's pieces into slides. */
export function chunkSection(blocks: Block[], limits: SlideLimits = DEFAULT_LIMITS): Chunk[] {
	const pieces: Piece[] = blocks.flatMap((b) => (isList(b) ? splitList(b, limits) : [b])).map(pieceOf);
	const slides: Piece[][] = [];
	let current: Piece[] = [];
	let cost: Cost = ZERO;
	const flush = () => {
		if (!current.length) return;
		// Headings and "…:" lead-ins belong with what follows them.
		const carry: Piece[] = [];
		while (current.length > 1 && (current.at(-1)!.kind === 'heading' || current.at(-1)!.kind === 'lead-in')) carry.unshift(current.pop()!);
		slides.push(current);
		current = carry;
		cost = carry.reduce((c, p) => add(c, p.cost), ZERO);
	};
	for (const piece of pieces) {
		// A tool stands alone, except for the heading or "…:" line that introduces it.
		const onlyIntro = current.length > 0 && current.every((p) => p.kind === 'heading' || p.kind === 'lead-in');
		const alone = (piece.cost.solo && !onlyIntro) || cost.solo;
		// A figure shares a slide only with a little text, shown beside it.
		const crowdedForFigure = piece.kind === 'figure' && (cost.chars > 350 || cost.items > 3 || cost.boxes > 0);
		// A slide with one short line would look empty: let the next block join it unless that is far too much.
		const short = cost.chars < SHORT_CHARS && cost.paragraphs <= 1 && cost.items === 0 && cost.rows === 0 && cost.figures === 0 && cost.boxes === 0;
		const tooMuch = short ? add(cost, piece.cost).chars > limits.chars * 1.3 : overflows(add(cost, piece.cost), limits);
		if (current.length && (alone || crowdedForFigure || tooMuch)) flush();
		current.push(piece);
		cost = add(cost, piece.cost);
		if (piece.kind === 'figure' || piece.cost.solo) flush();
	}
	if (current.length) slides.push(current);
	const join = (ps: Piece[]) => ps.map((p) => p.html).join('\n');
	return slides.map((s) => ({
		html: join(s),
		layout: layoutOf(s),
		text: join(s.filter((p) => p.kind !== 'figure')),
		media: join(s.filter((p) => p.kind === 'figure')),
	}));
}

/**
 * Split a lesson's rendered HTML (slides view) into slides.
 * `drop` lists component classes to leave out; a `<script>` right after a
 * dropped component is dropped with it (Astro renders a component's script
 * beside it), other scripts are returned in `scripts`.
 */
export function splitLesson(html: string, { limits = DEFAULT_LIMITS, drop = DROPPED_COMPONENTS } = {}): SplitLesson {
	const { blocks } = lessonBlocks(html);
	const intro: Block[] = [];
	const introNotes: string[] = [];
	const sections: { title: string; id?: string; blocks: Block[]; notes: string[] }[] = [];
	const scripts: string[] = [];
	let droppedPrev = false;
	for (const b of blocks) {
		if (b.tag === '#comment') continue;
		if (b.tag === 'script') {
			if (!droppedPrev && !scripts.includes(b.html)) scripts.push(b.html);
			continue;
		}
		if (b.tag === 'style' || b.tag === 'link') continue;
		droppedPrev = drop.some((c) => hasClass(b, c));
		if (droppedPrev) continue;
		const section = sections.at(-1);
		if (isH2(b)) {
			sections.push({ title: textOf(b.node), id: attrOf(b.node as Element, 'id'), blocks: [], notes: [] });
		} else if (hasClass(b, 'nk-trainer-note')) {
			(section ? section.notes : introNotes).push(b.html);
		} else {
			(section ? section.blocks : intro).push(b);
		}
	}
	const slides: Slide[] = [];
	for (const s of sections) {
		if (!s.blocks.length) {
			// A section with notes only (or emptied by dropped components): its notes join the previous slide.
			if (s.notes.length && slides.length) slides.at(-1)!.notes.push(...s.notes);
			else introNotes.push(...s.notes);
			continue;
		}
		const chunks = chunkSection(s.blocks, limits);
		chunks.forEach((c, i) => {
			slides.push({
				title: s.title,
				sectionId: s.id,
				part: chunks.length > 1 ? { index: i + 1, total: chunks.length } : undefined,
				html: c.html,
				text: c.text,
				media: c.media,
				notes: [...s.notes],
				layout: c.layout,
			});
		});
	}
	return { intro: intro.map((b) => b.html).join('\n'), introNotes, slides, scripts };
}

/** The blocks without every top-level block that has one of these classes (and the script rendered right after it). */
export function withoutBlocks(blocks: Block[], classes: string[]): Block[] {
	const out: Block[] = [];
	let droppedPrev = false;
	for (const b of blocks) {
		if (b.tag === 'script' && droppedPrev) continue;
		droppedPrev = classes.some((c) => hasClass(b, c));
		if (!droppedPrev) out.push(b);
	}
	return out;
}

/** What a lesson's trainer notes add up to (from the notes' `minutes` and `materials` props), for the title slide. */
export function sumNoteFacts(notes: { minutes?: number; materials?: string }[]): { minutes: number; materials: string[] } {
	return { minutes: notes.reduce((n, f) => n + (f.minutes ?? 0), 0), materials: notes.map((f) => f.materials).filter((m): m is string => Boolean(m)) };
}

/** Images load with the page, not when their slide shows: once opened, the deck keeps working if the connection drops. */
export function eagerImages(html: string): string {
	const lazy = allElements(parseFragment(html)).filter((el) => el.tagName === 'img' && attrOf(el, 'loading') === 'lazy');
	return spliceHtml(html, lazy.map((img) => ({ node: img, text: toHtml({ ...img, properties: { ...img.properties, loading: 'eager' } }) })));
}
