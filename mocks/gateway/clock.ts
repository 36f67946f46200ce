/**
 * The mock gateway's one clock. Everything in the mock universe that asks "what time is it"
 * asks this: new zaken and their deadlines, session expiry, audit trail entries, new log events,
 * and the `Date` header of every response, from which the app takes its own "today"
 * (src/lib/clock.ts). So gateway and page can never disagree about the date, and nothing
 * depends on the day the tests run.
 *
 * The seeded data was generated around MOCK_TODAY (mocks/data/seed.ts), so by default the clock
 * starts there, at 09:00 in Amsterdam, and runs at real speed from the moment the gateway
 * starts: a demo sees one consistent date, with time passing normally. `MOCK_NOW` (Node) or
 * `VITE_MOCK_NOW` (a browser build) picks another start instant; tests freeze it.
 */
import { MOCK_TODAY } from '../data/seed';

const DEFAULT_START = `${MOCK_TODAY}T09:00:00+01:00`;

function configuredStart(): number {
  const fromVite =
    typeof import.meta.env === 'object' ? (import.meta.env.VITE_MOCK_NOW as string | undefined) : undefined;
  const fromNode = typeof process === 'object' ? process.env?.MOCK_NOW : undefined;
  const raw = fromNode || fromVite || DEFAULT_START;
  const parsed = Date.parse(raw);
  if (Number.isNaN(parsed)) throw new Error(`MOCK_NOW is not an ISO instant: ${raw}`);
  return parsed;
}

type State = { start: number; realAtStart: number; frozen: boolean };
let state: State = { start: configuredStart(), realAtStart: Date.now(), frozen: false };

/** Milliseconds since the epoch, on the gateway's clock. */
export function gatewayNow(): number {
  return state.frozen ? state.start : state.start + (Date.now() - state.realAtStart);
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in the Netherlands, `YYYY-MM-DD`, on the gateway's clock. */
export function gatewayToday(): string {
  return amsterdamDate.format(gatewayNow());
}

/** The calendar date in the Netherlands of an instant (an ISO date-time or ms): a letter's date. */
export function amsterdamDay(instant: string | number): string {
  return amsterdamDate.format(typeof instant === 'number' ? instant : Date.parse(instant));
}

/**
 * Moves the clock (tests, or a tester simulating time). `frozen` (default true) stops it there;
 * otherwise it runs on from that instant at real speed.
 */
export function setGatewayNow(instant: string | number | Date, { frozen = true }: { frozen?: boolean } = {}): void {
  const start =
    typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(start)) throw new Error(`not an instant: ${String(instant)}`);
  state = { start, realAtStart: Date.now(), frozen };
}

/** Back to the configured start, running. */
export function resetGatewayClock(): void {
  state = { start: configuredStart(), realAtStart: Date.now(), frozen: false };
}

/** The `Date` header value (RFC 9110 IMF-fixdate) for a response sent now. */
export const httpDate = (): string => new Date(gatewayNow()).toUTCString();
