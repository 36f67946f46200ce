/**
 * The audit query layer (issue 15): one small interface, two engines behind it.
 *
 *  - `memory-engine.ts`: typed-array columns in the page (the browser-only mode, and Vitest's
 *    in-process gateway);
 *  - `duckdb-engine.ts`: DuckDB, an analytical database, in the Node gateway
 *    (`npm run mock-api`, the e2e and HTTP tests), up to hundreds of millions of records.
 *
 * The handler (mocks/handlers/audit.ts) validates the request, applies the auditor's remit
 * and speaks HTTP; an engine only answers queries. Both must give identical answers; one
 * query suite runs against both (tests/contract/audit-engines.contract.test.ts). Everything
 * here is shared so that they cannot drift: the query shape, how a stored row becomes an API
 * record, and how raw group counts become the aggregates.
 */
import { registryIds } from '@/lib/registries';
import { ORGANISATIES } from '../verwerkingen/register';
import { FLAG_ERROR, FLAG_HUMAN, spanIdFor, traceIdFor } from '../verwerkingen/events';
import { ANOMALY_BIT, ANOMALY_KINDS, kindsFromMask, type AnomalyKind } from './anomalies';
import {
  ACTIVITY_BRON,
  ACTIVITY_LEGAL,
  ACTIVITY_ORG,
  AUDIT_ACTIVITIES,
  CATEGORY_NAMES,
  LEGAL_BASES,
  MONTHS,
  MONTH_OF_DAY,
} from './catalog';

export const SORTS = ['tijd', '-tijd', 'organisatie', '-organisatie'] as const;
export type Sort = (typeof SORTS)[number];

/**
 * A search as an engine sees it. Organisation, registry, activity and legal basis are all
 * properties of the activity, and so is the auditor's remit: they are folded into one mask
 * over AUDIT_ACTIVITIES (1 = may match) before an engine sees the query.
 */
export type Query = {
  activities: Uint8Array;
  /** Start time in [van, tot), ms. */
  van?: number;
  tot?: number;
  /** Bit index into CATEGORY_NAMES. */
  categorie?: number;
  uitvoering?: 'mens' | 'systeem';
  /** Anomaly bits (ANOMALY_BIT); a record matches when it has any of them. */
  anomalie?: number;
  /** Subject index. */
  subject?: number;
};

/** A stored record as both engines hold it (ids are the generation order). */
export type RecordRow = {
  id: number;
  subjectHash: number;
  pseudonym: string;
  start: number;
  activity: number;
  categories: number;
  flags: number;
  seq: number;
  traceSeq: number;
  recipient: number;
  anomalies: number;
};

export type AuditRecord = {
  id: string;
  spanId: string;
  traceId: string;
  tijd: string;
  pseudoniem: string;
  activiteit: { id: string; naam: string; inRegister: boolean };
  organisatie: { id: string; naam: string };
  ontvanger?: { id: string; naam: string };
  registratie: string;
  grondslagen: string[];
  categorieen: string[];
  uitvoering: 'mens' | 'systeem';
  vertrouwelijk: boolean;
  status: 'Ok' | 'Error';
  anomalieen: AnomalyKind[];
};

const categoryCache = new Map<number, string[]>();
function categoryNames(mask: number): string[] {
  let list = categoryCache.get(mask);
  if (!list) {
    list = CATEGORY_NAMES.filter((_, b) => (mask & (1 << b)) !== 0);
    categoryCache.set(mask, list);
  }
  return list;
}

export function toAuditRecord(row: RecordRow): AuditRecord {
  const a = AUDIT_ACTIVITIES[row.activity]!;
  const org = ORGANISATIES[a.organisatie]!;
  const record: AuditRecord = {
    id: String(row.id),
    spanId: spanIdFor(row.subjectHash, row.seq),
    traceId: traceIdFor(row.subjectHash, row.traceSeq),
    tijd: new Date(row.start).toISOString(),
    pseudoniem: row.pseudonym,
    activiteit: { id: a.id, naam: a.naam, inRegister: a.inRegister },
    organisatie: { id: org.id, naam: org.naam },
    registratie: a.bron,
    grondslagen: a.legalBasis,
    categorieen: categoryNames(row.categories),
    uitvoering: row.flags & FLAG_HUMAN ? 'mens' : 'systeem',
    vertrouwelijk: a.vertrouwelijk,
    status: row.flags & FLAG_ERROR ? 'Error' : 'Ok',
    anomalieen: kindsFromMask(row.anomalies),
  };
  if (row.recipient >= 0)
    record.ontvanger = { id: ORGANISATIES[row.recipient]!.id, naam: ORGANISATIES[row.recipient]!.naam };
  return record;
}

export type Aggregates = {
  totaal: number;
  perOrganisatie: Array<{ id: string; naam: string; aantal: number }>;
  perMaand: Array<{ maand: string; aantal: number }>;
  perGrondslag: Array<{ grondslag: string; aantal: number }>;
  perRegistratie: Array<{ registratie: string; aantal: number }>;
  perCategorie: Array<{ categorie: string; aantal: number }>;
  perAnomalie: Array<{ soort: AnomalyKind; aantal: number }>;
};

/** Raw counts an engine returns: records per activity, per day, per category mask and per anomaly mask. */
export type Groups = {
  activity: Map<number, number>;
  day: Map<number, number>;
  categories: Map<number, number>;
  anomalies: Map<number, number>;
};

function eachBit(mask: number, fn: (bit: number) => void): void {
  let m = mask >>> 0;
  while (m) {
    const low = m & -m;
    fn(31 - Math.clz32(low));
    m = (m ^ low) >>> 0;
  }
}

/** The aggregates of the API from raw group counts: one function for both engines. */
export function buildAggregates(g: Groups): Aggregates {
  const orgs = new Float64Array(ORGANISATIES.length);
  const legal = new Float64Array(LEGAL_BASES.length + 1);
  const bron = new Float64Array(registryIds.length);
  let totaal = 0;
  for (const [a, n] of g.activity) {
    totaal += n;
    orgs[ACTIVITY_ORG[a]!]! += n;
    bron[ACTIVITY_BRON[a]!]! += n;
    const l = ACTIVITY_LEGAL[a]!;
    if (l === 0) legal[LEGAL_BASES.length]! += n;
    eachBit(l, (b) => (legal[b]! += n));
  }
  const months = new Float64Array(MONTHS.length);
  for (const [d, n] of g.day) months[MONTH_OF_DAY[d]!]! += n;
  const cats = new Float64Array(CATEGORY_NAMES.length);
  for (const [mask, n] of g.categories) eachBit(mask, (b) => (cats[b]! += n));
  const anomalies = new Float64Array(8);
  for (const [mask, n] of g.anomalies) eachBit(mask, (b) => (anomalies[b]! += n));
  const byCount = <T extends { aantal: number }>(rows: T[]) =>
    rows.filter((r) => r.aantal > 0).sort((a, b) => b.aantal - a.aantal);
  return {
    totaal,
    perOrganisatie: byCount(ORGANISATIES.map((o, k) => ({ id: o.id, naam: o.naam, aantal: orgs[k]! }))),
    perMaand: MONTHS.map((maand, k) => ({ maand, aantal: months[k]! })),
    perGrondslag: byCount([...LEGAL_BASES, 'Geen'].map((grondslag, k) => ({ grondslag, aantal: legal[k]! }))),
    perRegistratie: byCount(registryIds.map((registratie, k) => ({ registratie, aantal: bron[k]! }))),
    perCategorie: byCount(CATEGORY_NAMES.map((categorie, k) => ({ categorie, aantal: cats[k]! }))),
    perAnomalie: ANOMALY_KINDS.map((soort) => ({ soort, aantal: anomalies[31 - Math.clz32(ANOMALY_BIT[soort])]! })),
  };
}

export type Progress = {
  status: 'niet-gestart' | 'bezig' | 'klaar';
  fase: 'genereren' | 'analyseren' | 'indexeren' | 'klaar';
  records: number;
  doel: number;
  voortgang: number;
  duurMs?: number;
};

export type SubjectInfo = {
  subject: number;
  key: string;
  idType: 'BSN' | 'SYNTHETISCH';
  secret: boolean;
  pseudonym: string;
};

/** Where a page ends: an engine's own resume state (JSON numbers), tied to one query by the handler. */
export type CursorState = number[];
export type PageResult = { totaal: number; records: AuditRecord[]; next: CursorState | undefined };

export interface AuditEngine {
  readonly kind: 'memory' | 'duckdb';
  /** Generation progress (synchronous: the status endpoint must answer while a build runs). */
  status(): Progress;
  /** Starts building the universe once; resolves when it can be queried. */
  ensure(): Promise<void>;
  isReady(): boolean;
  subjectByPseudonym(pseudonym: string): Promise<SubjectInfo | undefined>;
  count(q: Query): Promise<number>;
  /** One page in `sort` order from `cursor`; undefined when the cursor is not one of this engine's. */
  page(q: Query, sort: Sort, cursor: CursorState | undefined, limit: number): Promise<PageResult | undefined>;
  aggregate(q: Query): Promise<Aggregates>;
  /** Matching records in `sort` order, at most `limit`, in chunks (the CSV export streams them). */
  stream(q: Query, sort: Sort, limit: number): AsyncIterable<AuditRecord[]>;
  close(): Promise<void>;
}

/** The organisations a mask of activities touches: the engines narrow their scans with it. */
export function organisationsOf(activities: Uint8Array): number[] {
  const seen = new Uint8Array(ORGANISATIES.length);
  for (let a = 0; a < activities.length; a++) if (activities[a]) seen[ACTIVITY_ORG[a]!] = 1;
  const out: number[] = [];
  for (let o = 0; o < seen.length; o++) if (seen[o]) out.push(o);
  return out;
}
