/**
 * Which pages go in sitemap.xml. A sitemap lists the pages a search engine
 * should index, so it leaves out the other views of a page (slides, handouts,
 * printable plans: their canonical link points at the lesson or plan), the
 * permanent-link pages under /l/ (redirects, `noindex`), and the offline
 * fallback (only useful inside the app). A dist test checks that every listed
 * page is indexable and its own canonical.
 */
const ALTERNATE_VIEWS = [
	/^(?:\/en)?\/(?:slide|cetak|l|embed)\//,
	/^(?:\/en)?\/pelatih\/[^/]+\/cetak\//,
	/^(?:\/en)?\/offline\//,
	// The menu's "Continue" forwarder and the not-found pages are not pages to find.
	/^(?:\/en)?\/(?:lanjut|404)\/$/,
];

/** `page` is a full URL or a site path. */
export function inSitemap(page: string): boolean {
	const path = page.startsWith('/') ? page : new URL(page).pathname;
	return !ALTERNATE_VIEWS.some((re) => re.test(path));
}
