/**
 * Per-page sidebar trimming. Stock Starlight puts the whole sidebar on every
 * page, which grows with the curriculum (at 2,000 lessons it is most of each
 * page). Here a page keeps the entry points and only its own stage's lessons;
 * other stages collapse to a single link to their stage path.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { trimSidebar } from './lib/sidebar-trim.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const prefix = route.lang === 'en' ? '/en' : '';
	route.sidebar = trimSidebar(route.sidebar as never, (_label, i) => `${prefix}/jalur/${STAGE_ORDER[i - 1] ?? ''}/`) as typeof route.sidebar;
});

const STAGE_ORDER = ['consistency', 'finance-basics', 'social-commerce', 'product-branding', 'level-up', 'growth'];
