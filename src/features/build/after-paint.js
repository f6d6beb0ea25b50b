/**
 * The lesson's scripts after its first paint (module-preload.ts puts them in `<template id="nk-after-paint">`, and
 * this script, minified, inline after it). On a phone the lesson's text shows first; then its scripts load and run, in
 * page order, once the browser has reported the first contentful paint. A hidden tab has no paint to wait for. When they have all run (or failed to load),
 * `<html data-nk-scripts="ready">` says so (the browser tests wait for it after each navigation).
 */
(() => {
	const template = document.getElementById('nk-after-paint');
	if (!template) return;
	let started = false;
	const run = () => {
		if (started) return;
		started = true;
		let last;
		for (const from of template.content.children) {
			// New elements, not clones: a script copied out of a template keeps no order; these run in page order.
			const el = document.createElement(from.localName);
			for (const a of from.attributes) el.setAttribute(a.name, a.value);
			if (el.localName === 'script') {
				el.async = false;
				last = el;
			}
			document.head.append(el);
		}
		const ready = () => (document.documentElement.dataset.nkScripts = 'ready');
		if (!last) ready();
		else for (const type of ['load', 'error']) last.addEventListener(type, ready);
	};
	if (document.visibilityState === 'hidden') run();
	else {
		// After the browser reports the text painted (first-contentful-paint, already there if it painted while the
		// page was still arriving). A frame callback alone can come before a busy phone has shown that frame.
		// (`run` runs once: the observer needs no disconnecting.)
		if (self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
			new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && run()).observe({ type: 'paint', buffered: true });
		} else requestAnimationFrame(() => setTimeout(run));
		// A page that paints nothing it counts (or a throttled frame) still gets its scripts.
		setTimeout(run, 3000);
	}
})();
