import { cellDateTime, spreadsheetCsv } from '@/lib/csv';
import { eventId, type LogEvent } from './log';

/** The words a CSV needs, in the page's language (the caller passes its own `t`). */
export type CsvLabels = {
  language: string;
  headers: Record<CsvKey, string>;
  human: (value: boolean | undefined) => string;
  provision: (value: NonNullable<LogEvent['provision']>) => string;
  category: (value: string) => string;
};

type CsvKey =
  | 'datum'
  | 'organisatie'
  | 'ontvanger'
  | 'handeling'
  | 'doel'
  | 'grondslag'
  | 'gegevens'
  | 'bron'
  | 'hoe'
  | 'verstrekking'
  | 'kenmerk';
const CSV_KEYS: readonly CsvKey[] = [
  'datum',
  'organisatie',
  'ontvanger',
  'handeling',
  'doel',
  'grondslag',
  'gegevens',
  'bron',
  'hoe',
  'verstrekking',
  'kenmerk',
];

/**
 * GDPR art. 15(3): the (filtered) log as a copy in a common electronic form, one a citizen can
 * open in a spreadsheet (issue 19): the page's column names, the time as the page shows it
 * (Dutch time), labels instead of codes, semicolons for Dutch Excel.
 */
export function logToCsv(events: readonly LogEvent[], sourceName: (e: LogEvent) => string, labels: CsvLabels): string {
  const rows = events.map((e): Record<CsvKey, string> => ({
    datum: cellDateTime(e.start, labels.language),
    organisatie: e.organisation,
    ontvanger: e.recipient ?? '',
    handeling: e.action,
    doel: e.purpose,
    grondslag: e.legalBasis,
    gegevens: e.categories.map(labels.category).join(', '),
    bron: sourceName(e),
    hoe: labels.human(e.human),
    verstrekking: e.provision ? labels.provision(e.provision) : '',
    kenmerk: eventId(e.traceId, e.spanId),
  }));
  return spreadsheetCsv(
    CSV_KEYS.map((key) => ({ key, header: labels.headers[key] })),
    rows,
  );
}

/** The JSON copy is for machines: ISO times and the standard's codes, in stable Dutch keys. */
function toJsonRow(e: LogEvent, sourceName: (e: LogEvent) => string) {
  return {
    datumTijd: new Date(e.start).toISOString(),
    organisatie: e.organisation,
    ontvanger: e.recipient ?? '',
    handeling: e.action,
    doel: e.purpose,
    grondslag: e.legalBasis,
    gegevens: e.categories,
    bron: sourceName(e),
    uitgevoerdDoor: e.human === undefined ? 'onbekend' : e.human ? 'mens' : 'systeem',
    verstrekking: e.provision ?? '',
    traceId: e.traceId,
    spanId: e.spanId,
  };
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
      verwerkingen: events.map((e) => toJsonRow(e, sourceName)),
    },
    null,
    2,
  );
}

export const logFileName = (kind: 'csv' | 'json', now: Date) =>
  `mijn-gegevens-verwerkingen-${now.toISOString().slice(0, 10)}.${kind}`;
