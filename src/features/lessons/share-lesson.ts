/**
 * Sharing a lesson from a phone, used by the lesson header's script (PageTitle.astro):
 * - `groupSummary`: the short text "Copy for a WA group" puts on the clipboard: title, one-line description, the
 *   do-now step if the lesson has one, and the permanent link.
 * - `handoutFile`: the lesson's A4 handout as one HTML file (its stylesheets inlined, no scripts, a <base> so its
 *   links and pictures point at the site), for the Web Share API to send as a document (WhatsApp accepts .html).
 * Both run in the browser; nothing is sent anywhere except by the share sheet the reader chooses.
 */

export interface SummaryWords {
	/** "Lakukan sekarang ({n} menit)": label of the do-now step. */
	doNow: string;
}

export interface SummaryLesson {
	title: string;
	description: string;
	doNow?: { task: string; minutes: number };
	permalink: string;
}

/** The first sentence of a description, so the summary stays one line. */
export function firstSentence(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const end = /[.!?](?=\s|$)/.exec(clean);
	return end ? clean.slice(0, end.index + 1) : clean;
}

export function groupSummary(lesson: SummaryLesson, words: SummaryWords): string {
	const lines = [`*${lesson.title}*`, firstSentence(lesson.description)];
	if (lesson.doNow) lines.push(`${words.doNow.replace('{n}', String(lesson.doNow.minutes))}: ${lesson.doNow.task}`);
	lines.push(lesson.permalink);
	return lines.join('\n');
}

/** A built page as one self-contained HTML document: stylesheets inlined, scripts and preloads removed. */
export async function handoutHtml(pageUrl: string, fetchText: (url: string) => Promise<string>): Promise<string> {
	const base = new URL(pageUrl, globalThis.location?.href);
	const doc = new DOMParser().parseFromString(await fetchText(base.href), 'text/html');
	for (const el of doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], link[rel="prefetch"], link[rel="manifest"]')) el.remove();
	for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]')) {
		const style = doc.createElement('style');
		style.textContent = await fetchText(new URL(link.getAttribute('href')!, base).href);
		if (link.media) style.media = link.media;
		link.replaceWith(style);
	}
	const baseEl = doc.createElement('base');
	baseEl.href = base.href;
	doc.head.prepend(baseEl);
	return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

export async function handoutFile(pageUrl: string, fileName: string, fetchText: (url: string) => Promise<string>): Promise<File> {
	return new File([await handoutHtml(pageUrl, fetchText)], fileName, { type: 'text/html' });
}

export const fetchText = async (url: string): Promise<string> => {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	return res.text();
};
