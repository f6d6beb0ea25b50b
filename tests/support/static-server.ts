/**
 * A small static file server for dist/ on 127.0.0.1, used by browser tests and
 * the benchmark. It serves like a static host: index.html for folders, 404.html
 * for missing pages, long caching for hashed assets, optional brotli, and an ETag with
 * 304 Not Modified answers as nginx gives by default (what a revalidated page or favicon
 * really costs a returning visitor).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
	'.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json', '.xml': 'application/xml', '.txt': 'text/plain', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
	'.zip': 'application/zip',
};
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

export function startStaticServer(root: string, { port = 0, brotli = false } = {}): Promise<{ server: Server; url: string }> {
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			if (!path.endsWith('/') && existsSync(join(root, path, 'index.html'))) {
				res.writeHead(301, { location: `${path}/` }).end();
				return;
			}
			status = 404;
			file = join(root, '404.html');
		}
		const ext = extname(file);
		const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
		headers['cache-control'] = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
		const stat = statSync(file);
		headers.etag = `"${stat.mtimeMs.toString(16)}-${stat.size.toString(16)}"`;
		if (status === 200 && req.headers['if-none-match'] === headers.etag) {
			res.writeHead(304, headers).end();
			return;
		}
		if (brotli && COMPRESSIBLE.test(file) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let body = cache.get(file);
			if (!body) cache.set(file, (body = brotliCompressSync(readFileSync(file))));
			res.writeHead(status, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding', 'content-length': String(body.length) });
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.writeHead(status, headers);
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
		const addr = server.address();
		resolve({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}` });
	}));
}
