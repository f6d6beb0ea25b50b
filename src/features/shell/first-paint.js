/**
 * What must run before the first paint, inline in every page's head (src/features/shell/ThemeProvider.astro, which
 * minifies this file at build time: its comments and indentation would otherwise be repeated in every page).
 */

// The storage guard: when the browser blocks storage (some privacy settings and in-app browsers throw on any
// access), Starlight's own scripts would crash. Memory storage stands in for the visit, flagged so the progress
// store can tell the learner.
(() => {
	for (const name of ['localStorage', 'sessionStorage']) {
		try {
			const s = window[name];
			s.getItem('nk');
		} catch {
			const data = new Map();
			const memory = {
				getItem: (k) => (data.has(k) ? data.get(k) : null),
				setItem: (k, v) => void data.set(k, String(v)),
				removeItem: (k) => void data.delete(k),
				clear: () => data.clear(),
				key: (i) => [...data.keys()][i] ?? null,
				get length() {
					return data.size;
				},
			};
			Object.defineProperty(window, name, { value: memory, configurable: true });
			window.__nkStorageBlocked = true;
		}
	}
	// Starlight's theme picker writes the theme on every page load, unguarded: with storage full
	// (QuotaExceededError) that stops the page's scripts. The theme is a nicety: it is kept for
	// the visit instead. Only that key's errors are swallowed; everything else still sees them.
	try {
		const set = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k, v) {
			try {
				set.call(this, k, v);
			} catch (e) {
				if (k !== 'starlight-theme') throw e;
			}
		};
	} catch {}
})();

// Starlight's theme script (its ThemeProvider, without the template of picker icons: see ThemeProvider.astro):
// the page paints in its theme at once.
window.StarlightThemeProvider = (() => {
	const storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
	const theme = storedTheme || (window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
	document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark';
	return {
		updatePickers(theme = storedTheme || 'auto') {
			document.querySelectorAll('starlight-theme-select select').forEach((select) => (select.value = theme));
		},
	};
})();

// What the lesson's share buttons need (clipboard, sharing files): known before the first paint, so the buttons are
// in place when the lesson first shows (lesson.css), and the script that later makes them work moves nothing.
(() => {
	const c = document.documentElement.classList;
	if (navigator.clipboard) c.add('nk-can-copy');
	if (navigator.canShare) c.add('nk-can-share');
})();
