import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build helper without type declarations
import { pruneUnusedTokens, utrechtCssPurge } from './utrecht-css-purge.mjs';

/** A throwaway project whose source uses a button, a heading built at runtime and one token. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'purge-'));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(
    path.join(root, 'src', 'App.tsx'),
    'export const A = () => <h1 className={`utrecht-heading-${1}`}><button className="utrecht-button utrecht-button--primary-action" style={{ color: "var(--utrecht-app-token)" }} /></h1>;',
  );
  writeFileSync(path.join(root, 'index.html'), '<body class="utrecht-theme"></body>');
  return root;
}

const utrechtFile = '/x/node_modules/@utrecht/component-library-css/dist/index.css';

async function purge(css: string, from = utrechtFile) {
  const result = await postcss([utrechtCssPurge({ root: project() })]).process(css, { from });
  return result.css;
}

describe('utrecht CSS purge (production builds)', () => {
  it('keeps rules of used components, their modifiers and runtime-built classes; drops the rest', async () => {
    const css = await purge(
      '.utrecht-button{a:1}.utrecht-button--primary-action{b:2}.utrecht-heading-3{c:3}.utrecht-calendar{d:4}.utrecht-theme{e:5}',
    );
    expect(css).toContain('.utrecht-button{a:1}');
    expect(css).toContain('.utrecht-button--primary-action{b:2}');
    expect(css).toContain('.utrecht-heading-3{c:3}');
    expect(css).toContain('.utrecht-theme{e:5}');
    expect(css).not.toContain('utrecht-calendar');
  });

  it('drops only the unused selectors of a shared rule, and empty at-rules', async () => {
    const css = await purge('.utrecht-button:focus,.utrecht-calendar:focus{x:1}@media print{.utrecht-calendar{y:2}}');
    expect(css).toBe('.utrecht-button:focus{x:1}');
  });

  it('leaves the app’s own CSS alone', async () => {
    const own = '.utrecht-calendar{x:1}';
    expect(await purge(own, '/x/src/styles/app.css')).toBe(own);
  });

  it('drops tokens nothing reads, following token-to-token references', async () => {
    const css = (await pruneUnusedTokens(
      '.t{--utrecht-a:var(--utrecht-b);--utrecht-b:red;--utrecht-c:blue;--utrecht-d:var(--utrecht-c);--utrecht-app-token:1px}.utrecht-button{color:var(--utrecht-a)}',
      new Set(['--utrecht-app-token']),
    )) as string;
    expect(css).toContain('--utrecht-a:var(--utrecht-b)');
    expect(css).toContain('--utrecht-b:red');
    expect(css).toContain('--utrecht-app-token:1px');
    expect(css).not.toContain('--utrecht-c');
    expect(css).not.toContain('--utrecht-d');
  });
});
