/**
 * Starlight's language picker behaviour (0.42: components/LanguageSelect.astro), unchanged; part of the frame's one
 * script (shell.ts, loaded by ThemeSelect.astro: both pickers are always side by side, in the header and the phone's
 * menu).
 */
class StarlightLanguageSelect extends HTMLElement {
	constructor() {
		super();
		const select = this.querySelector('select');
		if (select) {
			select.addEventListener('change', (e) => {
				if (e.currentTarget instanceof HTMLSelectElement) {
					window.location.pathname = e.currentTarget.value;
				}
			});
			window.addEventListener('pageshow', (event) => {
				if (!event.persisted) return;
				// If the page was loaded from a cache, the language select selected index might not be
				// in sync with the current page.
				const markupSelectedIndex =
					select.querySelector<HTMLOptionElement>('option[selected]')?.index;
				if (markupSelectedIndex !== select.selectedIndex) {
					select.selectedIndex = markupSelectedIndex ?? 0;
				}
			});
		}
	}
}
customElements.define('starlight-lang-select', StarlightLanguageSelect);
