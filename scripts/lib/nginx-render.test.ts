import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSite, renderStandalone } from '../../deploy/nginx/render.mjs';

/** A build as far as the renderer cares: an index.html with the CSP meta the Vite build writes. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-nginx-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; worker-src &#39;none&#39;" /></head></html>`,
  );
  return dir;
}

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** `nginx -t` on the rendered site inside a standalone main config: nginx itself accepts it. */
function nginxAccepts(site: string): void {
  const prefix = mkdtempSync(path.join(tmpdir(), 'mg-nginx-t-'));
  mkdirSync(path.join(prefix, 'temp'));
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, renderStandalone({ prefix, sites: [site], brotli: false }));
  execFileSync(NGINX, ['-t', '-q', '-p', prefix, '-c', config, '-e', 'stderr'], { stdio: 'pipe' });
}

describe('deploy/nginx/render.mjs (issue 17)', () => {
  const dist = fakeBuild();

  it("puts the build's own CSP (plus frame-ancestors) into every static location, and an API policy on /api", () => {
    const site = renderSite({ dist, gateway: 'http://127.0.0.1:9090', listen: '127.0.0.1:8080' });
    const pagePolicy = `add_header Content-Security-Policy "default-src 'self'; script-src 'self'; worker-src 'none'; frame-ancestors 'none'" always;`;
    expect(site.split(pagePolicy).length - 1).toBe(4);
    expect(site).toContain(
      `add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'; sandbox" always;`,
    );
    expect(site).toContain('proxy_pass http://127.0.0.1:9090/api/;');
    expect(site).toContain('proxy_pass_header Date;');
    expect(site).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
    expect(site).not.toContain('Strict-Transport-Security');
    expect(site).not.toMatch(/\{\{/);
  });

  it('tells the gateway https and sends HSTS behind a TLS load balancer; with its own certificate it redirects port 80', () => {
    const behind = renderSite({ dist, gateway: 'https://gateway.internal:8443', behindTls: true });
    expect(behind).toContain('proxy_set_header X-Forwarded-Proto https;');
    expect(behind).toContain('Strict-Transport-Security');
    expect(behind).toContain('proxy_ssl_verify on;');
    const tls = renderSite({
      dist,
      gateway: 'https://gateway.internal',
      listen: '443',
      tlsCert: '/etc/ssl/a.pem',
      tlsKey: '/etc/ssl/a.key',
    });
    expect(tls).toContain('listen 443 ssl http2;');
    expect(tls).toContain('return 301 https://$host$request_uri;');
  });

  it('gives a build with mocks on (no gateway) a 404 under /api', () => {
    const site = renderSite({ dist });
    expect(site).not.toContain('proxy_pass');
    expect(site).toMatch(/location \/api\/ \{[^}]*return 404;/);
  });

  it.each([
    ['a gateway with a directive in it', { gateway: 'http://x;evil' }],
    ['a gateway with a path', { gateway: 'http://x/admin' }],
    ['a listen with a space', { gateway: 'http://x', listen: '80 default_server' }],
    ['a server name with a brace', { gateway: 'http://x', serverName: 'a}b' }],
    ['a CSP with a quote', { gateway: 'http://x', csp: `default-src 'self'" always; include /etc/passwd; #` }],
    ['a CSP with a variable', { gateway: 'http://x', csp: 'default-src $host' }],
  ])('refuses %s', (_name, options) => {
    expect(() => renderSite({ dist, ...options })).toThrow(/nginx config/);
  });

  it.skipIf(!existsSync(NGINX))('renders configurations nginx accepts (nginx -t)', () => {
    nginxAccepts(
      renderSite({ dist, gateway: 'http://127.0.0.1:9090', listen: '127.0.0.1:18080', serverName: 'localhost' }),
    );
    // nginx resolves the gateway's name when it loads the file: a name that exists here.
    nginxAccepts(renderSite({ dist, gateway: 'https://localhost:8443', listen: '127.0.0.1:18081', behindTls: true }));
    nginxAccepts(renderSite({ dist, listen: '127.0.0.1:18082' }));
  });
});
