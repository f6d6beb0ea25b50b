/**
 * The download size a learner pays for a page, as shown in the lesson header.
 * The build writes a marker; after the build, `build-report` measures the page
 * (HTML plus the CSS and JS it loads, brotli-compressed, as a CDN would serve
 * them) and writes the number over the marker.
 */
export const PAGE_SIZE_MARKER = '__NK_PAGE_SIZE__';

/** "≈ 38 KB" style: whole kilobytes, at least 1. */
export function formatKb(bytes: number): string {
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
