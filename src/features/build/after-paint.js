/**
 * The lesson's scripts after its first paint (module-preload.ts puts them in `<template id="nk-after-paint">`, and
 * this script, minified, inline after it). On a phone the lesson's text shows first; then its scripts load and run, in
 * page order. A hidden tab has no paint to wait for. When they have all run (or failed to load),
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
		requestAnimationFrame(() => setTimeout(run));
		// A page that paints no frame (a throttled frame) still gets its scripts.
		setTimeout(run, 3000);
	}
})();
