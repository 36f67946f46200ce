/**
 * The auditors' access trail ("who watches the watchers"): every search, export, reveal
 * request, approval and reveal, with time, auditor, remit and what was asked.
 *
 * Append-only, and nobody can edit it in the app: the API has no endpoint that changes an
 * entry (PUT/PATCH/DELETE answer 405), entries are frozen once written, and each remit's
 * entries form a hash chain (`vorige` is the previous entry's `hash`, SHA-256 over the
 * entry), so an exported trail shows whether anything was left out or changed. A body sees
 * its own entries and those of the remits it supervises (remits.ts `toegangslogboekVan`).
 * Kept in the gateway's memory; only the test control /__mock/reset empties it.
 */
import { gatewayNow } from '../../gateway/clock';
import type { Remit, RemitId } from './remits';

export type TrailAction =
  | 'zoeken'
  | 'exporteren'
  | 'onthulling-aangevraagd'
  | 'onthulling-goedgekeurd'
  | 'onthulling-afgewezen'
  | 'onthullen'
  | 'logboek-exporteren';
export type TrailEntry = {
  id: string;
  tijd: string;
  bevoegdheid: RemitId;
  auditor: { id: string; naam: string };
  actie: TrailAction;
  filters: Record<string, string>;
  aantal?: number;
  pseudoniem?: string;
  reden?: string;
  /** The four-eyes request this entry belongs to. */
  verzoek?: string;
  /** Hash of the previous entry of the same remit ('0' × 64 for the first). */
  vorige: string;
  hash: string;
};

export const GENESIS = '0'.repeat(64);

let entries: TrailEntry[] = [];
let seq = 0;
/** Per remit: the hash of its latest entry, as a promise, so concurrent writes chain in call order. */
let heads = new Map<RemitId, Promise<string>>();

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** The hashed content: every field but `hash`, in a fixed order. */
export function canonical(entry: Omit<TrailEntry, 'hash'>): string {
  const { id, tijd, bevoegdheid, auditor, actie, filters, aantal, pseudoniem, reden, verzoek, vorige } = entry;
  const sortedFilters = Object.fromEntries(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([
    id,
    tijd,
    bevoegdheid,
    auditor.id,
    auditor.naam,
    actie,
    sortedFilters,
    aantal ?? null,
    pseudoniem ?? null,
    reden ?? null,
    verzoek ?? null,
    vorige,
  ]);
}
export async function hashEntry(entry: Omit<TrailEntry, 'hash'>): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(entry))));
}

/** Appends an entry; resolves once it is on the trail (callers answer only after that). */
export function record(entry: Omit<TrailEntry, 'id' | 'tijd' | 'vorige' | 'hash'>): Promise<TrailEntry> {
  seq += 1;
  const base = {
    id: `t${String(seq).padStart(6, '0')}`,
    tijd: new Date(gatewayNow()).toISOString(),
    ...entry,
    filters: { ...entry.filters },
  };
  const previous = heads.get(entry.bevoegdheid) ?? Promise.resolve(GENESIS);
  const written = previous.then(async (vorige) => {
    const unsigned = { ...base, vorige };
    const full: TrailEntry = { ...unsigned, hash: await hashEntry(unsigned) };
    Object.freeze(full.auditor);
    Object.freeze(full.filters);
    entries.push(Object.freeze(full));
    return full;
  });
  heads.set(
    entry.bevoegdheid,
    written.then((e) => e.hash),
  );
  return written;
}

/** What one remit may read, newest first. */
export function trailFor(remit: Remit): TrailEntry[] {
  const visible = new Set<RemitId>([remit.id, ...remit.toegangslogboekVan]);
  return entries.filter((e) => visible.has(e.bevoegdheid)).reverse();
}

/** Checks every remit's chain: each entry's hash matches its content and links to the one before. */
export async function verifyTrail(list: readonly TrailEntry[]): Promise<boolean> {
  const last = new Map<RemitId, string>();
  for (const e of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
    if (e.vorige !== (last.get(e.bevoegdheid) ?? GENESIS)) return false;
    const { hash, ...rest } = e;
    if ((await hashEntry(rest)) !== hash) return false;
    last.set(e.bevoegdheid, hash);
  }
  return true;
}

export function resetTrail(): void {
  entries = [];
  seq = 0;
  heads = new Map();
}
