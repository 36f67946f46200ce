/**
 * One unprivileged nginx, started from the configuration users deploy (deploy/nginx/render.mjs):
 * a server block per site, each on its own free loopback port. Used by the e2e suite
 * (tests/e2e/support/global-setup.ts) and by `npm run bench`, so both measure the app the way
 * production serves it (gzip/brotli, cache headers, CSP) rather than through `vite preview`,
 * which sends every file uncompressed.
 *
 * nginx runs as `nobody` when we are root (CI, this machine), with its pid, temp files and
 * config in a temp folder and its errors on our stderr. Debian's nginx: `apt-get install -y nginx`
 * (NGINX_PATH overrides the path).
 */
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderSite, renderStandalone } from '../../deploy/nginx/render.mjs';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const HOST = '127.0.0.1';

/** A free loopback port (probe, close, hand out). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * @param {Array<{ dist: string, gateway?: string }>} sites `dist` absolute; `gateway` the origin `/api/` goes to
 * @param {{ log?: (chunk: string) => void }} [options]
 * @returns {Promise<{ urls: string[], stop: () => Promise<void> }>}
 */
export async function startNginx(sites, { log = (chunk) => process.stderr.write(`[nginx] ${chunk}`) } = {}) {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}. Install it with: apt-get install -y nginx (or set NGINX_PATH)`);
  }
  const prefix = await mkdtemp(path.join(tmpdir(), 'mg-nginx-'));
  await mkdir(path.join(prefix, 'temp'));
  const ports = [];
  for (let i = 0; i < sites.length; i++) ports.push(await freePort());
  const blocks = sites.map((site, i) =>
    renderSite({ dist: site.dist, gateway: site.gateway, listen: `${HOST}:${ports[i]}`, serverName: HOST }),
  );
  const config = path.join(prefix, 'nginx.conf');
  await writeFile(config, renderStandalone({ prefix, sites: blocks }));
  // Unprivileged: as root the whole nginx runs as `nobody`.
  const asNobody = process.getuid?.() === 0;
  if (asNobody) {
    for (const dir of [prefix, path.join(prefix, 'temp')]) await chown(dir, 65534, 65534);
  }
  const child = spawn(NGINX, ['-p', prefix, '-c', config, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  let output = '';
  const onOutput = (chunk) => {
    output += chunk.toString();
    log(chunk.toString());
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const urls = ports.map((port) => `http://${HOST}:${port}`);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (const [i, url] of urls.entries()) {
    for (;;) {
      if (child.exitCode !== null) {
        await stop();
        throw new Error(`nginx exited with ${child.exitCode} (config ${config}):\n${output}`);
      }
      const status = await fetch(`${url}/index.html`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (status !== 0 || Date.now() > deadline) {
        await stop();
        throw new Error(
          `nginx does not serve ${url}/index.html (status ${status}). Can user nobody read ${sites[i].dist}? ${output}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { urls, stop };
}
