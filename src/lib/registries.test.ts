import { describe, expect, it } from 'vitest';
import { registryBySlug, registryFacts, registryIds, type RegistryFacts } from './registries';

const files = import.meta.glob<RegistryFacts>(['./registry-facts/*.ts', '!./registry-facts/*.test.ts'], {
  eager: true,
  import: 'facts',
});

describe('the registry facts, one file per registry (src/lib/registry-facts/<id>.ts)', () => {
  it('finds every facts file, each named by its id, in overview order', () => {
    const named = Object.entries(files).map(([file, facts]) => [/([a-z]+)\.ts$/.exec(file)?.[1], facts.id]);
    for (const [file, id] of named) expect(id, `${file}.ts`).toBe(file);
    expect([...registryIds].sort()).toEqual(named.map(([file]) => file).sort());
    expect(registryIds.slice(0, 4)).toEqual(['brp', 'bag', 'brk', 'woz']);
    const orders = registryIds.map((id) => registryFacts[id].order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('gives each a unique slug and colour, and depends only on registries it knows', () => {
    for (const key of ['slug', 'colour'] as const) {
      const values = registryIds.map((id) => registryFacts[id][key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const id of registryIds) {
      expect(registryBySlug(registryFacts[id].slug)).toBe(id);
      for (const dependency of registryFacts[id].dependsOn) {
        expect(registryIds, `${id} depends on ${dependency}`).toContain(dependency);
        expect(registryIds.indexOf(dependency)).toBeLessThan(registryIds.indexOf(id));
      }
    }
  });

  it('names each in Dutch and English, and ends its remedy rows with a catch-all', () => {
    for (const id of registryIds) {
      const { names, legalBasis, remedies } = registryFacts[id];
      for (const language of ['nl', 'en'] as const) {
        expect(legalBasis[language], `${id} ${language}`).not.toBe('');
        for (const text of Object.values(names[language])) expect(text.trim(), `${id} ${language}`).not.toBe('');
      }
      expect(remedies.length, id).toBeGreaterThan(0);
      expect(remedies.at(-1)?.match, id).toBeUndefined();
      for (const row of remedies) expect(row.kind.startsWith(`${id}-`), row.kind).toBe(true);
    }
  });
});
