import { LOG_YEARS } from './log-years';

export { LOG_YEARS };
import { isRegistryId, registryIds, type RegistryId } from '@/lib/registries';
import {
  activityRefOf,
  entityRefOf,
  provisions,
  refKey,
  type ActivityRef,
  type ActivityVersion,
  type Entity,
  type LdvRecord,
  type Provision,
} from '../api/ldv';

/**
 * The processing log as the page shows it: LDV records joined with the organisations'
 * registers. Pure functions, so the table, the charts and the export all work from the same
 * filtered list and always agree.
 *
 * Only standard fields are needed: the organisation is the owner of the register the record
 * points into; purpose, law, categories and retention come from that register version; who
 * received a disclosure comes from the receiving organisation's own record, which names the
 * disclosing action in `dpl.core.foreign_operation.*`. The gateway's `mg.*` extensions (the
 * categories used in this event, person or system) sharpen what is shown when present.
 */

export type Party = { id: string; name: string };

export type LogEvent = {
  /** Route id: `<traceId>_<spanId>` (no personal data; the trace lets the detail page ask for just this chain). */
  id: string;
  traceId: string;
  spanId: string;
  start: number;
  action: string;
  /** Where the record points in the register (for the detail page's full register text). */
  activity: ActivityRef | undefined;
  organisationId: string;
  organisation: string;
  /** For a disclosure: the organisation that received it (from that organisation's own record). */
  recipientId: string | undefined;
  recipient: string | undefined;
  /** For an action started by another organisation (`foreign_operation`): that organisation. */
  caller: Party | undefined;
  /** Whether the caller's action was a disclosure to this organisation ("doorgegeven door … aan …"). */
  callerDisclosed: boolean;
  /** Id (`<traceId>_<spanId>`) of the linked record in another organisation's log, when it is in the list. */
  linkedIds: string[];
  purpose: string;
  legalBasis: string;
  categories: string[];
  source: RegistryId | undefined;
  /** Person or system; undefined when neither the record nor the register says. */
  human: boolean | undefined;
  provision: Provision | undefined;
  failed: boolean;
  /** Lower-case text the free-text search looks in. */
  haystack: string;
};

export const eventId = (traceId: string, spanId: string) => `${traceId}_${spanId}`;
export function parseEventId(id: string): { traceId: string; spanId: string } | undefined {
  const m = /^([0-9a-f-]{36})_([0-9a-f]{16})$/i.exec(id);
  return m ? { traceId: m[1]!.toLowerCase(), spanId: m[2]!.toLowerCase() } : undefined;
}

/** The organisations a set of records needs names of: each register's owner and each foreign caller. */
export function partiesOf(records: readonly LdvRecord[]): Array<{ registerId: string; entityId: string }> {
  const out = new Map<string, { registerId: string; entityId: string }>();
  for (const r of records) {
    const ref = activityRefOf(r.attributes['dpl.core.processing_activity_id']);
    if (ref) out.set(ref.registerId, { registerId: ref.registerId, entityId: ref.registerId });
    const foreign = r.attributes['dpl.core.foreign_operation.entity'];
    const entity = foreign ? entityRefOf(foreign) : undefined;
    if (entity) out.set(entity.entityId, entity);
  }
  return [...out.values()];
}

/** The register versions a set of records points at. */
export function versionRefsOf(records: readonly LdvRecord[]): ActivityRef[] {
  const out = new Map<string, ActivityRef>();
  for (const r of records) {
    const ref = activityRefOf(r.attributes['dpl.core.processing_activity_id']);
    if (ref) out.set(refKey(ref), ref);
  }
  return [...out.values()];
}

export type JoinInput = {
  versions: ReadonlyMap<string, ActivityVersion>;
  entities: ReadonlyMap<string, Entity>;
  sourceNames: Readonly<Record<RegistryId, string>>;
  unknown: string;
  /** The register's DPV legal bases in words, for a register without the law as text. */
  legalBasisText: (bases: readonly string[]) => string;
};

const DISCLOSING = new Set(['Disclose', 'Transfer']);
const isProvision = (v: unknown): v is Provision => provisions.includes(v as Provision);

/** Joins records with the registers and with each other; unknown register entries fall back to `unknown` (never hides an event). */
export function toLogEvents(records: readonly LdvRecord[], input: JoinInput): LogEvent[] {
  const { versions, entities, sourceNames, unknown, legalBasisText } = input;
  const out = new Array<LogEvent>(records.length);
  const disclosing = new Array<boolean>(records.length);
  const bySpan = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const a = r.attributes;
    const ref = activityRefOf(a['dpl.core.processing_activity_id']);
    const version = ref ? versions.get(refKey(ref)) : undefined;
    const organisationId = ref?.registerId ?? '';
    const organisation = entities.get(organisationId)?.name ?? unknown;
    const purpose = version?.purpose ?? unknown;
    const legalBasis =
      version?.grondslag ?? (version?.legalBasis?.length ? legalBasisText(version.legalBasis) : unknown);
    const categories = a['mg.data_categories'] ?? version?.personalData?.categories ?? [];
    const source = isRegistryId(version?.bron) ? version.bron : undefined;
    const uitvoering = version?.uitvoering;
    const human = a['mg.human'] ?? (uitvoering === 'mens' ? true : uitvoering === 'systeem' ? false : undefined);
    disclosing[i] = Boolean(version?.processingOptions?.some((o) => DISCLOSING.has(o)));
    out[i] = {
      id: eventId(r.traceId, r.spanId),
      traceId: r.traceId,
      spanId: r.spanId,
      start: r.startTime,
      action: r.name,
      activity: ref,
      organisationId,
      organisation,
      recipientId: undefined,
      recipient: undefined,
      caller: undefined,
      callerDisclosed: false,
      linkedIds: [],
      purpose,
      legalBasis,
      categories,
      source,
      human,
      provision: isProvision(version?.verstrekkingswijze) ? version.verstrekkingswijze : undefined,
      failed: r.status === 'Error',
      haystack: '',
    };
    const list = bySpan.get(r.spanId);
    if (list) list.push(i);
    else bySpan.set(r.spanId, [i]);
  }
  // Across organisations: the callee's record names the caller's action.
  for (let i = 0; i < records.length; i++) {
    const a = records[i]!.attributes;
    const span = a['dpl.core.foreign_operation.span_id'];
    if (!span) continue;
    const trace = a['dpl.core.foreign_operation.trace_id'];
    const e = out[i]!;
    // trace_id is optional in practice (taken out of the standard's normative text in 2025): match on it only when given.
    const p = bySpan.get(span)?.find((j) => !trace || records[j]!.traceId === trace);
    if (p !== undefined) {
      const caller = out[p]!;
      e.caller = { id: caller.organisationId, name: caller.organisation };
      e.linkedIds.push(caller.id);
      caller.linkedIds.push(e.id);
      if (disclosing[p]) {
        e.callerDisclosed = true;
        if (!caller.recipientId) {
          caller.recipientId = e.organisationId;
          caller.recipient = e.organisation;
        }
      }
    } else {
      const entity = a['dpl.core.foreign_operation.entity'];
      const ref = entity ? entityRefOf(entity) : undefined;
      if (ref) e.caller = { id: ref.entityId, name: entities.get(ref.entityId)?.name ?? unknown };
    }
  }
  for (const e of out) {
    e.haystack = [
      e.action,
      e.organisation,
      e.recipient ?? '',
      e.caller?.name ?? '',
      e.purpose,
      e.legalBasis,
      e.categories.join(' '),
      e.source ? sourceNames[e.source] : '',
    ]
      .join(' ')
      .toLowerCase();
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Filters (all in the URL)

/**
 * "Now" for the log: the last millisecond of the current minute. The page and the prefetch on
 * the way to it (src/app/routes/VerwerkingenRoute.tsx) then ask for the same newest month.
 */
export function logNow(at: number): Date {
  return new Date(Math.floor(at / 60_000) * 60_000 + 59_999);
}

/** The first month the page asks for, for the period in `search` (what the prefetch starts). */
export function newestWindowFor(search: URLSearchParams, at: number): { from: number; to: number } | undefined {
  const now = logNow(at);
  return monthWindows(periodRange(filtersFromParams(search).period, now, logStartOf(now)))[0];
}

/** The first moment the log covers, counted back from `now`. */
export function logStartOf(now: Date): Date {
  const d = new Date(now);
  d.setFullYear(d.getFullYear() - LOG_YEARS);
  return d;
}

export const periods = ['1m', '3m', '12m', 'alles'] as const;
export type PeriodKey = (typeof periods)[number];
export const sortKeys = ['datum', 'organisatie', 'handeling', 'doel', 'bron'] as const;
export type SortKey = (typeof sortKeys)[number];
export type Sort = { key: SortKey; desc: boolean };

export type Filters = {
  period: PeriodKey;
  organisation: string | undefined;
  source: RegistryId | undefined;
  category: string | undefined;
  purpose: string | undefined;
  human: boolean | undefined;
  provision: Provision | undefined;
  q: string;
  sort: Sort;
};

export const defaultSort: Sort = { key: 'datum', desc: true };
const PROVISIONS: readonly string[] = ['spontaan', 'adhoc', 'selectie', 'intern'];

/** URL search params → filters; anything unknown falls back to the default (a typo never breaks the page). */
export function filtersFromParams(params: URLSearchParams): Filters {
  const get = (k: string) => params.get(k) ?? undefined;
  const period = get('periode');
  const source = get('bron');
  const wie = get('wie');
  const soort = get('soort');
  const sortParam = get('sort') ?? '';
  const sortKey = sortParam.replace(/^-/, '');
  return {
    period: (periods as readonly string[]).includes(period ?? '') ? (period as PeriodKey) : '12m',
    organisation: get('organisatie') || undefined,
    source: isRegistryId(source) ? source : undefined,
    category: get('gegeven') || undefined,
    purpose: get('doel') || undefined,
    human: wie === 'mens' ? true : wie === 'systeem' ? false : undefined,
    provision: soort && PROVISIONS.includes(soort) ? (soort as Provision) : undefined,
    q: get('zoek') ?? '',
    sort: (sortKeys as readonly string[]).includes(sortKey)
      ? { key: sortKey as SortKey, desc: sortParam.startsWith('-') }
      : defaultSort,
  };
}

/** Filters → URL search params; defaults are left out so the URL stays short. */
export function paramsFromFilters(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.period !== '12m') p.set('periode', f.period);
  if (f.organisation) p.set('organisatie', f.organisation);
  if (f.source) p.set('bron', f.source);
  if (f.category) p.set('gegeven', f.category);
  if (f.purpose) p.set('doel', f.purpose);
  if (f.human !== undefined) p.set('wie', f.human ? 'mens' : 'systeem');
  if (f.provision) p.set('soort', f.provision);
  if (f.q) p.set('zoek', f.q);
  if (f.sort.key !== defaultSort.key || f.sort.desc !== defaultSort.desc)
    p.set('sort', `${f.sort.desc ? '-' : ''}${f.sort.key}`);
  return p;
}

/** The period as [from, to] in ms, counted back in calendar months from `now` (to = now). */
export function periodRange(period: PeriodKey, now: Date, logStart: Date): { from: number; to: number } {
  const to = now.getTime();
  if (period === 'alles') return { from: logStart.getTime(), to };
  const months = period === '1m' ? 1 : period === '3m' ? 3 : 12;
  const from = new Date(now);
  from.setMonth(from.getMonth() - months);
  // Whole days: a stable query key for the whole day (the log does not change by the second).
  from.setHours(0, 0, 0, 0);
  return { from: from.getTime(), to };
}

/**
 * A period as calendar-month windows, newest first: `[from, to]` each (ms, both ends included,
 * as the LDV read API takes them), back to back without overlap. The log page asks for each
 * window on its own (issue 16): the latest month is on screen before the older ones are in,
 * and whole months have the same query key in every period, so switching from 12 months to
 * "alles" asks only for what is not there yet.
 */
export function monthWindows({ from, to }: { from: number; to: number }): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let end = to;
  while (end >= from) {
    const d = new Date(end);
    const monthStart = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
    const start = Math.max(from, monthStart);
    out.push({ from: start, to: end });
    end = monthStart - 1;
  }
  return out;
}

/** Whether an event involves an organisation: as the one that processed, or as the recipient. */
export const involves = (e: LogEvent, organisationId: string) =>
  e.organisationId === organisationId || e.recipientId === organisationId;

/** Filters in one pass, keeping the order of `events`. */
export function filterEvents(events: readonly LogEvent[], f: Omit<Filters, 'period' | 'sort'>): LogEvent[] {
  const terms = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  const out: LogEvent[] = [];
  for (const e of events) {
    if (f.organisation && !involves(e, f.organisation)) continue;
    if (f.source && e.source !== f.source) continue;
    if (f.category && !e.categories.includes(f.category)) continue;
    if (f.purpose && e.purpose !== f.purpose) continue;
    if (f.human !== undefined && e.human !== f.human) continue;
    if (f.provision && e.provision !== f.provision) continue;
    if (terms.length && !terms.every((t) => e.haystack.includes(t))) continue;
    out.push(e);
  }
  return out;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
const textOf: Record<Exclude<SortKey, 'datum'>, (e: LogEvent) => string> = {
  organisatie: (e) => e.organisation,
  handeling: (e) => e.action,
  doel: (e) => e.purpose,
  bron: (e) => e.source ?? '',
};

/** A sorted copy; ties by time (newest first), so the order is always the same. */
export function sortEvents(events: readonly LogEvent[], sort: Sort): LogEvent[] {
  const dir = sort.desc ? -1 : 1;
  const copy = events.slice();
  if (sort.key === 'datum') return copy.sort((a, b) => (a.start - b.start) * dir || collator.compare(a.id, b.id));
  const text = textOf[sort.key];
  // Compare each distinct string once: a log has few distinct names, many events.
  const rank = new Map<string, number>();
  [...new Set(copy.map(text))].sort(collator.compare).forEach((s, i) => rank.set(s, i));
  return copy.sort((a, b) => ((rank.get(text(a)) ?? 0) - (rank.get(text(b)) ?? 0)) * dir || b.start - a.start);
}

// ---------------------------------------------------------------------------------------
// Filter choices and chart data (counted over the same events as the table)

export type Option = { value: string; label: string; count: number };

function countBy(
  events: readonly LogEvent[],
  keys: (e: LogEvent) => Iterable<string>,
  label: (k: string) => string,
): Option[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const k of new Set(keys(e))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, label: label(value), count }));
}

const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
const byCount = (a: Option, b: Option) => b.count - a.count || collator.compare(a.label, b.label);

/** Organisations involved (as processor or recipient), with the number of events each. */
export function organisationCounts(events: readonly LogEvent[]): Option[] {
  const names = new Map<string, string>();
  for (const e of events) {
    names.set(e.organisationId, e.organisation);
    if (e.recipientId) names.set(e.recipientId, e.recipient ?? e.recipientId);
  }
  return countBy(
    events,
    (e) => (e.recipientId ? [e.organisationId, e.recipientId] : [e.organisationId]),
    (k) => names.get(k) ?? k,
  );
}

/** `categoryName` gives a data category's name in the page's language (the register's word is the value). */
export function filterOptions(
  events: readonly LogEvent[],
  sourceNames: Readonly<Record<RegistryId, string>>,
  categoryName: (c: string) => string = (c) => c,
) {
  return {
    organisations: organisationCounts(events).sort(byLabel),
    sources: countBy(
      events,
      (e) => (e.source ? [e.source] : []),
      (k) => sourceNames[k as RegistryId] ?? k,
    ).sort(byLabel),
    categories: countBy(events, (e) => e.categories, categoryName).sort(byLabel),
    purposes: countBy(
      events,
      (e) => [e.purpose],
      (k) => k,
    ).sort(byLabel),
  };
}

export const topOrganisations = (events: readonly LogEvent[], n = 10): Option[] =>
  organisationCounts(events).sort(byCount).slice(0, n);
export const categoryCounts = (events: readonly LogEvent[], categoryName: (c: string) => string = (c) => c): Option[] =>
  countBy(events, (e) => e.categories, categoryName).sort(byCount);

export type MonthRow = { month: string; total: number } & Partial<Record<RegistryId, number>>;

/** Events per calendar month (local time) and source registry, oldest month first. */
export function perMonthBySource(events: readonly LogEvent[]): { rows: MonthRow[]; sources: RegistryId[] } {
  const rows = new Map<string, MonthRow>();
  const sources = new Set<RegistryId>();
  for (const e of events) {
    const d = new Date(e.start);
    const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    let row = rows.get(month);
    if (!row) {
      row = { month, total: 0 };
      rows.set(month, row);
    }
    row.total += 1;
    // An event whose register names no source counts in the total only.
    if (e.source) {
      row[e.source] = (row[e.source] ?? 0) + 1;
      sources.add(e.source);
    }
  }
  const order: readonly string[] = registryIds;
  return {
    rows: [...rows.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    sources: [...sources].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
  };
}

export type Recipient = { id: string; name: string; count: number; last: number };

/**
 * The organisations outside the holder that got this data from one registry (GDPR art. 19:
 * when the data is corrected, the holder must tell them). Only events that used one of the
 * field's data `categories` count (not every use of the registry); with no categories, every
 * event of the registry does. An event's recipient when it names one, otherwise the
 * organisation that looked the data up. The holder's own processing does not count: its
 * internal use, and anything the `holder` (its RvVA entity id) did itself. Sorted by name.
 */
export function recipientsOf(
  events: readonly LogEvent[],
  source: RegistryId,
  scope: { categories?: readonly string[]; holder?: string | undefined } = {},
  locale = 'nl',
): Recipient[] {
  const categories = scope.categories ?? [];
  const byId = new Map<string, Recipient>();
  for (const e of events) {
    if (e.source !== source || e.provision === 'intern' || e.failed) continue;
    if (categories.length && !e.categories.some((c) => categories.includes(c))) continue;
    const id = e.recipientId ?? e.organisationId;
    if (scope.holder && id === scope.holder) continue;
    const name = e.recipient ?? e.organisation;
    const found = byId.get(id);
    if (found) {
      found.count += 1;
      found.last = Math.max(found.last, e.start);
    } else {
      byId.set(id, { id, name, count: 1, last: e.start });
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}
