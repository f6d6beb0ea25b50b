/**
 * The reader behind the listen buttons, loaded on the first press: collects what is on screen as sentences (mapped
 * back to the DOM so the sentence being read lights up), says each one in words (speech-text.ts) with the chosen
 * voice, and handles pause, resume, stop and speed. One reading at a time per page, as speechSynthesis is one queue.
 *
 * Each sentence is its own utterance: a pause cancels and a resume says the current sentence again. That is what
 * works everywhere (Chrome on Android does not resume a paused utterance reliably, and desktop Chrome cuts off
 * utterances longer than about 15 seconds).
 */
import { langOf, type Lang } from '../../core/locales.ts';
import { speakable, splitSentences } from './speech-text.ts';
import { RATE_KEY, rateOf } from './rates.ts';
import { listenStatuses, type ListenStatus } from '../../core/i18n/listen-words.ts';

/** Never read: hidden or decorative things, screen-reader-only text (heading anchors), controls, our own buttons,
 * trainer notes, QR codes and their captions, source lines of fact boxes, and the forms of the tools (they have
 * their own button for their result). */
const SKIP = [
	'[hidden]',
	'[aria-hidden="true"]',
	'[data-listen-skip]',
	'.sr-only',
	'.visually-hidden',
	'.sl-anchor-link',
	'.nk-trainer-note',
	'.nk-qr',
	'[data-qr]',
	'.nk-keyfact__source',
	'.nk-tool',
	'nk-listen',
	'.nk-listen-notice',
	'script',
	'style',
	'template',
	'noscript',
	'svg',
	'img',
	'picture',
	'button',
	'input',
	'select',
	'textarea:not([readonly])',
].join(',');

export interface Sentence {
	/** As written on the page. */
	text: string;
	/** As said. */
	said: string;
	/** Where it is on the page (null for text inside a form field). */
	range: Range | null;
	/** The block it sits in: marked when ranges cannot be highlighted, scrolled into view. */
	block: Element;
}

interface Piece {
	node: Text | null;
	text: string;
}

/** Rendered and not visibility:hidden (older browsers without checkVisibility: has a box). */
const visible = (el: Element) => (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : (el as Element).getClientRects().length > 0);
const isBlock = (el: Element) => {
	const display = getComputedStyle(el).display;
	return !display.startsWith('inline') && display !== 'contents';
};

/** Everything readable under `roots`, sentence by sentence, in document order. */
export function collect(roots: readonly Element[], lang: Lang): Sentence[] {
	const out: Sentence[] = [];
	let pieces: Piece[] = [];
	const flush = (block: Element) => {
		const text = pieces.map((p) => p.text).join('');
		const mine = pieces;
		pieces = [];
		for (const [a, b] of splitSentences(text, lang)) {
			const said = speakable(text.slice(a, b), lang);
			if (/[\p{L}\p{N}]/u.test(said)) out.push({ text: text.slice(a, b), said, range: rangeOf(mine, a, b), block });
		}
	};
	const walk = (node: Node, block: Element) => {
		for (const child of node.childNodes) {
			if (child.nodeType === Node.TEXT_NODE) {
				pieces.push({ node: child as Text, text: (child as Text).data });
				continue;
			}
			if (child.nodeType !== Node.ELEMENT_NODE) continue;
			const el = child as Element;
			if (el.tagName === 'BR') {
				pieces.push({ node: null, text: ' ' });
				continue;
			}
			if (el.matches(SKIP) || !visible(el)) {
				// A skipped block still ends the text before it ("A. Rp6.000" then a hidden explanation).
				if (isBlockTag(el)) flush(block);
				continue;
			}
			if (el instanceof HTMLTextAreaElement) {
				flush(block);
				pieces.push({ node: null, text: el.value });
				flush(el);
				continue;
			}
			const own = isBlock(el);
			if (own) flush(block);
			walk(el, own ? el : block);
			if (own) flush(el);
		}
	};
	for (const root of roots) {
		if (!visible(root)) continue;
		walk(root, root);
		flush(root);
	}
	return out;
}

const isBlockTag = (el: Element) => !['SPAN', 'A', 'STRONG', 'EM', 'B', 'I', 'SMALL', 'ABBR', 'CODE', 'MARK', 'SUB', 'SUP'].includes(el.tagName);

/** A DOM range for [a, b) of the text joined from `pieces`, or null if it falls in text that is not in the DOM. */
function rangeOf(pieces: Piece[], a: number, b: number): Range | null {
	let at = 0;
	let start: [Text, number] | undefined;
	let end: [Text, number] | undefined;
	for (const p of pieces) {
		const next = at + p.text.length;
		if (p.node) {
			if (!start && a < next) start = [p.node, Math.max(0, a - at)];
			if (b <= next && b > at) end = [p.node, b - at];
			else if (b > next) end = [p.node, p.text.length];
		}
		at = next;
		if (at >= b && end) break;
	}
	if (!start || !end) return null;
	const range = document.createRange();
	range.setStart(...start);
	range.setEnd(...end);
	return range;
}

/** What a button shows and says in each state. */
type Words = ListenStatus & { label: string; aria: string };

interface Reading {
	el: HTMLElement;
	words: Words;
	sentences: Sentence[];
	index: number;
	voice: SpeechSynthesisVoice;
	playing: boolean;
}

const synth = window.speechSynthesis;
const canHighlight = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
let reading: Reading | null = null;
/** Bumped whenever an utterance is cancelled on purpose, so its late "end" or "error" is ignored. */
let generation = 0;
let rate = (() => {
	try {
		return rateOf(localStorage.getItem(RATE_KEY));
	} catch {
		return 1;
	}
})();

/**
 * A button's words: its own word and name when idle, as the page has them before the first press (kept here, since
 * reading changes them), and the status words of its language (core/i18n/listen-words.ts).
 */
const idle = new WeakMap<HTMLElement, { label: string; aria: string }>();
function wordsOf(el: HTMLElement): Words {
	let own = idle.get(el);
	if (!own) {
		const play = el.querySelector<HTMLElement>('.nk-listen__play')!;
		own = { label: play.querySelector('.nk-listen__label')!.textContent ?? '', aria: play.getAttribute('aria-label') ?? '' };
		idle.set(el, own);
	}
	return { ...listenStatuses[langOf(el.dataset.lang)], ...own };
}

/** Start reading what `el` reads, or pause / resume it if it is already the one reading. */
export function toggle(el: HTMLElement, voice: SpeechSynthesisVoice, roots: readonly Element[]): void {
	if (reading?.el === el) {
		if (reading.playing) pause();
		else resume();
		return;
	}
	stop({ quiet: true });
	const words = wordsOf(el);
	const sentences = collect(roots, langOf(el.dataset.lang));
	if (sentences.length === 0) {
		status(el, words.nothing);
		return;
	}
	reading = { el, words, sentences, index: 0, voice, playing: true };
	synth.cancel();
	show(el, 'playing');
	speakCurrent();
}

export function pause(): void {
	if (!reading?.playing) return;
	generation++;
	synth.cancel();
	reading.playing = false;
	show(reading.el, 'paused');
}

export function resume(): void {
	if (!reading || reading.playing) return;
	reading.playing = true;
	show(reading.el, 'playing');
	speakCurrent();
}

export function stop({ quiet = false } = {}): void {
	if (!reading) return;
	finish(quiet ? '' : reading.words.stopped);
}

/** A new speed applies from the sentence being read, said again at that speed. */
export function setRate(next: number): void {
	rate = next;
	try {
		localStorage.setItem(RATE_KEY, String(next));
	} catch {
		/* kept for this visit only */
	}
	for (const b of document.querySelectorAll<HTMLButtonElement>('nk-listen [data-rate]')) b.setAttribute('aria-pressed', String(Number(b.dataset.rate) === rate));
	if (reading?.playing) {
		generation++;
		synth.cancel();
		speakCurrent();
	}
}

function speakCurrent(): void {
	const r = reading!;
	const sentence = r.sentences[r.index];
	if (!sentence) {
		finish(r.words.done);
		return;
	}
	const mine = ++generation;
	const u = new SpeechSynthesisUtterance(sentence.said);
	u.voice = r.voice;
	u.lang = r.voice.lang;
	u.rate = rate;
	u.onend = () => {
		if (mine !== generation) return;
		r.index++;
		speakCurrent();
	};
	u.onerror = (e) => {
		if (mine !== generation || e.error === 'interrupted' || e.error === 'canceled') return;
		finish(r.words.failed);
	};
	mark(sentence);
	synth.speak(u);
}

function finish(message: string): void {
	const r = reading!;
	generation++;
	synth.cancel();
	reading = null;
	unmark();
	show(r.el, 'idle');
	status(r.el, message);
}

function show(el: HTMLElement, state: 'idle' | 'playing' | 'paused'): void {
	const words = wordsOf(el);
	el.dataset.state = state;
	const play = el.querySelector<HTMLButtonElement>('.nk-listen__play')!;
	const label = play.querySelector<HTMLElement>('.nk-listen__label')!;
	label.textContent = state === 'idle' ? words.label : state === 'playing' ? words.pause : words.resume;
	// While reading, the visible word ("Jeda") is the whole name; idle, the name says what will be read.
	if (state === 'idle') play.setAttribute('aria-label', words.aria);
	else play.removeAttribute('aria-label');
	el.querySelector<HTMLElement>('.nk-listen__more')!.hidden = state === 'idle';
	for (const b of el.querySelectorAll<HTMLButtonElement>('[data-rate]')) b.setAttribute('aria-pressed', String(Number(b.dataset.rate) === rate));
	if (state !== 'idle') status(el, state === 'playing' ? words.reading : words.paused);
	if (state === 'idle' && el.dataset.needsText !== undefined) (el as HTMLElement & { refresh?: () => void }).refresh?.();
}

function status(el: HTMLElement, message: string): void {
	const region = el.querySelector<HTMLElement>('.nk-listen__status')!;
	if (region.textContent !== message) region.textContent = message;
}

let marked: Element | null = null;
function mark(sentence: Sentence): void {
	unmark();
	if (canHighlight && sentence.range) CSS.highlights.set('nk-listen', new Highlight(sentence.range));
	else {
		marked = sentence.block;
		marked.setAttribute('data-nk-listen-now', '');
	}
	const box = (sentence.range ?? sentence.block).getBoundingClientRect();
	if (box.top < 0 || box.bottom > window.innerHeight) {
		const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		sentence.block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
	}
}

function unmark(): void {
	if (canHighlight) CSS.highlights.delete('nk-listen');
	marked?.removeAttribute('data-nk-listen-now');
	marked = null;
}
