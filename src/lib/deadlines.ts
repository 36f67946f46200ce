/**
 * Statutory clocks for correction requests, shared by the mock gateway and the app so both
 * show the same due date. Pure date arithmetic on ISO dates (YYYY-MM-DD, no time zone):
 * every calculation runs on UTC midnights so a date never shifts with the viewer's zone.
 *
 * Rules (see docs/legal/LEGAL.md, "Rectification"):
 * - GDPR art. 12(3) counts in calendar months: the same date next month, or that month's
 *   last day when the date does not exist (31 January + P1M = 28/29 February).
 * - Wet BRP (art. 2.58 with the old Wet GBA art. 82) counts four weeks: P4W = 28 days.
 * - Where several terms apply, the stricter (earliest) due date wins.
 * - An extension is only possible when the zaaktype allows it, for at most its
 *   `verlengingstermijn`, and only when told (with reasons) before the first term ends.
 */

export type IsoDate = string;

/** A calendar duration; ZGW terms (`P4W`, `P1M`, `P10D`, `P1Y2M`) have no time part. */
export type Duration = { years: number; months: number; weeks: number; days: number };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date durations only: a T part (hours) never occurs in these terms and would
// make "calendar days left" meaningless, so it is rejected rather than half-supported.
const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDuration(iso: string): Duration | undefined {
  const m = DURATION.exec(iso);
  if (!m) return undefined;
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), weeks: Number(m[3] ?? 0), days: Number(m[4] ?? 0) };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Calendar months with the GDPR month-end rule: clamp to the target month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  toUtc(date); // validates
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Due date of a term that starts on `start` (the date of receipt). Years and months first
 * (calendar rule), then weeks and days, as ISO 8601 prescribes for mixed durations.
 */
export function addDuration(start: IsoDate, duration: string): IsoDate {
  const d = parseDuration(duration);
  if (!d) throw new RangeError(`Not an ISO 8601 date duration: ${duration}`);
  return addDays(addMonths(start, d.years * 12 + d.months), d.weeks * 7 + d.days);
}

/** "The stricter one wins": the earliest due date of all applicable terms. */
export function stricterDueDate(start: IsoDate, terms: readonly string[]): IsoDate {
  if (terms.length === 0) throw new RangeError('At least one term is needed');
  return terms.map((t) => addDuration(start, t)).reduce((a, b) => (b < a ? b : a));
}

/** Calendar days from `today` to `due`: 0 on the due date itself, negative when overdue. */
export function daysLeft(due: IsoDate, today: IsoDate): number {
  return Math.round((toUtc(due) - toUtc(today)) / DAY_MS);
}

export type TermRules = {
  /** Zaaktype `doorlooptijd`, e.g. `P4W` or `P1M`. */
  doorlooptijd: string;
  verlengingMogelijk: boolean;
  /** Zaaktype `verlengingstermijn`, e.g. `P2M`; null when no extension exists. */
  verlengingstermijn: string | null;
};

export type ExtensionRequest = {
  /** Date of receipt (zaak `registratiedatum`/`startdatum`). */
  start: IsoDate;
  /** Requested extension, e.g. `P2M` or `P1M`. */
  duur: string;
  /** When the holder decided and told the citizen, with reasons. */
  decidedOn: IsoDate;
  /** The reason given; GDPR 12(3) requires one. */
  reden: string;
};

export type ExtensionError =
  | 'not-allowed' // the zaaktype has no extension
  | 'invalid-duration' // `duur` is not an ISO 8601 date duration, or zero
  | 'too-long' // beyond `verlengingstermijn`
  | 'too-late' // not decided within the first term
  | 'no-reason'; // GDPR: the citizen must be told why

export type ExtensionResult =
  | { ok: true; originalDueDate: IsoDate; dueDate: IsoDate }
  | { ok: false; error: ExtensionError; originalDueDate: IsoDate };

/**
 * Checks an extension and returns the new due date. The extension runs from the original
 * due date ("two further months"); at month ends that is never later than counting three
 * months from receipt, so it is the reading that protects the citizen.
 */
export function extendTerm(rules: TermRules, request: ExtensionRequest): ExtensionResult {
  const originalDueDate = addDuration(request.start, rules.doorlooptijd);
  const fail = (error: ExtensionError): ExtensionResult => ({ ok: false, error, originalDueDate });
  if (!rules.verlengingMogelijk || !rules.verlengingstermijn) return fail('not-allowed');
  const duur = parseDuration(request.duur);
  if (!duur || duur.years + duur.months + duur.weeks + duur.days === 0) return fail('invalid-duration');
  if (!request.reden.trim()) return fail('no-reason');
  const dueDate = addDuration(originalDueDate, request.duur);
  if (dueDate > addDuration(originalDueDate, rules.verlengingstermijn)) return fail('too-long');
  // "Within one month of receipt": telling on the due date itself is still in time.
  if (request.decidedOn > originalDueDate || request.decidedOn < request.start) return fail('too-late');
  return { ok: true, originalDueDate, dueDate };
}
