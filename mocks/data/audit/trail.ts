/**
 * The auditors' access trail ("who watches the watchers"): every search, export and reveal,
 * with time and filters. Visible to every auditor. Kept in the gateway's memory and reset
 * with the rest of the mock state.
 */
import { gatewayNow } from '../../gateway/clock';

export type TrailAction = 'zoeken' | 'exporteren' | 'onthullen';
export type TrailEntry = {
  id: string;
  tijd: string;
  auditor: { id: string; naam: string };
  actie: TrailAction;
  filters: Record<string, string>;
  aantal?: number;
  pseudoniem?: string;
  reden?: string;
};

let entries: TrailEntry[] = [];
let seq = 0;

export function record(entry: Omit<TrailEntry, 'id' | 'tijd'>): TrailEntry {
  seq += 1;
  const full: TrailEntry = { id: `t${String(seq).padStart(6, '0')}`, tijd: new Date(gatewayNow()).toISOString(), ...entry };
  entries.push(full);
  return full;
}

/** Newest first. */
export const trail = (): TrailEntry[] => [...entries].reverse();

export function resetTrail(): void {
  entries = [];
  seq = 0;
}
