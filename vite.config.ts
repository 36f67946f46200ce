/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
// @ts-expect-error -- plain ESM build helper without type declarations
import { pruneUnusedTokens, scanSource, utrechtCssPurge } from './scripts/lib/utrecht-css-purge.mjs';
import { escapesPrefix } from './scripts/lib/proxy-path.mjs';

/**
 * Content-Security-Policy for the production build (issue 7).
 *
 * The policy goes into two places:
 *  - a `<meta http-equiv="Content-Security-Policy">` in the built index.html, so the app is
 *    protected on any static host, even one that sets no headers;
 *  - a `Content-Security-Policy` response header from `vite preview` (the production-like
 *    server of the e2e suite and the benchmark). A real deployment sets the same header at its
 *    web server. Only the header carries `frame-ancestors`: browsers ignore that directive in a
 *    meta element.
 *
 * The header is derived from the meta of the build being served, not from the environment of
 * the preview process: one `vite preview` may serve a build made with VITE_MOCKS=on while its
 * own environment says nothing about mocks, and header and meta must never disagree. (It is a
 * middleware rather than `preview.headers` for that reason: the static headers are fixed
 * before the build directory is known.)
 *
 * The plugin lives in this file because Vite 8's config loader warns about relative `.ts`
 * imports without an extension, and tsconfig does not allow writing one.
 */

type CspOptions = {
  /** VITE_MOCKS=on: the MSW service worker serves the API inside the browser. */
  mocks: boolean;
  /** VITE_API_BASE_URL: a path (same origin) or an https URL (another origin). */
  apiBaseUrl: string;
};

/** The directives both the meta and the header carry. */
function cspDirectives({ mocks, apiBaseUrl }: CspOptions): string[] {
  const connect = ["'self'"];
  if (/^https:\/\//.test(apiBaseUrl)) connect.push(new URL(apiBaseUrl).origin);
  return [
    "default-src 'self'",
    // No 'unsafe-inline' and no 'unsafe-eval': every script is a same-origin file.
    "script-src 'self'",
    // 'unsafe-inline' for styles only: React renders `style` attributes (progress bars, the
    // skeleton widths) and recharts sets inline styles on its SVG and tooltip. Style
    // attributes cannot run code; a nonce cannot cover them (nonces apply to elements).
    "style-src 'self' 'unsafe-inline'",
    // data: for the small SVG icons inside the NL Design System CSS; blob: for downloads
    // (the export) and any image made in the page.
    "img-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    // Workers exist only with mocks on: the mock service worker and the auditor universe's
    // Web Worker (mocks/data/audit/worker-engine.ts, decision 096), both from our own origin.
    `worker-src ${mocks ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

/** What goes into the meta element of index.html. */
function cspMeta(options: CspOptions): string {
  return cspDirectives(options).join('; ');
}

/** What the server sends: the meta policy plus what only works as a header. */
function cspHeaderFromMeta(metaPolicy: string): string {
  return `${metaPolicy}; frame-ancestors 'none'`;
}

/**
 * Production builds keep only the NL Design System CSS the app uses (scripts/lib/
 * utrecht-css-purge.mjs): unused component rules go in PostCSS, unused design tokens go from
 * the final CSS files here, once every `var()` reader is in one place.
 */
function utrechtTokenPrunePlugin(): Plugin {
  return {
    name: 'mg-utrecht-token-prune',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const { vars } = scanSource(process.cwd()) as { vars: Set<string> };
      for (const asset of Object.values(bundle)) {
        if (asset.type === 'asset' && asset.fileName.endsWith('.css') && typeof asset.source === 'string') {
          asset.source = (await pruneUnusedTokens(asset.source, vars)) as string;
        }
      }
    },
  };
}

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/;

/** Reads the policy back out of a built index.html (undefined when it has none). */
function cspFromHtml(html: string): string | undefined {
  return META_PATTERN.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

function cspPlugin(options: CspOptions): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'mijn-gegevens:csp',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite has added its own tags, so the check below sees the final document.
      order: 'post',
      handler(html, context) {
        // The dev server injects inline scripts (React refresh, the Vite client): no CSP there.
        if (context.server) return html;
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
          throw new Error(
            "index.html has an inline <script>; the Content-Security-Policy (script-src 'self') would block it",
          );
        }
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(cspMeta(options))}" />`;
        // Right after the charset: a meta policy only covers what comes after it.
        return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
      },
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(config?.root ?? process.cwd(), config?.build.outDir ?? 'dist');
      const indexFile = path.join(outDir, 'index.html');
      const fromBuild = existsSync(indexFile) ? cspFromHtml(readFileSync(indexFile, 'utf8')) : undefined;
      // A build without the meta (made before this plugin existed) still gets a policy.
      const header = cspHeaderFromMeta(fromBuild ?? cspMeta(options));
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', header);
        next();
      });
    },
  };
}

// Security headers for `vite preview` (a local look at a build, and the benchmark). It is not
// how the app is served in production: that is nginx (deploy/nginx, docs/decisions/041), which
// sets the same headers. The Content-Security-Policy header comes from cspPlugin: it must match
// the build being served.
const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * `/api` to the gateway, for `npm run dev` and `vite preview`. A target that would leave `/api`
 * once resolved (`/api/../x`, `/api/%2e%2e/x`) is answered 404 here instead of being forwarded
 * (issue 17, finding 1); proxied answers get the security headers too.
 */
function gatewayProxy(target: string) {
  return {
    '/api': {
      target,
      changeOrigin: false,
      bypass: (request: { url?: string }) => (escapesPrefix(request.url ?? '/') ? false : undefined),
      configure: (proxy: {
        on: (event: 'proxyRes', listener: (response: { headers: Record<string, unknown> }) => void) => void;
      }) => {
        proxy.on('proxyRes', (response) => {
          for (const [name, value] of Object.entries(securityHeaders)) response.headers[name.toLowerCase()] ??= value;
        });
      },
    },
  };
}

/**
 * Every module the first page needs (statically reachable from main.tsx) goes into one chunk
 * ('app'), next to the entry. Left to itself Rolldown cut the first load into 14 files wherever a
 * lazy page shared a module with it — each with its own request and import/export glue, and
 * worse compression (issue 16: 150.0 → 147.1 KB gzip, 14 → 3 files). Lazy chunks are unchanged.
 */
const entryModule = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));
type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;
/** One per build (the config function runs once per build): the graph is walked on first use. */
function initialChunkTest() {
  let initialModules: Set<string> | undefined;
  return (id: string, getModuleInfo: ModuleInfoOf): boolean => {
    if (!initialModules) {
      initialModules = new Set();
      const todo = [entryModule];
      for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
        if (initialModules.has(next)) continue;
        initialModules.add(next);
        todo.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
    }
    // The entry itself stays the entry chunk (index.html and the manifest point at it).
    return id !== entryModule && initialModules.has(id);
  };
}

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const isInitial = initialChunkTest();
  // Where `/api` goes when the browser mocks are off: a real gateway, or `npm run mock-api`.
  const gateway = env.GATEWAY_URL ?? process.env.GATEWAY_URL;
  const proxy = gateway ? gatewayProxy(gateway) : undefined;
  return {
    plugins: [
      react(),
      // Same defaults as src/config/env.ts: mocks on unless VITE_MOCKS=off.
      cspPlugin({ mocks: (env.VITE_MOCKS || 'on') !== 'off', apiBaseUrl: env.VITE_API_BASE_URL || '/api' }),
      utrechtTokenPrunePlugin(),
    ],
    // The dev server keeps the full NL Design System CSS, so a class added while it runs works.
    css: command === 'build' ? { postcss: { plugins: [utrechtCssPurge()] } } : undefined,
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    build: {
      manifest: true,
      sourcemap: false,
      target: 'es2022',
      // Every target browser supports <link rel="modulepreload">; the polyfill is dead code
      // and must not become an inline script under the CSP.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: (id: string, meta: { getModuleInfo: ModuleInfoOf }) =>
                  isInitial(id, (m) => meta.getModuleInfo(m)) ? 'app' : null,
              },
            ],
          },
        },
      },
    },
    server: {
      port: 5173,
      strictPort: false,
      proxy,
      // Build and test output is not source: without this, the e2e suite's builds (dist-e2e/…)
      // made a developer's open dev page reload ("page reload dist-e2e/index.html").
      watch: { ignored: ['**/dist*/**', '**/.e2e-artifacts/**', '**/test-results/**', '**/bench/**'] },
    },
    optimizeDeps: {
      // The app's one entry. Vite's default crawls every .html file in the project, which
      // included the built bundles in dist-e2e/, dist-e2e-mocks/ and dist-shots/: seconds of
      // scanning minified code on a cold start, and a dependency list that depended on which
      // builds happened to exist. The scan still follows the lazy routes' import()s.
      entries: ['index.html'],
    },
    preview: { port: 4173, strictPort: false, proxy, headers: securityHeaders },
    // Three Vitest projects (issue 11: `npm test` fast and steady on 2 cores). Each pays only
    // for what it needs: pure logic runs in Node without the mock gateway or a DOM; component
    // tests get jsdom + the in-process gateway; contract tests get the gateway without a DOM.
    // A pure-logic test that needs the DOM says so with `// @vitest-environment jsdom`.
    test: {
      restoreMocks: true,
      testTimeout: 20_000,
      // Both cores (Vitest's default leaves one free), and one module graph per worker: the
      // mock universe and i18n load once per worker instead of once per file. Every test
      // resets what it touches (tests/setup/*), so files do not need a fresh module graph.
      maxWorkers: 2,
      isolate: false,
      env: { TZ: 'Europe/Amsterdam' },
      projects: [
        {
          extends: true,
          test: {
            name: 'logic',
            environment: 'node',
            include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
            exclude: ['src/**/api.test.ts', 'src/**/api/**/*.test.ts'],
            setupFiles: ['./tests/setup/common.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx', 'src/**/api.test.ts', 'src/**/api/**/*.test.ts'],
            setupFiles: ['./tests/setup/common.ts', './tests/setup/gateway.ts', './tests/setup/dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'contract',
            environment: 'node',
            include: ['tests/contract/**/*.test.ts'],
            setupFiles: ['./tests/setup/common.ts', './tests/setup/gateway.ts'],
          },
        },
      ],
    },
  };
});
