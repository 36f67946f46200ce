// @vitest-environment node
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vendored = join(root, 'mocks/specs');
const upstream = join(root, '../shared/specs');

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

describe('vendored official specs (docs/decisions/004)', () => {
  it('has the BRP 2.7 spec and the official BRP test data', () => {
    expect(existsSync(join(vendored, 'brp/brp-personen-bevragen-v2.7.0-openapi.yaml'))).toBe(true);
    const data = JSON.parse(readFileSync(join(vendored, 'brp/brp-personen-mock-test-data-gba-format.json'), 'utf8'));
    expect(data).toHaveLength(1176);
  });

  it.runIf(existsSync(upstream))('is byte-identical to ../shared/specs', () => {
    const changed = files(vendored).filter(
      (file) =>
        existsSync(join(upstream, file)) &&
        !readFileSync(join(upstream, file)).equals(readFileSync(join(vendored, file))),
    );
    const missing = files(vendored).filter((file) => !existsSync(join(upstream, file)));
    expect(changed).toEqual([]);
    expect(missing).toEqual([]);
  });
});
