/**
 * Hosting: the _headers file static hosts read (Netlify, Cloudflare Pages), and
 * dist/ served by real nginx (Debian's package) with the repo's server block
 * (deploy/nginx/naik-kelas.conf), checked as a browser would receive it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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

interface Nginx {
	base: string;
	/** -p/-c arguments, for `nginx -s reload` and the deploy script. */
	args: string[];
	stop(): void;
}

/** Real nginx (Debian's package) running deploy/nginx/naik-kelas.conf for `root`, on a free port. */
async function startNginx(root: string, edit: (conf: string) => string = (c) => c): Promise<Nginx> {
	if (!NGINX) throw new Error('nginx is not installed: scripts/ensure-system-deps.sh installs it (apt-get install nginx-light)');
	const dir = mkdtempSync(join(tmpdir(), 'nk-nginx-'));
	const port = await freePort();
	const server = edit(readFileSync('deploy/nginx/naik-kelas.conf', 'utf8')).replaceAll('/srv/naik-kelas', root).replace('listen 80;', `listen 127.0.0.1:${port};`);
	// Only Debian's mime.types, as a self-hoster has it: the server block must bring what it needs (the manifest type).
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n include /etc/nginx/mime.types;\n access_log off;\n client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;\n${server}\n}\n`,
	);
	const args = ['-p', dir, '-c', join(dir, 'nginx.conf')];
	const proc: ChildProcess = spawn(NGINX, args, { stdio: 'inherit' });
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(base);
			return { base, args, stop: () => proc.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	proc.kill();
	throw new Error('nginx did not start');
}

let site: Nginx;
let base = '';
beforeAll(async () => {
	site = await startNginx(resolve('dist'));
	base = site.base;
});
afterAll(() => site?.stop());

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

	it('answers a missing English address with the English 404 page, in every kind of location', async () => {
		const english = readFileSync('dist/en/404/index.html', 'utf8');
		expect(english).toContain('<html lang="en"');
		// A lesson-like address (location /), an embed (a regex location) and a file name: each has its own block.
		for (const path of ['/en/belajar/tidak-ada/', '/en/embed/belajar/tidak-ada/', '/en/tidak-ada.webmanifest', '/en/api-tidak-ada.json']) {
			const res = await fetch(`${base}${path}`);
			expect(res.status, path).toBe(404);
			expect(await res.text(), path).toBe(english);
			expect(res.headers.get('content-security-policy'), path).toBeTruthy();
		}
		// Not every address that starts with "en": only the /en/ folder is English.
		const root = await fetch(`${base}/enak-tidak-ada/`);
		expect(root.status).toBe(404);
		expect(await root.text()).toContain('<html lang="id"');
		expect((await fetch(`${base}/embed/belajar/tidak-ada/`)).status).toBe(404);
		expect(await (await fetch(`${base}/embed/belajar/tidak-ada/`)).text()).toContain('<html lang="id"');
		// The English not-found page itself is still a page at its own address.
		expect((await fetch(`${base}/en/404/`)).status).toBe(200);
	});

	it('serves a lesson folder URL and the JSON API', async () => {
		const lessons = (await (await fetch(`${base}/api/v1/lessons.json`)).json()) as { lessons: { url: { id: string } }[] };
		const path = new URL(lessons.lessons[0]!.url.id).pathname;
		expect((await fetch(`${base}${path}`)).status).toBe(200);
	});

	it('does not publish the build helper files', async () => {
		expect((await fetch(`${base}/_nginx-headers.conf`)).status).toBe(404);
	});

	it('hides its version, sends HSTS, and serves the web manifest with its type', async () => {
		const res = await fetch(`${base}/`);
		expect(res.headers.get('server')).toBe('nginx');
		expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
		const missing = await fetch(`${base}/belajar/tidak-ada/`);
		expect(missing.headers.get('server')).toBe('nginx');
		for (const path of ['/manifest.webmanifest', '/en/manifest.webmanifest']) {
			const m = await fetch(`${base}${path}`);
			expect(m.status, path).toBe(200);
			expect(m.headers.get('content-type'), path).toBe('application/manifest+json');
			expect(m.headers.get('content-security-policy'), path).toBeTruthy();
			expect(JSON.parse(await m.text()).name).toBeTruthy();
		}
	});

	it('redirects to a path, not to its own address (behind a TLS proxy that would be http://host:port/)', async () => {
		const res = await fetch(`${base}/_astro`, { redirect: 'manual', headers: { host: 'naik-kelas.example' } });
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/_astro/');
	});

	it('a plain-HTTP intranet can turn HSTS off in the server block', async () => {
		const intranet = await startNginx(resolve('dist'), (conf) => conf.replace('set $nk_hsts "max-age=31536000";', 'set $nk_hsts "";'));
		try {
			const res = await fetch(`${intranet.base}/`);
			expect(res.status).toBe(200);
			expect(res.headers.get('strict-transport-security')).toBeNull();
			expect(res.headers.get('content-security-policy')).toBeTruthy();
		} finally {
			intranet.stop();
		}
	});
});

describe('publishing a release to nginx (deploy/nginx/deploy.sh)', () => {
	it('serves the new release with its own CSP: copying alone would keep the old one', async () => {
		const work = mkdtempSync(join(tmpdir(), 'nk-deploy-'));
		const live = join(work, 'live');
		// Small releases (the home page, the 404 page and the header includes of this build) keep the test fast.
		const release = (name: string, edit: (headers: string) => string = (h) => h) => {
			const dir = join(work, name);
			mkdirSync(dir);
			for (const file of ['index.html', '404.html']) cpSync(join('dist', file), join(dir, file));
			for (const file of ['_nginx-headers.conf', '_nginx-headers-embed.conf']) writeFileSync(join(dir, file), edit(readFileSync(join('dist', file), 'utf8')));
			return dir;
		};
		const releaseA = release('release-a');
		// Release B: another inline-script hash, as the next build would have.
		const releaseB = release('release-b', (h) => h.replace("script-src 'self'", "script-src 'self' 'sha256-RELEASEB'"));
		const deploy = (dist: string) => execFileSync('sh', ['deploy/nginx/deploy.sh', dist, live], { env: { ...process.env, NGINX: NGINX!, NGINX_ARGS: server.args.join(' ') }, encoding: 'utf8' });
		const csp = async () => (await fetch(`${server.base}/`)).headers.get('content-security-policy') ?? '';

		cpSync(releaseA, live, { recursive: true });
		const server = await startNginx(live);
		try {
			expect(await csp()).not.toContain('RELEASEB');
			// What goes wrong without the reload: files copied, headers still release A's.
			cpSync(releaseB, live, { recursive: true });
			expect(readFileSync(join(live, '_nginx-headers.conf'), 'utf8')).toContain('RELEASEB');
			expect(await csp()).not.toContain('RELEASEB');
			cpSync(releaseA, live, { recursive: true });

			expect(deploy(releaseB)).toContain('nginx reloaded');
			await expect.poll(csp).toContain("'sha256-RELEASEB'");
			expect(existsSync(`${live}.old`) || existsSync(`${live}.new`)).toBe(false);
			// A folder that is not a build is refused before anything is touched.
			expect(() => execFileSync('sh', ['deploy/nginx/deploy.sh', work, live], { stdio: 'pipe' })).toThrow(/not a built site/);
			// Polled: after a reload, an old nginx worker may still answer a kept-alive connection for a moment.
			await expect.poll(csp).toContain("'sha256-RELEASEB'");
		} finally {
			server.stop();
		}
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
		// One Cache-Control per URL: hosts join the values of every matching rule (see security-headers.test.ts).
		expect(headers.match(/Cache-Control/g)).toHaveLength(3);
		expect(headers).not.toMatch(/^\/\*\n(?:\s+.*\n)*?\s+Cache-Control/m);
		expect(headers).toMatch(/Strict-Transport-Security: max-age=31536000/);
	});

	it('has an English not-found page at /en/404.html, where hosts look for the nearest 404.html', () => {
		const en = readFileSync('dist/en/404.html', 'utf8');
		expect(en).toBe(readFileSync('dist/en/404/index.html', 'utf8'));
		expect(en).toMatch(/<html[^>]* lang="en"/);
		expect(en).toMatch(/<meta name="robots" content="noindex/);
	});
});
