import { describe, expect, it } from 'vitest';
import { rng } from './seed';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = rng('999993653:rdw');
    const b = rng('999993653:rdw');
    const c = rng('999992077:rdw');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps ints and dates within their bounds', () => {
    const r = rng('bounds');
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      const d = r.date('2020-01-01', '2020-12-31');
      expect(d >= '2020-01-01' && d <= '2020-12-31').toBe(true);
    }
  });
});
