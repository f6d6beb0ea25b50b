/**
 * Hosting: the _headers file static hosts read (Netlify, Cloudflare Pages), and
 * dist/ served by real nginx (Debian's package) with the repo's server block
 * (deploy/nginx/naik-kelas.conf), checked as a browser would receive it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => { try { readFileSync(p); return true; } catch { return false; } });

async function freePort(): Promise<number> {
	return new Promise((res) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
	});
}

let proc: ChildProcess;
let base = '';

beforeAll(async () => {
	if (!NGINX) throw new Error('nginx is not installed: scripts/ensure-system-deps.sh installs it (apt-get install nginx-light)');
	const dir = mkdtempSync(join(tmpdir(), 'nk-nginx-'));
	const port = await freePort();
	const server = readFileSync('deploy/nginx/naik-kelas.conf', 'utf8').replaceAll('/srv/naik-kelas', resolve('dist')).replace('listen 80;', `listen 127.0.0.1:${port};`);
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n include /etc/nginx/mime.types;\n types { application/manifest+json webmanifest; }\n access_log off;\n client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;\n${server}\n}\n`,
	);
	proc = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
	base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(base);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('nginx did not start');
});
afterAll(() => proc?.kill());

describe('self-hosting with nginx', () => {
	it('serves pages with security headers and a CSP without unsafe-inline scripts', async () => {
		const res = await fetch(`${base}/`);
		expect(res.status).toBe(200);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'self'");
		expect(csp.split(';').find((d) => d.includes('script-src'))).not.toContain('unsafe-inline');
		expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
	});

	it('compresses text and caches hashed assets for a year', async () => {
		const css = readdirSync('dist/_astro').find((f) => f.endsWith('.css'))!;
		const res = await fetch(`${base}/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } });
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('content-security-policy')).toBeTruthy();
	});

	it('answers a missing page with 404 and the site 404 page, headers included', async () => {
		const res = await fetch(`${base}/belajar/tidak-ada/`);
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('<html lang="id"');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('serves a lesson folder URL and the JSON API', async () => {
		const lessons = (await (await fetch(`${base}/api/v1/lessons.json`)).json()) as { lessons: { url: { id: string } }[] };
		const path = new URL(lessons.lessons[0]!.url.id).pathname;
		expect((await fetch(`${base}${path}`)).status).toBe(200);
	});

	it('does not publish the build helper files', async () => {
		expect((await fetch(`${base}/_nginx-headers.conf`)).status).toBe(404);
	});
});

describe('static hosts (_headers)', () => {
	it('writes _headers with a CSP whose script-src has no unsafe-inline', () => {
		const headers = readFileSync('dist/_headers', 'utf8');
		const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
		expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
	});
});
