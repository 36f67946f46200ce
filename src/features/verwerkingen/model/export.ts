import Papa from 'papaparse';
import { CSV_FORMULA_START } from '@/lib/csv';
import type { LogEvent } from './log';

/**
 * GDPR art. 15(3): the (filtered) log as a copy in a common electronic form. Column names in
 * Dutch, as the rest of the export; values exactly as the page shows them.
 */
function toRow(e: LogEvent, sourceName: (e: LogEvent) => string) {
  return {
    datumTijd: new Date(e.start).toISOString(),
    organisatie: e.organisation,
    ontvanger: e.recipient ?? '',
    handeling: e.action,
    doel: e.purpose,
    grondslag: e.legalBasis,
    gegevens: e.categories.join('; '),
    bron: sourceName(e),
    uitgevoerdDoor: e.human === undefined ? 'onbekend' : e.human ? 'mens' : 'systeem',
    verstrekking: e.provision ?? '',
    traceId: e.traceId,
    spanId: e.spanId,
  };
}

const COLUMNS = ['datumTijd', 'organisatie', 'ontvanger', 'handeling', 'doel', 'grondslag', 'gegevens', 'bron', 'uitgevoerdDoor', 'verstrekking', 'traceId', 'spanId'];

/** CSV with a BOM (Excel reads the diacritics) and formula escaping (CSV injection). */
export function logToCsv(events: readonly LogEvent[], sourceName: (e: LogEvent) => string): string {
  return `\uFEFF${Papa.unparse(events.map((e) => toRow(e, sourceName)), { columns: COLUMNS, escapeFormulae: CSV_FORMULA_START })}`;
}

/**
 * The JSON copy carries the page's own notes (what is not shown and why, how far back the log
 * goes and how to ask for older records) in the page's words: the caller passes the same
 * translated texts the page shows, so page and export cannot drift apart.
 */
export function logToJson(
  events: readonly LogEvent[],
  sourceName: (e: LogEvent) => string,
  meta: { now: Date; from: number; to: number; filters: Record<string, string>; opmerkingen: readonly string[] },
): string {
  return JSON.stringify(
    {
      bron: 'Mijn Gegevens — Logboek Dataverwerkingen',
      aangemaakt: meta.now.toISOString(),
      periode: { van: new Date(meta.from).toISOString(), tot: new Date(meta.to).toISOString() },
      filters: meta.filters,
      opmerkingen: meta.opmerkingen,
      aantal: events.length,
      verwerkingen: events.map((e) => toRow(e, sourceName)),
    },
    null,
    2,
  );
}

export const logFileName = (kind: 'csv' | 'json', now: Date) => `mijn-gegevens-verwerkingen-${now.toISOString().slice(0, 10)}.${kind}`;
