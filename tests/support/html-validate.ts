/**
 * html-validate set up for our built pages: its recommended rules, with these
 * changes (each one a judgement about Starlight's or the browser's real
 * behaviour, not a way to hide our own mistakes):
 *
 * - void-style off: Astro writes `<meta />`; both forms are valid HTML, so this is style only.
 * - valid-id relaxed: Starlight's page title has id="_top"; HTML allows any id without spaces.
 * - no-redundant-role off: Starlight's <Steps> sets role="list" on its <ol> on purpose, because
 *   Safari/VoiceOver drops list semantics from lists styled with `list-style: none`.
 * - no-implicit-button-type off: Starlight's mobile menu button has no type; outside a form a
 *   button cannot submit anything. Our buttons inside forms set their type (reviewed in code).
 * - wcag/h32 off: the search dialog and the program directory filter as you type; there is no
 *   page change to submit, and Enter already works (implicit submission with one text field).
 * - unique-landmark off: it counts every <aside> as a landmark, also asides inside <section>
 *   (slides), which HTML-AAM maps to no landmark; axe's landmark-unique checks landmarks with the
 *   browser's real accessibility tree on every page type (src/features/build/accessibility.browser.test.ts).
 * - prefer-native-element off: `<div role="region" aria-label>` is conforming HTML; the rule is a style preference.
 * - form-dup-name allows checkboxes to share a name: the custom path picker (/jalur/susun/) is one checkbox per lesson,
 *   all named "l" (the shared link is `?l=a&l=b…`): one list of values, which is what a shared name is for.
 * - long-title off: the rule is a search-result length hint, not conformance or accessibility. A page title is the
 *   lesson's own plain, descriptive title (English ones run longer) plus the view (slides, print) and the site name;
 *   cutting it would cut the words a learner or a trainer's browser tab needs.
 * - doctype-style off: the doctype is case-insensitive; Astro writes `<!doctype html>` in the redirect pages it makes
 *   for moved lessons (astro.config.mjs `redirects`), `<!DOCTYPE html>` elsewhere. Both are the same valid doctype.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		'void-style': 'off',
		'valid-id': ['error', { relaxed: true }],
		'no-redundant-role': 'off',
		'no-implicit-button-type': 'off',
		'wcag/h32': 'off',
		'unique-landmark': 'off',
		'prefer-native-element': 'off',
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		'long-title': 'off',
		'doctype-style': 'off',
	},
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

/** Problems in one page, as "line:column rule message" lines. */
export async function validateHtml(html: string, name: string): Promise<string[]> {
	const report = await validator.validateString(html, name);
	return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}
