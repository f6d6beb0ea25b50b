/**
 * The public address of the deployed site. QR codes, social previews and the
 * JSON API use it to build absolute URLs, so set SITE_URL when deploying elsewhere.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://naik-kelas.pages.dev').replace(/\/$/, '');
