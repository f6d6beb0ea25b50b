// Wiring only: locales, sidebar, integrations and route middleware live in their own modules.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import contentGuard from './src/integrations/content-guard.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableFocusPlugin } from './src/lib/table-focus-plugin.ts';
import postBuild from './src/integrations/post-build.ts';
import { locales } from './src/config/locales.ts';
import { buildSidebar } from './src/config/sidebar.ts';
import { SITE_URL } from './src/config/site.ts';
import { lessonRedirects } from './src/config/redirects.ts';
import { pagefindOptions } from './src/config/search.ts';
import { inSitemap } from './src/lib/sitemap.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	// Wide tables scroll inside themselves on phones: make them reachable by keyboard. Starlight adds its own plugins to this processor.
	markdown: { processor: satteri({ hastPlugins: [tableFocusPlugin] }) },
	redirects: lessonRedirects(root),
	integrations: [
		contentGuard(),
		// Starlight adds a sitemap only when there is none: this one has the same languages and leaves out other views of a page.
		sitemap({ i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([k, v]) => [k, v.lang])) }, filter: inSitemap }),
		starlight({
			title: { id: 'Naik Kelas', en: 'Naik Kelas' },
			description: 'Belajar jualan online dan menumbuhkan usaha kecil, langkah demi langkah.',
			defaultLocale: 'root',
			locales,
			sidebar: buildSidebar(root),
			customCss: ['./src/styles/theme.css', './src/styles/lesson.css', './src/styles/steps.css', './src/styles/print.css'],
			routeMiddleware: './src/route-middleware.ts',
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/components/overrides/Search.astro',
			},
			pagefind: pagefindOptions,
			tableOfContents: false,
			pagination: false,
			lastUpdated: false,
			credits: false,
			favicon: '/favicon.svg',
			head: [{ tag: 'meta', attrs: { name: 'theme-color', content: '#0b5d3b' } }],
		}),
		// After Starlight, so Pagefind's index exists: every step over the built site, reading dist/ once.
		postBuild(),
	],
});
