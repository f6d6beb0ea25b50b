/**
 * Serve dist/ with real nginx (Debian's package) and the repo's server block
 * (deploy/nginx/naik-kelas.conf, root and listen rewritten), for tests that
 * need the headers a self-hosted site sends (frames, CORS).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

async function freePort(): Promise<number> {
	return new Promise((res) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
	});
}

export async function startNginx(dist = 'dist'): Promise<{ url: string; stop: () => void }> {
	if (!NGINX) throw new Error('nginx is not installed: scripts/ensure-system-deps.sh installs it (apt-get install nginx-light)');
	const dir = mkdtempSync(join(tmpdir(), 'nk-nginx-'));
	const port = await freePort();
	const server = readFileSync('deploy/nginx/naik-kelas.conf', 'utf8').replaceAll('/srv/naik-kelas', resolve(dist)).replace('listen 80;', `listen 127.0.0.1:${port};`);
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n include /etc/nginx/mime.types;\n types { application/manifest+json webmanifest; }\n access_log off;\n client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;\n${server}\n}\n`,
	);
	const proc = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(url);
			return { url, stop: () => proc.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	proc.kill();
	throw new Error('nginx did not start');
}
