/**
 * What each route costs the browser, from a production build's Vite manifest: the initial
 * route (index.html and its static imports) and every lazy route (its own chunk plus the
 * static imports that the initial route does not already load). Sizes gzip and brotli.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length, // level 6, what most servers use
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = { raw: 0, gzip: 0, brotli: 0 };

/** Every chunk key reachable through static imports (not dynamic ones) from `key`. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

export function bundleReport(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error(`no entry in ${distDir}/.vite/manifest.json`);
  const initialKeys = staticClosure(manifest, entryKey);
  const cost = (keys) => {
    let js = zero;
    let css = zero;
    const files = [];
    const modules = [];
    for (const key of keys) {
      const chunk = manifest[key];
      js = add(js, sizes(path.join(distDir, chunk.file)));
      files.push(chunk.file);
      if (chunk.src) modules.push(chunk.src);
      for (const cssFile of chunk.css ?? []) css = add(css, sizes(path.join(distDir, cssFile)));
    }
    return { js, css, files, modules };
  };
  const initial = cost(initialKeys);
  const routes = Object.keys(manifest)
    .filter(
      (key) => manifest[key].isDynamicEntry && /src\/(app\/routes|features)\/.*\.tsx$/.test(manifest[key].src ?? ''),
    )
    .map((key) => {
      const own = [...staticClosure(manifest, key)].filter((k) => !initialKeys.has(k));
      return { route: path.basename(manifest[key].src, '.tsx'), src: manifest[key].src, ...cost(own) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { initial, routes, manifest };
}

/** The source files bundled into the initial route's chunks (for "must not be here" checks). */
export function initialChunkText(distDir) {
  const { initial } = bundleReport(distDir);
  return initial.files.map((file) => readFileSync(path.join(distDir, file), 'utf8')).join('\n');
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
