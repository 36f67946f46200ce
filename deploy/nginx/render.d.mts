/** Types for deploy/nginx/render.mjs (plain ESM, runnable with node alone on a server). */
export declare const BROTLI_MODULE: string;
export declare function cspOfBuild(dist: string): string;
export declare function renderSite(options: {
  dist: string;
  gateway?: string;
  listen?: string;
  serverName?: string;
  tlsCert?: string;
  tlsKey?: string;
  behindTls?: boolean;
  brotli?: boolean | 'auto';
  csp?: string;
}): string;
export declare function renderStandalone(options: {
  prefix: string;
  sites: string[];
  brotli?: boolean;
  mimeTypes?: string;
}): string;
