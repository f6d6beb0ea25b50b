/**
 * The change feed of one language (`/feed.xml`, `/en/feed.xml`): an RSS 2.0 file written by @astrojs/rss with one
 * entry per lesson, dated by its `updated` day, and one per program, dated by its `lastVerified` day and naming its
 * status. An entry's guid holds its id and date, so a feed reader shows a lesson again when it changes and a program
 * again when it is re-checked. Newest first; links are absolute (SITE_URL).
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Lang } from '../../core/schemas/vocabulary.ts';
import { STAGE_LABELS } from '../../core/schemas/vocabulary.ts';
import { t } from '../../core/i18n/ui.ts';
import { fill, formatDate } from '../../core/i18n/format.ts';
import { urls } from '../../core/urls.ts';

export interface FeedLesson {
	lessonId: string;
	slug: string;
	title: string;
	description: string;
	stage: string;
	/** YYYY-MM-DD */
	updated: string;
}

export interface FeedProgram {
	id: string;
	name: string;
	description: string;
	status: 'active' | 'ended' | 'unknown';
	/** YYYY-MM-DD */
	lastVerified: string;
}

/** Where the feed of a language lives (also in src/core/urls.ts as `urls.feed`). */
export const feedPath = (lang: Lang) => urls.feed(lang);

/** A calendar day as the feed's date: midnight UTC of that day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const guid = (value: string) => `<guid isPermaLink="false">${escapeXml(value)}</guid>`;

export function feedItems(lang: Lang, lessons: readonly FeedLesson[], programs: readonly FeedProgram[], site: string): RSSFeedItem[] {
	const s = t(lang);
	const status = (v: FeedProgram['status']) => (v === 'unknown' ? s.programs.notKnown : s.vocab.status[v]);
	const items: (RSSFeedItem & { pubDate: Date; sortKey: string })[] = [];
	for (const l of lessons) {
		items.push({
			title: fill(s.feed.lessonItem, { title: l.title }),
			link: `${site}${urls.lesson(lang, l.slug)}`,
			description: l.description,
			pubDate: day(l.updated),
			categories: [STAGE_LABELS[l.stage as keyof typeof STAGE_LABELS]?.[lang] ?? l.stage],
			customData: guid(`naik-kelas:${lang}:lesson:${l.lessonId}:${l.updated}`),
			sortKey: `lesson:${l.lessonId}`,
		});
	}
	for (const p of programs) {
		const date = formatDate(p.lastVerified, lang);
		items.push({
			title: fill(s.feed.programItem, { name: p.name, status: status(p.status), date }),
			link: `${site}${urls.program(lang, p.id)}`,
			description: fill(s.feed.programText, { description: p.description, status: status(p.status), date }),
			pubDate: day(p.lastVerified),
			categories: [s.feed.programCategory],
			customData: guid(`naik-kelas:${lang}:program:${p.id}:${p.lastVerified}:${p.status}`),
			sortKey: `program:${p.id}`,
		});
	}
	// Newest first; on the same day in a fixed order, so a rebuild writes the same file.
	items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.sortKey.localeCompare(b.sortKey));
	return items.map(({ sortKey: _, ...item }) => item);
}

/** The channel of one language's feed, for `rss()`: its home page, language, newest change and self link. */
export function feedOptions(lang: Lang, items: RSSFeedItem[], site: string): RSSOptions {
	const s = t(lang).feed;
	const newest = items.reduce<Date | undefined>((max, i) => (i.pubDate && (!max || i.pubDate > max) ? new Date(i.pubDate) : max), undefined);
	return {
		title: s.title,
		description: s.description,
		site: `${site}${urls.home(lang)}`,
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${lang}</language>`,
			newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
			`<atom:link href="${escapeXml(`${site}${urls.feed(lang)}`)}" rel="self" type="application/rss+xml"/>`,
		].join(''),
	};
}
