/**
 * Text that goes into HTML through `set:html` (Astro does not escape it there).
 * - escapeText: plain text as element content (Starlight writes its head tags, the page <title> among them, this way).
 * - jsonInHtml: JSON as the text of a <template> or other element that a script reads back with innerHTML. `&`, `<`,
 *   `>` and the no-break space become JSON \u escapes, so the markup holds no raw `&` or tag, and innerHTML (which
 *   writes `&` back as `&amp;`) returns exactly the JSON that was written.
 */
export const escapeText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export const jsonInHtml = (value: unknown): string =>
	JSON.stringify(value).replace(/[&<>\u00a0]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
