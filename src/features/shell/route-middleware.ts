/**
 * Per-page sidebar. The configured sidebar is small and fixed (entry points,
 * then one link per stage: src/features/shell/sidebar.ts); on a lesson page the
 * lesson's stage opens to show the lessons around it (src/features/shell/sidebar-trim.ts).
 * A page's size and build time no longer grow with the number of lessons.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { openStage, type SidebarEntry } from './sidebar-trim.ts';
import { addPageHead } from './page-head.ts';
import { stageLessons } from './stage-sidebar.ts';
import { STAGES } from '../../core/schemas/vocabulary.ts';
import { urls } from '../../core/urls.ts';
import { t } from '../../core/i18n/ui.ts';
import { langOf } from '../../core/locales.ts';

/** Lessons shown around the current one; the rest are one tap away on the stage's path page. */
const SIDEBAR_WINDOW = 15;

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const lang = langOf(route.lang);
	const stage = route.entry.data.lessonId ? route.entry.data.stage : undefined;
	if (stage) {
		const lessons = (await stageLessons()).get(`${lang}:${stage}`) ?? [];
		const path = context.url.pathname.endsWith('/') ? context.url.pathname : `${context.url.pathname}/`;
		route.sidebar = openStage(route.sidebar as SidebarEntry[], {
			// The first sidebar entry is the entry-points group; stage links follow in stage order.
			index: 1 + STAGES.indexOf(stage),
			lessons,
			current: path,
			all: { href: urls.stage(lang, stage), label: t(lang).sidebar.allLessons.replace('{n}', String(lessons.length)) },
			window: SIDEBAR_WINDOW,
		}) as typeof route.sidebar;
	}
	// Social preview image, web app manifest and home-screen icon (src/features/shell/page-head.ts).
	await addPageHead(route, context.url.pathname);
});
