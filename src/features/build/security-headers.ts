/**
 * One source for the HTTP headers of every way we host the site: the `_headers`
 * file (Netlify, Cloudflare Pages) and the nginx server block. The build adds
 * the hashes of the few inline scripts Starlight needs, so script-src never
 * needs 'unsafe-inline'.
 */
export function contentSecurityPolicy(scriptHashes: string[], frameAncestors = "'self'"): string {
	return [
		"default-src 'self'",
		// Pagefind runs its search index as WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
		// Starlight sets CSS custom properties in style attributes.
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Slides and lessons may be embedded by the site itself only; no clickjacking by others.
		// The embed view (EMBED_PATHS) is the one exception: any site may frame it.
		`frame-ancestors ${frameAncestors}`,
	].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'SAMEORIGIN',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** HTTPS only, for a year, once a browser has seen it over HTTPS (browsers ignore it over plain HTTP). */
export const HSTS = 'max-age=31536000';

/**
 * The embed view of lessons and paths (src/features/lms/EmbedPage.astro): the
 * only pages another site may show in a frame, so their CSP says
 * `frame-ancestors *` and they carry no X-Frame-Options.
 */
export const EMBED_PATHS = ['/embed/*', '/en/embed/*'];

/** The JSON API is public data: any site's script may read it. */
export const CORS_PATHS = ['/api/*'];

/**
 * Cache rules by path: hashed assets forever, search files for an hour, the API
 * five minutes. The paths never overlap: hosts that read `_headers` (Netlify,
 * Cloudflare Pages) join the values of every rule that matches, so a catch-all
 * `/*` rule would give hashed assets two Cache-Control values. Everything else
 * (HTML) gets the hosts' default, which is "revalidate every time".
 */
export const CACHE_RULES: { path: string; value: string }[] = [
	{ path: '/_astro/*', value: 'public, max-age=31536000, immutable' },
	{ path: '/pagefind/*', value: 'public, max-age=3600, must-revalidate' },
	{ path: '/api/*', value: 'public, max-age=300, must-revalidate' },
];

/** The `_headers` file format of Netlify and Cloudflare Pages (always served over HTTPS, so with HSTS). */
export function headersFile(scriptHashes: string[]): string {
	const all = { ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS, 'Content-Security-Policy': contentSecurityPolicy(scriptHashes) };
	const lines = ['# Generated at build time from src/features/build/security-headers.ts', '/*'];
	for (const [k, v] of Object.entries(all)) lines.push(`  ${k}: ${v}`);
	for (const rule of CACHE_RULES) lines.push(rule.path, `  Cache-Control: ${rule.value}`);
	// A path matching several rules gets every rule's headers, a repeated name joined with a comma (Cloudflare Pages):
	// `! Name` first detaches the site-wide value, so the embed view has one CSP, not two that both apply.
	for (const path of EMBED_PATHS) {
		lines.push(path, '  ! Content-Security-Policy', '  ! X-Frame-Options', `  Content-Security-Policy: ${contentSecurityPolicy(scriptHashes, '*')}`);
	}
	for (const path of CORS_PATHS) lines.push(path, '  Access-Control-Allow-Origin: *');
	return `${lines.join('\n')}\n`;
}

/**
 * `add_header` lines for nginx, included by deploy/nginx/naik-kelas.conf. HSTS
 * comes from the server block's `$nk_hsts`, so a plain-HTTP intranet can turn it
 * off there (an empty value sends no header) without editing this generated file.
 * `embed`: the lines for the embed view, which other sites may frame.
 */
export function nginxHeaders(scriptHashes: string[], { embed = false } = {}): string {
	const security = embed ? Object.fromEntries(Object.entries(SECURITY_HEADERS).filter(([k]) => k !== 'X-Frame-Options')) : SECURITY_HEADERS;
	const all = { ...security, 'Content-Security-Policy': contentSecurityPolicy(scriptHashes, embed ? '*' : "'self'") };
	const lines = Object.entries(all).map(([k, v]) => `add_header ${k} "${v}" always;`);
	lines.push('add_header Strict-Transport-Security $nk_hsts always;');
	return `${lines.join('\n')}\n`;
}
