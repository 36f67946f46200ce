/**
 * Mutable mock state of issue 4: who asked to be told of new ad-hoc look-ups
 * (mocks/contracts/meldingen.yaml), and look-ups simulated by the dev control
 * `POST /api/__mock/verwerkingen/nieuwe-raadpleging`. The generated log itself stays
 * deterministic; simulated events are added on top of it (./extra.ts) until the next reset.
 */
import { gatewayNow } from '../../gateway/clock';
import { ACTIVITIES, activityIndex, categorieMask } from './register';
import { eventsForBsn, isConfidentialEvent, type ExtraEvent } from './events';

const subscriptions = new Map<string, boolean>();
const simulated = new Map<string, ExtraEvent[]>();

export const wantsAdHocAlerts = (bsn: string): boolean => subscriptions.get(bsn) ?? false;
export function setAdHocAlerts(bsn: string, on: boolean): void {
  subscriptions.set(bsn, on);
}

/** The simulated look-ups of one subject: a source of ./extra.ts. */
export function simulatedEvents(bsn: string): readonly ExtraEvent[] {
  return simulated.get(bsn) ?? [];
}

const hex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A new ad-hoc look-up "now": the activity of the person's latest non-confidential ad-hoc
 * event (or a notary's BRP look-up when they have none), with fresh ids and the current time.
 */
export function simulateAdHocLookup(bsn: string, now = gatewayNow()): ExtraEvent | undefined {
  const log = eventsForBsn(bsn);
  if (!log || log.length === 0) return undefined;
  let template = -1;
  for (let i = log.length - 1; i >= 0 && template < 0; i--) {
    if (isConfidentialEvent(log, i)) continue;
    const a = ACTIVITIES[log.activity[i] ?? 0];
    if (a?.verstrekkingswijze === 'adhoc' && !a.vertrouwelijk) template = i;
  }
  const activity = template >= 0 ? (log.activity[template] ?? 0) : activityIndex('notaris-west-brp');
  const t = hex(16);
  const event: ExtraEvent = {
    activity,
    start: now,
    duration: 120,
    human: true,
    categories: template >= 0 ? (log.categories[template] ?? 0) : categorieMask(ACTIVITIES[activity]!.categorieen),
    traceId: `${t.slice(0, 8)}-${t.slice(8, 12)}-4${t.slice(13, 16)}-a${t.slice(17, 20)}-${t.slice(20, 32)}`,
    spanId: hex(8),
  };
  simulated.set(bsn, [...simulatedEvents(bsn), event]);
  return event;
}

export function resetMeldingen(): void {
  subscriptions.clear();
  simulated.clear();
}
