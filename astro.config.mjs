// Wiring only: locales, sidebar, integrations and route middleware live in their own modules.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import contentGuard from './src/features/content-checks/content-guard.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableFocusPlugin } from './src/features/lessons/table-focus-plugin.ts';
import { headingLinksPlugin } from './src/features/lessons/heading-links-plugin.ts';
import { codeBlockHtmlPlugin } from './src/features/lessons/code-block-plugin.ts';
import postBuild from './src/features/build/post-build.ts';
import buildHeap from './src/features/build/build-heap.ts';
import modulePreload from './src/features/build/module-preload.ts';
import searchMetaStrip from './src/features/search/search-meta-strip.ts';
import { bundlerLog } from './src/features/build/bundler-log.ts';
import { mdxFrontmatter } from './src/features/build/mdx-frontmatter.ts';
import { locales } from './src/core/locales.ts';
import { buildSidebar } from './src/features/shell/sidebar.ts';
import { SITE_URL } from './src/core/site.ts';
import { lessonRedirects } from './src/features/lessons/lesson-redirects.ts';
import { pagefindOptions } from './src/features/search/search-config.ts';
import { inSitemap } from './src/features/build/sitemap.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	// Nothing a page repeats goes inline: component styles and small scripts are files, cached after the first page
	// (Astro inlines any under 4 KB by default, which every lesson then downloads again). Images keep Vite's default.
	build: { inlineStylesheets: 'never' },
	// The bundler's log without one harmless warning per lesson and language (see bundler-log.ts); page modules without
	// a second copy of their frontmatter (see mdx-frontmatter.ts).
	vite: { plugins: [mdxFrontmatter()], build: { assetsInlineLimit: (file) => (/\.(?:js|css)$/.test(file) ? false : undefined), rolldownOptions: { onLog: bundlerLog } } },
	// Wide tables scroll inside themselves on phones: make them reachable by keyboard. Heading links as Starlight's, with
	// the icon from the stylesheet (Starlight's own are off below). Starlight adds its other plugins to this processor.
	markdown: { processor: satteri({ hastPlugins: [tableFocusPlugin, headingLinksPlugin] }) },
	redirects: lessonRedirects(root),
	integrations: [
		// The build's JavaScript heap grows 1.5× what it holds, not 4× (see the module).
		buildHeap(),
		contentGuard(),
		// Starlight adds a sitemap only when there is none: this one has the same languages and leaves out other views of a page.
		sitemap({ i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([k, v]) => [k, v.lang])) }, filter: inSitemap }),
		starlight({
			title: { id: 'Naik Kelas', en: 'Naik Kelas' },
			description: 'Belajar jualan online dan menumbuhkan usaha kecil, langkah demi langkah.',
			defaultLocale: 'root',
			locales,
			sidebar: buildSidebar(root),
			// Starlight's heading-link styles: it adds them only with its own heading links (markdown.headingLinks).
			customCss: ['./node_modules/@astrojs/starlight/dist/style/anchor-links.css', './src/features/shell/theme.css', './src/features/shell/icons.css', './src/features/lessons/lesson.css', './src/features/lessons/kit/steps.css', './src/features/lessons/print.css', './src/features/listen/listen.css'],
			routeMiddleware: './src/features/shell/route-middleware.ts',
			components: {
				PageTitle: './src/features/lessons/PageTitle.astro',
				ThemeProvider: './src/features/shell/ThemeProvider.astro',
				Footer: './src/features/shell/Footer.astro',
				Sidebar: './src/features/shell/Sidebar.astro',
				MobileMenuToggle: './src/features/shell/MobileMenuToggle.astro',
				Search: './src/features/search/Search.astro',
				ThemeSelect: './src/features/shell/ThemeSelect.astro',
				LanguageSelect: './src/features/shell/LanguageSelect.astro',
			},
			pagefind: pagefindOptions,
			// Code blocks as valid HTML (no <div> inside <code> or <button>) and a named copy button.
			expressiveCode: { plugins: [codeBlockHtmlPlugin()] },
			// Heading links come from src/features/lessons/heading-links-plugin.ts (the same links, no inline SVG in each).
			markdown: { headingLinks: false },
			tableOfContents: false,
			pagination: false,
			lastUpdated: false,
			credits: false,
			favicon: '/favicon.svg',
			head: [{ tag: 'meta', attrs: { name: 'theme-color', content: '#0b5d3b' } }],
		}),
		// The search metadata block leaves the pages once Pagefind (Starlight's, above) has indexed them.
		searchMetaStrip(),
		// Module chunks preloaded from each page's head; before the post-build pass, which measures and hashes the final HTML.
		modulePreload(),
		// After Starlight, so Pagefind's index exists: every step over the built site, reading dist/ once.
		postBuild(),
	],
});
