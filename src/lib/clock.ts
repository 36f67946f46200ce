/**
 * The app's clock: the gateway's. Every response of a real origin server carries a `Date`
 * header (RFC 9110 §6.6.1); the API client passes it here, and "now" is the device clock plus
 * the difference seen. So a wrong device clock, or the mock gateway's simulated date, never
 * makes the page disagree with the gateway about what "today" is: deadlines, "received on"
 * and the log's "last 12 months" all count from the same day.
 *
 * Durations (idle timeout, spinners) keep using the device clock: they only need elapsed time.
 */
let offsetMs = 0;

/** Called with each API response's `Date` header. */
export function observeServerDate(header: string | null): void {
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  // The header has whole seconds: only move when the difference is more than that rounding.
  const offset = server - Date.now();
  if (Math.abs(offset - offsetMs) > 1500) offsetMs = offset;
}

/** Milliseconds since the epoch on the gateway's clock. */
export const now = (): number => Date.now() + offsetMs;

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the Netherlands (`YYYY-MM-DD`), whatever the device's time zone. */
export function todayIso(at: number = now()): string {
  return amsterdamDate.format(at);
}

/** Tests: forget what the gateway said. */
export function resetClock(): void {
  offsetMs = 0;
}
