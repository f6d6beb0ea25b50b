/**
 * <nk-path-progress>: marks the steps of a path the learner has done, says how
 * far along they are and how much time is left, and points the main button at
 * the next lesson. Reads progress from this device only. The markup works on
 * its own (plain links to every step); this only adds to it. On the stage path
 * her kept placement result started her on, the next lesson is the one that
 * result recommended (startLesson(): the result page names the same one).
 *
 * Expected markup: `li[data-lesson][data-minutes]` steps, each with an `a` link
 * and a hidden `.nk-step__done`; `[data-status]`, `a[data-next]`, `[data-saved]`
 * and an optional `progress` element. Words come from `data-words` (JSON).
 */
import { langOf } from '../../core/locales.ts';
import { loadProgress } from '../progress/progress-store.ts';
import { isDone } from '../progress/progress.ts';
import { pathProgress } from './path-nav.ts';
import { preferredFor, startLesson } from '../placement/placement-record.ts';
import { placementStore } from '../placement/placement-store.ts';
import { fill, formatMinutes } from '../../core/i18n/format.ts';
import type { Lang } from '../../core/schemas/vocabulary.ts';

export interface PathProgressWords {
	notStarted: string;
	progress: string;
	timeLeft: string;
	complete: string;
	start: string;
	continue: string;
	review: string;
}

export class NkPathProgress extends HTMLElement {
	connectedCallback() {
		// A path link can carry `program=<tag>` (a trainer's class, a program's cohort): kept with the path, for her
		// receipt. The code for it loads only for a link that has one.
		const path = this.dataset.path;
		if (path && new URLSearchParams(location.search).has('program')) void import('./keep-program.ts').then((m) => m.keepLinkProgram(path, location.search));
		this.render();
		document.addEventListener('nk:progress-changed', () => this.render());
		// Coming back with the browser's back button shows the cached page: refresh the marks.
		window.addEventListener('pageshow', (e) => e.persisted && this.render());
	}

	render() {
		const words = JSON.parse(this.dataset.words ?? '{}') as PathProgressWords;
		const lang = (langOf(this.dataset.lang)) as Lang;
		const items = [...this.querySelectorAll<HTMLLIElement>('li[data-lesson]')];
		if (!items.length) return;
		const ids = items.map((li) => li.dataset.lesson!);
		const minutes = new Map(items.map((li) => [li.dataset.lesson!, Number(li.dataset.minutes) || 0]));
		const state = loadProgress();
		const done = (id: string) => isDone(state, id);
		const p = pathProgress(ids, done, minutes);
		if (!p.complete) p.nextIndex = ids.indexOf(startLesson(ids, done, preferredFor(placementStore.read().value, this.dataset.path ?? ''))!);

		items.forEach((li, i) => {
			const d = done(ids[i]!);
			li.classList.toggle('is-done', d);
			li.classList.toggle('is-next', i === p.nextIndex);
			const mark = li.querySelector<HTMLElement>('.nk-step__done');
			if (mark) mark.hidden = !d;
			const link = li.querySelector('a');
			if (i === p.nextIndex) link?.setAttribute('aria-current', 'step');
			else link?.removeAttribute('aria-current');
		});

		const status = this.querySelector<HTMLElement>('[data-status]');
		const total = [...minutes.values()].reduce((a, b) => a + b, 0);
		if (status) {
			status.textContent =
				p.done === 0
					? fill(words.notStarted, { total: p.total, time: formatMinutes(total, lang) })
					: p.complete
						? words.complete
						: `${fill(words.progress, { done: p.done, total: p.total })} · ${fill(words.timeLeft, { time: formatMinutes(p.remainingMinutes, lang) })}`;
		}
		const bar = this.querySelector('progress');
		if (bar) {
			bar.max = p.total;
			bar.value = p.done;
			bar.hidden = false;
		}
		const next = this.querySelector<HTMLAnchorElement>('a[data-next]');
		const target = items[p.complete ? 0 : p.nextIndex]?.querySelector('a');
		if (next && target) {
			next.setAttribute('href', target.getAttribute('href')!);
			next.textContent = fill(p.complete ? words.review : p.done ? words.continue : words.start, { title: target.textContent ?? '' });
		}
		const saved = this.querySelector<HTMLElement>('[data-saved]');
		if (saved) saved.hidden = false;
	}
}

if (!customElements.get('nk-path-progress')) customElements.define('nk-path-progress', NkPathProgress);
