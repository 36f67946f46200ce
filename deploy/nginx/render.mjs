#!/usr/bin/env node
/**
 * Renders the nginx configuration for a build (deploy/nginx/mijn-gegevens.conf.template).
 *
 *   node deploy/nginx/render.mjs --dist /srv/mijn-gegevens --gateway https://gateway.internal:8443 \
 *     --listen 443 --server-name mijn.example.nl --tls-cert /etc/ssl/mijn.pem --tls-key /etc/ssl/mijn.key \
 *     > /etc/nginx/sites-available/mijn-gegevens
 *
 * The Content-Security-Policy header is read from the build's own index.html (the meta element
 * the Vite build writes), plus `frame-ancestors 'none'`, which only works as a header: header
 * and meta can never disagree. Every value is checked before it goes into the file, so no
 * setting can add nginx directives of its own.
 *
 * Also used by the e2e suite (tests/e2e/support/global-setup.ts), which serves its builds with
 * exactly this configuration through `renderStandalone`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TEMPLATE = path.join(HERE, 'mijn-gegevens.conf.template');
/** Where Debian's libnginx-mod-http-brotli-filter puts the module. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/;

/** The policy of a build, as its index.html states it, plus what only a header can say. */
export function cspOfBuild(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const meta = META_PATTERN.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  if (!meta)
    throw new Error(`${dist}/index.html has no Content-Security-Policy meta element: is it a build of this app?`);
  return `${meta}; frame-ancestors 'none'`;
}

const fail = (message) => {
  throw new Error(`nginx config: ${message}`);
};

/** A value that stands as a word in the file: only what `pattern` (no spaces, `;`, quotes, `$`, braces) allows. */
function safe(name, value, pattern) {
  if (typeof value !== 'string' || !pattern.test(value)) fail(`${name} ${JSON.stringify(value)} is not allowed here`);
  return value;
}

/** A header value between double quotes: nothing that could end the string or name a variable. */
function quoted(name, value) {
  if (/["\\\n\r{}$]/.test(value)) fail(`${name} contains a character nginx would read as syntax`);
  return `"${value}"`;
}

function headerLines(headers, indent = '        ') {
  return Object.entries(headers)
    .map(([name, value]) => `${indent}add_header ${name} ${quoted(name, value)} always;`)
    .join('\n');
}

/**
 * `gateway` undefined: a build with mocks on (its service worker answers /api), /api is a 404.
 *
 * `behindTls`: plain http here, but only ever reached through a load balancer that terminates
 * https: the gateway is told `https` (for the `__Host-`, Secure cookie) and HSTS is sent.
 *
 * @param {{ dist: string, gateway?: string, listen?: string, serverName?: string, tlsCert?: string, tlsKey?: string, behindTls?: boolean, brotli?: boolean | 'auto', csp?: string }} options
 * @returns {string} one or two nginx `server` blocks
 */
export function renderSite(options) {
  const dist = path.resolve(options.dist);
  if (!existsSync(path.join(dist, 'index.html')))
    fail(`${dist} has no index.html (build the app first: npm run build)`);
  safe('dist', dist, /^\/[\w./@+-]+$/);
  const gateway =
    options.gateway === undefined
      ? undefined
      : safe(
          'gateway',
          String(options.gateway).replace(/\/+$/, ''),
          /^https?:\/\/[\w.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i,
        );
  const listen = safe(
    'listen',
    String(options.listen ?? '8080'),
    /^((\d{1,3}\.){3}\d{1,3}:|\[[0-9a-f:]+\]:)?\d{1,5}$/i,
  );
  const serverName = safe('server name', options.serverName ?? '_', /^[\w.*-]+( [\w.*-]+)*$/);
  const tls = Boolean(options.tlsCert || options.tlsKey);
  if (tls && !(options.tlsCert && options.tlsKey)) fail('--tls-cert and --tls-key go together');
  const brotli = options.brotli === 'auto' || options.brotli === undefined ? existsSync(BROTLI_MODULE) : options.brotli;
  const csp = options.csp ?? cspOfBuild(dist);

  const common = {
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(tls || options.behindTls ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  const staticHeaders = { 'Content-Security-Policy': csp, ...common };
  // An API answer is never a document: nothing may run or be framed in it.
  const apiHeaders = { 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox", ...common };

  const values = {
    DIST: dist,
    GATEWAY: gateway ?? '',
    LISTEN: tls ? `${listen} ssl http2` : listen,
    SERVER_NAME: serverName,
    FORWARDED_PROTO: options.behindTls && !tls ? 'https' : '$scheme',
    TLS: tls
      ? [
          `    ssl_certificate ${safe('tls cert', path.resolve(options.tlsCert), /^\/[\w./@+-]+$/)};`,
          `    ssl_certificate_key ${safe('tls key', path.resolve(options.tlsKey), /^\/[\w./@+-]+$/)};`,
          '    ssl_protocols TLSv1.2 TLSv1.3;',
          '    ssl_prefer_server_ciphers off;',
          '    ssl_session_cache shared:mijn_gegevens_tls:10m;',
          '    ssl_session_tickets off;',
        ].join('\n')
      : '',
    HTTPS_REDIRECT: tls
      ? `server {\n    listen 80;\n    server_name ${serverName};\n    server_tokens off;\n    return 301 https://$host$request_uri;\n}\n`
      : '',
    BROTLI: brotli
      ? '    brotli on;\n    brotli_comp_level 5;\n    brotli_types text/css application/javascript text/javascript application/json application/problem+json image/svg+xml text/plain text/csv;\n'
      : '',
    STATIC_HEADERS: headerLines(staticHeaders),
    API_HEADERS: headerLines(apiHeaders),
    // The gateway sets some of these itself: one value each, ours.
    API_HIDE_HEADERS: Object.keys(apiHeaders)
      .map((name) => `        proxy_hide_header ${name};`)
      .join('\n'),
    UPSTREAM_TLS: gateway?.startsWith('https:')
      ? '        proxy_ssl_server_name on;\n        proxy_ssl_verify on;\n        proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;\n        proxy_ssl_protocols TLSv1.2 TLSv1.3;'
      : '',
  };
  let template = readFileSync(TEMPLATE, 'utf8');
  if (!gateway) {
    template = template.replace(
      / {4}# >>> api[\s\S]*?# <<< api\n/,
      `    location /api/ {\n{{API_HEADERS}}\n        return 404;\n    }\n`,
    );
  }
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => {
    if (!(key in values)) fail(`the template asks for {{${key}}}, which the renderer does not know`);
    return values[key];
  });
}

/**
 * A complete nginx.conf around one or more sites, for running nginx without touching /etc:
 * unprivileged, pid and temp files under `prefix`, errors to stderr, no access log.
 *
 * @param {{ prefix: string, sites: string[], brotli?: boolean, mimeTypes?: string }} options
 */
export function renderStandalone({
  prefix,
  sites,
  brotli = existsSync(BROTLI_MODULE),
  mimeTypes = '/etc/nginx/mime.types',
}) {
  safe('prefix', prefix, /^\/[\w./@+-]+$/);
  const temp = (name) => `    ${name}_temp_path ${path.join(prefix, 'temp', name)};`;
  return [
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 512; }',
    'http {',
    `    include ${mimeTypes};`,
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    sendfile on;',
    '    tcp_nopush on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    ...sites,
    '}',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg ?? '');
    if (!match) fail(`unknown argument ${arg}`);
    const key = match[1].replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    options[key] = match[2] ?? argv[++i];
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (!args.dist || !args.gateway)
      fail(
        'usage: render.mjs --dist <built app> --gateway <http(s)://host:port> [--listen 8080] [--server-name name] [--tls-cert file --tls-key file | --behind-tls on] [--brotli on|off]',
      );
    const brotli = args.brotli === undefined ? 'auto' : args.brotli === 'on';
    process.stdout.write(renderSite({ ...args, behindTls: args.behindTls === 'on', brotli }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
