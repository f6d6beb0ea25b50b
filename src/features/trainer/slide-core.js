/**
 * What the slide island and the slide page's first-paint script share: which
 * slide the address asks for, and fitting a slide's text to the screen.
 *
 * Plain JavaScript on purpose: the island imports it, and the slide page also
 * inlines this file as a classic script that shows and fits the first slide
 * before the first paint, so the page never jumps while it starts. Keep it
 * free of imports and of anything but exported functions.
 */

/**
 * Index of the slide an address hash (`#s4`) asks for, kept within the deck; 0 without one.
 *
 * @param {string} hash
 * @param {number} count
 */
export function slideFromHash(hash, count) {
	var m = /^#s(\d+)$/.exec(hash);
	return m ? Math.max(0, Math.min(count - 1, Number(m[1]) - 1)) : 0;
}

/**
 * Shrink a slide's text until it fits the screen (long sections, small projectors).
 *
 * @param {HTMLElement} slide
 */
export function fitSlide(slide) {
	var body = slide.querySelector('.slide__body');
	if (!body) return;
	// Interactive tools stay usable: they shrink a little, then scroll.
	var min = slide.classList.contains('slide--tool') ? 0.8 : 0.6;
	var step = 0.05;
	var size = function (k) { return Math.max(min, 1 - k * step); };
	var fits = function (k) {
		slide.style.setProperty('--fit', size(k).toFixed(2));
		return body.scrollHeight <= body.clientHeight + 1 && body.scrollWidth <= body.clientWidth + 1;
	};
	if (fits(0)) return;
	// The largest size on the 0.05 grid that fits, found by halving (each try is a layout: about
	// four instead of up to eight on a slow phone); the smallest size when nothing fits.
	var lo = 0;
	var hi = Math.ceil((1 - min) / step);
	if (!fits(hi)) return;
	while (hi - lo > 1) {
		var mid = (lo + hi) >> 1;
		if (fits(mid)) hi = mid;
		else lo = mid;
	}
	fits(hi);
}
