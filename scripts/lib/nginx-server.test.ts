import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NGINX, freePorts, startNginx } from './nginx-server.mjs';

/** A build as far as nginx cares: an index.html with a CSP meta and a marker of its own. */
function fakeBuild(marker: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-nginx-site-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;" /></head><body>${marker}</body></html>`,
  );
  return dir;
}

describe('scripts/lib/nginx-server.mjs', () => {
  it('hands out distinct ports, all free at once', async () => {
    const ports = await freePorts(12);
    expect(ports).toHaveLength(12);
    expect(new Set(ports).size).toBe(12);
    for (const port of ports) expect(port).toBeGreaterThan(0);
  });

  // .ci/run installs nginx before the tests; without it the e2e suite cannot run either.
  it.skipIf(!existsSync(NGINX))(
    'serves each site on its own URL (the e2e MSW site is not the mocks-off one)',
    async () => {
      const sites = ['first', 'second', 'third'].map((marker) => ({ dist: fakeBuild(marker) }));
      // nginx reads the folders as `nobody` when we are root.
      for (const site of sites) chmodSync(site.dist, 0o755);
      const nginx = await startNginx(sites, { log: () => {} });
      try {
        expect(new Set(nginx.urls).size).toBe(3);
        const bodies = await Promise.all(nginx.urls.map((url) => fetch(`${url}/`).then((r) => r.text())));
        expect(bodies.map((body) => /<body>(\w+)<\/body>/.exec(body)?.[1])).toEqual(['first', 'second', 'third']);
      } finally {
        await nginx.stop();
      }
    },
  );
});
