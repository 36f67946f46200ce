/**
 * Mutable mock state of issue 4: who asked to be told of new ad-hoc look-ups
 * (mocks/contracts/meldingen.yaml), and look-ups simulated by the dev control
 * `POST /api/__mock/verwerkingen/nieuwe-raadpleging`. The generated log itself stays
 * deterministic; simulated events are added on top of it until the next reset.
 */
import { gatewayNow } from '../../gateway/clock';
import { ACTIVITIES, ORGANISATIES, activityIndex, activityUri } from './register';
import { eventsForBsn, isConfidentialEvent, toLdvRecord, type LdvRecord } from './events';

const subscriptions = new Map<string, boolean>();
const simulated = new Map<string, LdvRecord[]>();

export const wantsAdHocAlerts = (bsn: string): boolean => subscriptions.get(bsn) ?? false;
export function setAdHocAlerts(bsn: string, on: boolean): void {
  subscriptions.set(bsn, on);
}

export function simulatedRecords(bsn: string): readonly LdvRecord[] {
  return simulated.get(bsn) ?? [];
}

const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A new ad-hoc look-up "now": a copy of the person's latest non-confidential ad-hoc event
 * (or a municipal desk look-up when they have none), with fresh ids and the current time.
 */
export function simulateAdHocLookup(bsn: string, now = gatewayNow()): LdvRecord | undefined {
  const log = eventsForBsn(bsn);
  if (!log) return undefined;
  let template: LdvRecord | undefined;
  for (let i = log.length - 1; i >= 0 && !template; i--) {
    if (isConfidentialEvent(log, i)) continue;
    const a = ACTIVITIES[log.activity[i] ?? 0];
    if (a?.verstrekkingswijze === 'adhoc' && !a.vertrouwelijk) template = toLdvRecord(log, i);
  }
  if (!template) {
    if (log.length === 0) return undefined;
    const notaris = activityIndex('notaris-west-brp');
    template = toLdvRecord(log, 0);
    const a = ACTIVITIES[notaris]!;
    template = {
      ...template,
      name: a.handeling,
      attributes: {
        ...template.attributes,
        'dpl.core.processing_activity_id': activityUri(a),
        'mg.organisation_id': ORGANISATIES.find((o) => o.key === a.organisatie)?.id ?? '',
        'mg.source': a.bron,
        'mg.provision': 'adhoc',
        'mg.human': true,
      },
    };
  }
  const t = hex(16);
  const record: LdvRecord = {
    ...template,
    traceId: `${t.slice(0, 8)}-${t.slice(8, 12)}-4${t.slice(13, 16)}-a${t.slice(17, 20)}-${t.slice(20, 32)}`,
    spanId: hex(8),
    startTime: now,
    endTime: now + 120,
  };
  delete record.parentSpanId;
  simulated.set(bsn, [...simulatedRecords(bsn), record]);
  return record;
}

export function resetMeldingen(): void {
  subscriptions.clear();
  simulated.clear();
}
