/**
 * PostCSS plugin for production builds: keep only the NL Design System (Utrecht) CSS the app
 * uses.
 *
 * `@utrecht/component-library-css` ships every component in one 400 KB file and the design
 * tokens in one 88 KB file; the app uses about twenty components. On a cheap phone the unused
 * rules cost download, parse and style-recalculation time on every page (Lighthouse mobile).
 * The published package has no per-component files, so we drop what is unused at build time:
 *
 *  1. Components: a rule selector that names a `utrecht-<block>` class whose block is not
 *     used anywhere in `src/` (or index.html) is dropped; a rule without selectors left goes.
 *     Class names built at runtime must keep a literal prefix in the source (e.g.
 *     `utrecht-heading-${level}` keeps every `utrecht-heading-*`).
 *  2. Tokens: `--utrecht-*` custom properties that no remaining `var()` reads (transitively,
 *     also from the app's own CSS and from `style` props in src) are dropped.
 *
 * Only the two Utrecht files are touched; the app's own CSS passes through unchanged. The
 * scan happens once per build, so a class added to the source is in the next build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const UTRECHT_FILE = /@utrecht[\\/](component-library-css|design-tokens)[\\/]dist[\\/]/;
const CLASS_IN_SOURCE = /utrecht-[a-z0-9_-]*/g;
const CLASS_IN_SELECTOR = /\.(utrecht-[a-zA-Z0-9_-]+)/g;
const VAR_USE = /var\(\s*(--[a-zA-Z0-9_-]+)/g;

/** `utrecht-button--primary-action` and `utrecht-form-field__label` → their block name. */
const blockOf = (className) => className.split('__')[0].split('--')[0];

function walk(dir, files = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, files);
    else if (/\.(tsx?|css|html|json)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(full);
  }
  return files;
}

/** Every `utrecht-*` token and every `var(--…)` the app's own source mentions. */
export function scanSource(root) {
  const files = [...walk(path.join(root, 'src')), path.join(root, 'index.html')];
  const blocks = new Set();
  const prefixes = [];
  const vars = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [token] of text.matchAll(CLASS_IN_SOURCE)) {
      // A token ending in '-' is the literal part of a class built at runtime.
      if (token.endsWith('-')) prefixes.push(token);
      else blocks.add(blockOf(token));
    }
    for (const [, name] of text.matchAll(VAR_USE)) vars.add(name);
    // Tokens the source names directly (e.g. in a style object) are read too.
    for (const [name] of text.matchAll(/--utrecht-[a-z0-9-]+/g)) vars.add(name);
  }
  return { blocks, prefixes, vars };
}

export function utrechtCssPurge({ root = process.cwd(), report } = {}) {
  let scanned;
  const used = () => (scanned ??= scanSource(root));
  const classIsUsed = (className) => {
    const { blocks, prefixes } = used();
    return blocks.has(blockOf(className)) || prefixes.some((prefix) => className.startsWith(prefix));
  };
  const selectorIsUsed = (selector) => [...selector.matchAll(CLASS_IN_SELECTOR)].every(([, name]) => classIsUsed(name));

  return {
    postcssPlugin: 'utrecht-css-purge',
    OnceExit(css) {
      const file = css.source?.input.file ?? '';
      // Pass 1 only for the Utrecht files; pass 2 (tokens) runs over the whole bundle below.
      if (!UTRECHT_FILE.test(file)) return;
      let before = 0;
      let after = 0;
      css.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes/i.test(rule.parent.name)) return;
        before += 1;
        const kept = rule.selectors.filter(selectorIsUsed);
        if (kept.length === 0) rule.remove();
        else {
          if (kept.length !== rule.selectors.length) rule.selectors = kept;
          after += 1;
        }
      });
      css.walkAtRules((atRule) => {
        if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
      });
      report?.({
        file: path.basename(path.dirname(path.dirname(file))) + '/' + path.basename(file),
        rulesBefore: before,
        rulesAfter: after,
      });
    },
  };
}
utrechtCssPurge.postcss = true;

/**
 * Pass 2, over the final CSS chunk (a Vite `generateBundle` hook): drop `--utrecht-*`
 * declarations that nothing reads. Runs after all CSS is in one place, so the app's own
 * `var()` uses count. Iterates because tokens refer to tokens.
 */
export async function pruneUnusedTokens(cssText, extraUsed = new Set()) {
  const { default: postcss } = await import('postcss');
  const rootNode = postcss.parse(cssText);
  for (;;) {
    const read = new Set(extraUsed);
    rootNode.walkDecls((decl) => {
      for (const [, name] of decl.value.matchAll(VAR_USE)) read.add(name);
    });
    let removed = 0;
    rootNode.walkDecls(/^--utrecht-/, (decl) => {
      if (!read.has(decl.prop)) {
        decl.remove();
        removed += 1;
      }
    });
    if (removed === 0) break;
  }
  rootNode.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  return rootNode.toString();
}
