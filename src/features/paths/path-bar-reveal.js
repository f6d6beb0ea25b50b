/**
 * Inline right after the path bar (PathBar.astro, minified there): shows the bar of the path the address names
 * (`?jalur=<id>`) while the page is still being read, so the lesson below is drawn under it and never moves.
 * The same for every lesson, so one hash in the security headers covers it.
 */
((bar) => {
	const id = new URLSearchParams(location.search).get('jalur');
	for (const path of bar.children) if (path.dataset.path === id) path.hidden = bar.hidden = false;
})(document.currentScript.previousElementSibling);
