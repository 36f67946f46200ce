/**
 * A reveal is a processing of the revealed person's data (issue 15), so it is written into
 * that person's own processing log (Logboek Dataverwerkingen) under the supervisor's
 * "toezicht/audit" activity of the register: organisation, purpose, legal basis and time,
 * as any other processing. The citizen's log (handlers/ldv.ts) appends these records after
 * the generated ones and withholds confidential ones (CTIVD supervision) by the same rule
 * as other confidential processing. Kept until the next mock reset.
 */
import { ORGANISATIES, activityIndex, activityUri, ACTIVITIES } from '../verwerkingen/register';
import type { LdvRecord } from '../verwerkingen/events';

const bySubject = new Map<string, LdvRecord[]>();

const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Writes the event of one reveal; `activityKey` is the supervisor's toezicht activity in the register. */
export function recordRevealEvent(input: { subjectKey: string; idType: string; activityKey: string; at: number }): LdvRecord {
  const a = ACTIVITIES[activityIndex(input.activityKey)]!;
  const t = hex(16);
  const record: LdvRecord = {
    traceId: `${t.slice(0, 8)}-${t.slice(8, 12)}-4${t.slice(13, 16)}-a${t.slice(17, 20)}-${t.slice(20, 32)}`,
    spanId: hex(8),
    status: 'Ok',
    name: a.handeling,
    startTime: input.at,
    endTime: input.at,
    resource: { attributes: { 'service.name': a.systeem } },
    attributes: {
      'dpl.core.processing_activity_id': activityUri(a),
      'dpl.core.data_subject_id': input.subjectKey,
      'dpl.core.data_subject_id_type': input.idType,
      'mg.organisation_id': ORGANISATIES.find((o) => o.key === a.organisatie)?.id ?? '',
      'mg.source': a.bron,
      'mg.data_categories': [...a.categorieen],
      'mg.human': true,
      'mg.provision': a.verstrekkingswijze,
    },
  };
  bySubject.set(input.subjectKey, [...(bySubject.get(input.subjectKey) ?? []), record]);
  return record;
}

/** Every reveal event of a subject, confidential ones included (the reader filters). */
export const revealRecords = (subjectKey: string): readonly LdvRecord[] => bySubject.get(subjectKey) ?? [];

export function resetRevealEvents(): void {
  bySubject.clear();
}
