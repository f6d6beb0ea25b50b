/**
 * Turns built pages into self-contained HTML files for a workshop kit that
 * opens from the file system (file://) with no server and no network:
 * stylesheets, scripts and images are inlined (scripts' imports become data:
 * URLs), links to other files of the kit become relative, and every other
 * site link points at the public site. Pure: the caller supplies file access.
 */
import { posix } from 'node:path';

export interface InlineOptions {
	/** Read a built file by its site path (`/_astro/x.css`); undefined when it does not exist. */
	read: (sitePath: string) => Buffer | undefined;
	/** Where a site link goes from this file: a relative kit path, or an absolute URL. */
	link: (sitePath: string) => string;
}

const MIME: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.js': 'text/javascript',
	'.css': 'text/css',
};

const mimeOf = (path: string) => MIME[posix.extname(path.split(/[?#]/)[0]!).toLowerCase()] ?? 'application/octet-stream';

export function dataUrl(path: string, bytes: Buffer): string {
	return `data:${mimeOf(path)};base64,${bytes.toString('base64')}`;
}

/** Astro's link prefetcher: useless in a kit, and it would reach for the network on hover. */
export const isPrefetchScript = (code: string) => code.includes('prefetchAll') && code.includes('defaultStrategy');

function must(read: InlineOptions['read'], path: string, what: string): Buffer {
	const bytes = read(path);
	if (!bytes) throw new Error(`offline kit: ${what} ${path} is not in the build output`);
	return bytes;
}

/** A module script with every static and dynamic import replaced by a data: URL of the (inlined) module. */
export function inlineModule(code: string, sitePath: string, read: InlineOptions['read'], seen: string[] = []): string {
	if (seen.includes(sitePath)) throw new Error(`offline kit: circular import ${[...seen, sitePath].join(' → ')}`);
	return code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"'\s]+\.m?js)\2/g, (_all, lead: string, quote: string, spec: string) => {
		if (/^(data|https?):/.test(spec)) return `${lead}${quote}${spec}${quote}`;
		const target = spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec);
		const inner = inlineModule(must(read, target, 'script').toString('utf8'), target, read, [...seen, sitePath]);
		return `${lead}${quote}data:text/javascript;base64,${Buffer.from(inner).toString('base64')}${quote}`;
	});
}

/** A stylesheet with url(/…) references inlined as data: URLs. */
export function inlineCss(css: string, sitePath: string, read: InlineOptions['read']): string {
	return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all, _q: string, ref: string) => {
		if (/^(data:|https?:|#)/.test(ref)) return all;
		const target = ref.startsWith('/') ? ref : posix.join(posix.dirname(sitePath), ref);
		const bytes = read(target.split(/[?#]/)[0]!);
		return bytes ? `url("${dataUrl(target, bytes)}")` : all;
	});
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Make one built page self-contained. */
export function inlinePage(html: string, { read, link }: InlineOptions): string {
	let out = html;
	// Stylesheets → <style>, icons dropped (a kit file needs none).
	out = out.replace(/<link\b[^>]*>/g, (tag) => {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (!href) return tag;
		if (/\bstylesheet\b/.test(rel) && href.startsWith('/')) {
			const media = /\bmedia="([^"]+)"/.exec(tag)?.[1];
			const css = inlineCss(must(read, href, 'stylesheet').toString('utf8'), href, read);
			return media && media !== 'all' ? `<style media="${media}">${css}</style>` : `<style>${css}</style>`;
		}
		if (/\b(icon|prefetch|preload|modulepreload|sitemap|alternate|canonical|manifest)\b/.test(rel)) return '';
		return tag;
	});
	// External module scripts → inline modules (imports as data: URLs); the prefetcher is dropped.
	out = out.replace(/<script\b([^>]*)\bsrc="(\/[^"]+)"([^>]*)><\/script>/g, (_all, before: string, src: string, after: string) => {
		const code = must(read, src, 'script').toString('utf8');
		if (isPrefetchScript(code)) return '';
		const attrs = `${before}${after}`.replace(/\s+/g, ' ').trimEnd();
		return `<script${attrs}>${inlineModule(code, src, read).replace(/<\/script/gi, '<\\/script')}</script>`;
	});
	// Inline module scripts may import chunks too.
	out = out.replace(/(<script\b[^>]*type="module"[^>]*>)([\s\S]*?)(<\/script>)/g, (_all, open: string, code: string, close: string) => `${open}${inlineModule(code, '/_astro/inline.js', read)}${close}`);
	// Responsive image sources: the kit keeps the single fallback image.
	out = out.replace(/<source\b[^>]*>/g, '').replace(/\s(srcset|sizes)="[^"]*"/g, '');
	out = out.replace(/(<img\b[^>]*\bsrc=")(\/[^"]+)(")/g, (_all, a: string, src: string, b: string) => `${a}${dataUrl(src, must(read, src, 'image'))}${b}`);
	// Site links: to a kit file (relative) or to the public site.
	out = out.replace(/(<a\b[^>]*\bhref=")(\/[^"]*)(")/g, (_all, a: string, href: string, b: string) => {
		const [path, hash] = href.split('#');
		const to = link(path!);
		return `${a}${escapeAttr(to)}${hash !== undefined ? `#${hash}` : ''}${b}`;
	});
	return out;
}

/** Relative link from one kit file to another (`slide/a.html` → `../cetak/a.html`). */
export function relativeLink(fromFile: string, toFile: string): string {
	const rel = posix.relative(posix.dirname(fromFile), toFile);
	return rel || posix.basename(toFile);
}
