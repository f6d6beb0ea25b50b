/**
 * The slide page's island: shows one slide at a time and moves with the keys a
 * presentation clicker sends (→ ← PgDn PgUp space Home End), touch swipes and
 * the toolbar. P toggles the presenter view (trainer notes and the next slide),
 * F full screen. Two windows of the same deck (one on the projector, one with
 * notes on the laptop) follow each other where BroadcastChannel works.
 * Without this script the page is a plain scrolling sequence of slides.
 */
import { fitSlide as fit, slideFromHash } from './slide-core.js';

const SWIPE_PX = 50;
const IDLE_MS = 2500;

export function startDeck(doc: Document = document): void {
	const root = doc.documentElement;
	const deck = doc.querySelector<HTMLElement>('[data-deck]');
	if (!deck) return;
	const slides = [...deck.querySelectorAll<HTMLElement>(':scope > .slide')];
	const bar = doc.querySelector<HTMLElement>('[data-deck-bar]')!;
	const count = doc.querySelector<HTMLElement>('[data-count]')!;
	const status = doc.querySelector<HTMLElement>('[data-status]')!;
	const panels = [...doc.querySelectorAll<HTMLElement>('[data-presenter]')];
	const panelNotes = doc.querySelector<HTMLElement>('[data-presenter-notes]')!;
	const panelNext = doc.querySelector<HTMLElement>('[data-presenter-next]')!;
	const presenterButton = bar.querySelector<HTMLButtonElement>('[data-act="presenter"]')!;
	const fullscreenButton = bar.querySelector<HTMLButtonElement>('[data-act="fullscreen"]')!;
	const counterText = deck.dataset.counter ?? '{n} / {m}';
	let index = 0;
	let presenter = false;

	root.classList.add('js');
	bar.hidden = false;
	fullscreenButton.hidden = !doc.fullscreenEnabled;

	let channel: BroadcastChannel | undefined;
	try {
		channel = new BroadcastChannel(`nk-slides:${location.pathname}`);
		channel.onmessage = (e: MessageEvent<{ slide?: number }>) => {
			if (typeof e.data?.slide === 'number') show(e.data.slide, false);
		};
	} catch {
		// No BroadcastChannel (or an opaque file:// origin): each window moves on its own.
	}

	const clamp = (i: number) => Math.max(0, Math.min(slides.length - 1, i));
	const fromHash = () => slideFromHash(location.hash, slides.length);

	function renderPresenter() {
		const notes = slides[index]!.querySelector<HTMLTemplateElement>('template.slide__notes');
		if (notes) panelNotes.replaceChildren(notes.content.cloneNode(true));
		else {
			const p = doc.createElement('p');
			p.className = 'presenter-panel__empty';
			p.textContent = deck!.dataset.noNotes ?? '';
			panelNotes.replaceChildren(p);
		}
		const next = slides[index + 1];
		if (next) {
			const clone = next.cloneNode(true) as HTMLElement;
			for (const el of [clone, ...clone.querySelectorAll<HTMLElement>('[id]')]) el.removeAttribute('id');
			clone.classList.add('is-preview');
			clone.setAttribute('aria-hidden', 'true');
			clone.inert = true;
			panelNext.replaceChildren(clone);
			requestAnimationFrame(() => fit(clone));
		} else {
			const p = doc.createElement('p');
			p.textContent = deck!.dataset.last ?? '';
			panelNext.replaceChildren(p);
		}
	}

	function show(i: number, broadcast = true) {
		index = clamp(i);
		slides.forEach((slide, k) => {
			const current = k === index;
			slide.classList.toggle('is-current', current);
			slide.toggleAttribute('aria-hidden', !current);
		});
		const label = counterText.replace('{n}', String(index + 1)).replace('{m}', String(slides.length));
		count.textContent = `${index + 1} / ${slides.length}`;
		status.textContent = label;
		if (location.hash !== `#s${index + 1}`) history.replaceState(null, '', `#s${index + 1}`);
		// The language links open the other language's deck at this same slide.
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) a.hash = `s${index + 1}`;
		fit(slides[index]!);
		if (presenter) renderPresenter();
		if (broadcast) channel?.postMessage({ slide: index });
	}

	function setPresenter(on: boolean) {
		presenter = on;
		root.classList.toggle('presenter', on);
		for (const p of panels) p.hidden = !on;
		presenterButton.setAttribute('aria-pressed', String(on));
		if (on) renderPresenter();
		// The slide area changes size: fit again once the layout has settled.
		requestAnimationFrame(() => fit(slides[index]!));
	}

	function toggleFullscreen() {
		if (!doc.fullscreenEnabled) return;
		if (doc.fullscreenElement) void doc.exitFullscreen();
		else void root.requestFullscreen().catch(() => undefined);
	}

	const actions: Record<string, () => void> = {
		prev: () => show(index - 1),
		next: () => show(index + 1),
		presenter: () => setPresenter(!presenter),
		fullscreen: toggleFullscreen,
	};
	bar.addEventListener('click', (e) => {
		const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]');
		if (button) actions[button.dataset.act!]?.();
	});

	doc.addEventListener('keydown', (e) => {
		if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
		const target = e.target as HTMLElement;
		if (target.closest('input, textarea, select, [contenteditable]')) return;
		// Space and Enter on a focused button press the button, not the deck.
		const onButton = target.closest('button, a, summary') !== null;
		switch (e.key) {
			case 'ArrowRight':
			case 'ArrowDown':
			case 'PageDown':
				show(index + 1);
				break;
			case 'ArrowLeft':
			case 'ArrowUp':
			case 'PageUp':
				show(index - 1);
				break;
			case ' ':
				if (onButton) return;
				show(index + (e.shiftKey ? -1 : 1));
				break;
			case 'Home':
				show(0);
				break;
			case 'End':
				show(slides.length - 1);
				break;
			case 'p':
			case 'P':
				setPresenter(!presenter);
				break;
			case 'f':
			case 'F':
				toggleFullscreen();
				break;
			default:
				return;
		}
		e.preventDefault();
	});

	let touch: { x: number; y: number } | undefined;
	deck.addEventListener('touchstart', (e) => {
		const t = e.touches[0];
		touch = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : undefined;
	}, { passive: true });
	deck.addEventListener('touchend', (e) => {
		const t = e.changedTouches[0];
		if (!touch || !t) return;
		const dx = t.clientX - touch.x;
		const dy = t.clientY - touch.y;
		touch = undefined;
		if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(dy) * 1.5) show(index + (dx < 0 ? 1 : -1));
	}, { passive: true });

	// The toolbar fades while the trainer talks and comes back when the mouse moves.
	let idle: ReturnType<typeof setTimeout> | undefined;
	const wake = () => {
		root.classList.remove('idle');
		clearTimeout(idle);
		idle = setTimeout(() => {
			if (!bar.contains(doc.activeElement)) root.classList.add('idle');
		}, IDLE_MS);
	};
	for (const type of ['mousemove', 'pointerdown', 'touchstart']) doc.addEventListener(type, wake, { passive: true });
	bar.addEventListener('focusin', wake);
	wake();

	addEventListener('hashchange', () => show(fromHash()));
	addEventListener('resize', () => fit(slides[index]!));
	show(fromHash(), false);
}
