/**
 * Deterministic pseudo-randomness for seeded mock data: the same seed string (e.g. a BSN plus
 * a registry name) always gives the same sequence, in the browser, Vitest and Node alike.
 */
function hashString(input: string): number {
  // FNV-1a, 32 bit
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type Rng = {
  /** [0, 1) */
  next(): number;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** a date (UTC midnight) between two ISO dates, as YYYY-MM-DD */
  date(fromIso: string, toIso: string): string;
};

export function rng(seed: string): Rng {
  // mulberry32
  let state = hashString(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
    date: (fromIso, toIso) => {
      const from = Date.parse(`${fromIso}T00:00:00Z`);
      const to = Date.parse(`${toIso}T00:00:00Z`);
      const day = 86_400_000;
      return new Date(from + int(0, Math.floor((to - from) / day)) * day).toISOString().slice(0, 10);
    },
  };
}

/** The fixed "today" of the mock universe, so seeded data and tests never drift with the clock. */
export const MOCK_TODAY = '2026-11-28';
