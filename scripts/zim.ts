#!/usr/bin/env node
/**
 * `npm run zim`: the whole built site (both languages) as one ZIM file for Kiwix on Android and offline library
 * boxes, written with Debian's openZIM tools (`zimwriterfs`, package zim-tools), then checked with `zimcheck`.
 *
 *   npm run build && npm run zim       → .cache/zim/naik-kelas.zim
 *   npm run zim -- --no-check          skip zimcheck
 *
 * Every site-absolute link becomes relative and names a file (src/features/zim/zim-links.ts), because a ZIM has no
 * folders' index pages. Left out: downloads (/unduh/: SCORM packages and workshop kits, linked on the public site
 * instead), the Pagefind index and the service worker (Kiwix has its own full-text search and works offline).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import sharp from 'sharp';
import { rewriteCss, rewriteHtml } from '../src/features/zim/zim-links.ts';
import { SITE_URL } from '../src/core/site.ts';

const DIST = 'dist';
const OUT_DIR = '.cache/zim';
const STAGE = join(OUT_DIR, 'site');
export const ZIM_FILE = join(OUT_DIR, 'naik-kelas.zim');
const LEFT_OUT = [/^unduh\//, /^pagefind\//, /^sw\.js$/, /^workbox-[^/]+\.js$/, /^_headers$/, /^_redirects$/, /\.conf$/, /\.map$/];
const ILLUSTRATION = 'zim-illustration-48.png';

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const started = Date.now();
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no site: run npm run build first');
for (const tool of ['zimwriterfs', 'zimcheck']) {
	if (spawnSync(tool, ['--version']).error) throw new Error(`${tool} is missing: apt-get install zim-tools (Debian), or run scripts/ensure-system-deps.sh`);
}
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });

const entries = walk(DIST)
	.map((f) => relative(DIST, f).split(sep).join('/'))
	.filter((e) => !LEFT_OUT.some((re) => re.test(e)));
const present = new Set(entries);
const exists = (entry: string) => present.has(entry);

for (const entry of entries) {
	const from = join(DIST, entry);
	const to = join(STAGE, entry);
	mkdirSync(dirname(to), { recursive: true });
	if (entry.endsWith('.html')) writeFileSync(to, rewriteHtml(readFileSync(from, 'utf8'), entry, exists, SITE_URL));
	else if (entry.endsWith('.css')) writeFileSync(to, rewriteCss(readFileSync(from, 'utf8'), entry, exists, SITE_URL));
	else copyFileSync(from, to);
}
await sharp(readFileSync('public/favicon.svg')).resize(48, 48).png().toFile(join(STAGE, ILLUSTRATION));

const write = spawnSync(
	'zimwriterfs',
	[
		'--welcome=index.html',
		`--illustration=${ILLUSTRATION}`,
		'--language=ind,eng',
		'--title=Naik Kelas',
		'--description=Belajar jualan online dan naik kelas untuk UMKM / Selling online for MSEs',
		'--creator=Naik Kelas',
		'--publisher=Naik Kelas',
		'--name=naik-kelas_mul_all',
		`--source=${SITE_URL}`,
		'--tags=_category:other;umkm;education',
		STAGE,
		ZIM_FILE,
	],
	{ stdio: ['ignore', 'ignore', 'inherit'] },
);
if (write.status !== 0) throw new Error(`zimwriterfs failed (exit ${write.status})`);
const bytes = statSync(ZIM_FILE).size;
console.log(`${ZIM_FILE}: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${entries.length} files, written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (!process.argv.includes('--no-check')) {
	const check = spawnSync('zimcheck', ['-A', ZIM_FILE], { encoding: 'utf8' });
	process.stdout.write(check.stdout.split('\n').slice(-30).join('\n'));
	if (check.status !== 0) {
		console.error(`zimcheck found errors (exit ${check.status})`);
		process.exit(1);
	}
	console.log('zimcheck: no errors');
}
