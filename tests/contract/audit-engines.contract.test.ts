// @vitest-environment node
/**
 * One query suite, two engines (issue 15): the in-page engine (typed arrays) and DuckDB must
 * answer every query identically — totals, every record of every page in every sort order,
 * the aggregates, the export, and the anomaly flags of every single record (computed in
 * JavaScript by one, in SQL by the other). A small universe (50,000 records) keeps this
 * fast; the 100,000,000-record run is the benchmark (`npm run bench -- --only=audit-scale`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANOMALY_KINDS } from '@mocks/data/audit/anomalies';
import { benchQueries } from '@mocks/data/audit/bench-queries';
import { AUDIT_ACTIVITIES } from '@mocks/data/audit/catalog';
import { createDuckDbEngine } from '@mocks/data/audit/duckdb-engine';
import type { AuditEngine, AuditRecord, CursorState, Query, Sort } from '@mocks/data/audit/engine';
import { createMemoryEngine } from '@mocks/data/audit/memory-engine';
import { REMIT_IDS, remit } from '@mocks/data/audit/remits';
import { parseSearch } from '@mocks/data/audit/request';
import { pseudonymFor } from '@mocks/data/audit/universe';
import { organisatie } from '@mocks/data/verwerkingen/register';

const TARGET = 50_000;
const memory = createMemoryEngine({ target: TARGET });
const duck = createDuckDbEngine({ target: TARGET });

beforeAll(async () => {
  await Promise.all([memory.ensure(), duck.ensure()]);
}, 180_000);
afterAll(async () => {
  await Promise.all([memory.close(), duck.close()]);
});

const EVERYTHING: Query = { activities: new Uint8Array(AUDIT_ACTIVITIES.length).fill(1) };
const SORTS: Sort[] = ['tijd', '-tijd', 'organisatie', '-organisatie'];

async function all(engine: AuditEngine, q: Query, sort: Sort, limit = Number.MAX_SAFE_INTEGER): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const chunk of engine.stream(q, sort, limit)) out.push(...chunk);
  return out;
}

/** Walks `pages` pages of `size` records; returns the totals and the records, page by page. */
async function walk(engine: AuditEngine, q: Query, sort: Sort, size: number, pages: number) {
  const seen: AuditRecord[][] = [];
  const totals: number[] = [];
  let cursor: CursorState | undefined;
  for (let p = 0; p < pages; p++) {
    const page = await engine.page(q, sort, cursor, size);
    if (!page) throw new Error('cursor refused');
    totals.push(page.totaal);
    seen.push(page.records);
    cursor = page.next;
    if (!cursor) break;
  }
  return { totals, seen };
}

describe('the same universe in both engines', () => {
  it('every record is identical, anomaly flags included, and every rule fired', { timeout: 60_000 }, async () => {
    const [a, b] = await Promise.all([all(memory, EVERYTHING, 'tijd'), all(duck, EVERYTHING, 'tijd')]);
    expect(a.length).toBeGreaterThanOrEqual(TARGET);
    expect(b.length).toBe(a.length);
    const firstDifference = a.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(b[i]));
    expect(
      firstDifference,
      firstDifference >= 0 ? `${JSON.stringify(a[firstDifference])}\n${JSON.stringify(b[firstDifference])}` : '',
    ).toBe(-1);
    const agg = await duck.aggregate(EVERYTHING);
    for (const kind of ANOMALY_KINDS)
      expect(agg.perAnomalie.find((x) => x.soort === kind)!.aantal, kind).toBeGreaterThan(0);
  });

  it('subjects resolve to the same identity', async () => {
    for (const key of ['999993653', '999994669', 'SYN0000001', 'SYN0000400']) {
      const [a, b] = await Promise.all([
        memory.subjectByPseudonym(pseudonymFor(key)),
        duck.subjectByPseudonym(pseudonymFor(key)),
      ]);
      expect(a, key).toBeDefined();
      expect(b).toEqual(a);
    }
    expect(await duck.subjectByPseudonym('ps-00000000000000000000')).toBeUndefined();
  });
});

const extra = [
  '',
  'pseudoniem=' + pseudonymFor('999993653'),
  'pseudoniem=' + pseudonymFor('999994669') + '&sorteer=-tijd&uitvoering=systeem',
  ...ANOMALY_KINDS.map((k) => `anomalie=${k}&sorteer=-organisatie`),
  'categorie=inkomen&registratie=bri',
  'van=2024-02-29&tot=2024-02-29',
  `organisatie=${organisatie('aivd')!.id}`,
  `organisatie=${organisatie('rvig')!.id}&sorteer=organisatie`,
];

describe.each(REMIT_IDS.map((id) => [id]))('remit %s: the query suite gives identical answers', (remitId) => {
  const r = remit(remitId);
  it.each([...benchQueries(), ...extra].map((q) => [q]))('%s', { timeout: 30_000 }, async (qs) => {
    const params = new URLSearchParams(qs);
    const [pa, pb] = await Promise.all([parseSearch(params, r, memory, false), parseSearch(params, r, duck, false)]);
    expect(pb).toEqual(pa);
    if ('error' in pa) return;
    const q = pa.query;
    const [ca, cb, aa, ab] = await Promise.all([
      memory.count(q),
      duck.count(q),
      memory.aggregate(q),
      duck.aggregate(q),
    ]);
    expect(cb).toBe(ca);
    expect(ab).toEqual(aa);
    expect(aa.totaal).toBe(ca);
    for (const sort of qs.includes('sorteer=') ? [pa.sort] : SORTS) {
      const [wa, wb] = await Promise.all([walk(memory, q, sort, 37, 3), walk(duck, q, sort, 37, 3)]);
      expect(wb.totals).toEqual(wa.totals);
      expect(wb.seen).toEqual(wa.seen);
      for (const t of wa.totals) expect(t).toBe(ca);
    }
  });
});

describe('the export streams the same rows', () => {
  it('for a whole organisation, in organisation order, capped', { timeout: 30_000 }, async () => {
    const r = remit('ap');
    const parsed = await parseSearch(
      new URLSearchParams(`organisatie=${organisatie('gemeente-0599')!.id}`),
      r,
      memory,
      false,
    );
    if ('error' in parsed) throw new Error('parse');
    const [a, b] = await Promise.all([
      all(memory, parsed.query, '-organisatie', 2500),
      all(duck, parsed.query, '-organisatie', 2500),
    ]);
    expect(a.length).toBe(Math.min(2500, await memory.count(parsed.query)));
    expect(b).toEqual(a);
  });
});
