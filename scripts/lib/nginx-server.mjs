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
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderSite, renderStandalone } from '../../deploy/nginx/render.mjs';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const HOST = '127.0.0.1';

/** A free loopback port (probe, close, hand out). */
export async function freePort() {
  const [port] = await freePorts(1);
  return /** @type {number} */ (port);
}

/**
 * `count` distinct free loopback ports. All probes stay open until the last one has its port:
 * probed one after another, the kernel may hand out a port it just gave back (about 1 in 3,000
 * triples here), and two server blocks on one port make nginx ignore the second ("conflicting
 * server name") — the e2e suite's MSW site then served the mocks-off build (CI, 2026-12-03).
 * @param {number} count
 * @returns {Promise<number[]>}
 */
export async function freePorts(count) {
  /** @type {import('node:net').Server[]} */
  const probes = [];
  try {
    for (let i = 0; i < count; i++) {
      const probe = createServer();
      probe.unref();
      probes.push(probe);
      await new Promise((resolve, reject) => {
        probe.once('error', reject);
        probe.listen(0, HOST, () => resolve(undefined));
      });
    }
    return probes.map((probe) => /** @type {import('node:net').AddressInfo} */ (probe.address()).port);
  } finally {
    await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(() => resolve(undefined)))));
  }
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
  const ports = await freePorts(sites.length);
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
      const response = await fetch(`${url}/index.html`).then(
        async (r) => ({ status: r.status, body: r.status === 200 ? await r.text() : '' }),
        () => ({ status: 0, body: '' }),
      );
      const status = response.status;
      if (status === 200) {
        // Each URL must serve its own site: two sites on one port would serve the first twice.
        const own = await readFile(path.join(sites[i].dist, 'index.html'), 'utf8');
        if (response.body !== own) {
          await stop();
          throw new Error(`nginx serves another site's index.html at ${url} (expected ${sites[i].dist}):\n${output}`);
        }
        break;
      }
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
