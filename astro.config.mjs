// Wiring only: locales, sidebar, integrations and route middleware live in their own modules.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import contentGuard from './src/integrations/content-guard.ts';
import buildReport from './src/integrations/build-report.ts';
import { locales } from './src/config/locales.ts';
import { buildSidebar } from './src/config/sidebar.ts';
import { SITE_URL } from './src/config/site.ts';
import { lessonRedirects } from './src/config/redirects.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	redirects: lessonRedirects(root),
	integrations: [
		contentGuard(),
		starlight({
			title: { id: 'Naik Kelas', en: 'Naik Kelas' },
			description: 'Belajar jualan online dan menumbuhkan usaha kecil, langkah demi langkah.',
			defaultLocale: 'root',
			locales,
			sidebar: buildSidebar(root),
			customCss: ['./src/styles/theme.css', './src/styles/lesson.css', './src/styles/print.css'],
			routeMiddleware: './src/route-middleware.ts',
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
			},
			pagefind: { ranking: { termFrequency: 0.6, pageLength: 0.6 } },
			tableOfContents: false,
			pagination: false,
			lastUpdated: false,
			credits: false,
			favicon: '/favicon.svg',
			head: [{ tag: 'meta', attrs: { name: 'theme-color', content: '#0b5d3b' } }],
		}),
		buildReport(),
	],
});
