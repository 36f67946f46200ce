/**
 * A reveal is a processing of the revealed person's data (issue 15), so it is written into
 * that person's own processing log (Logboek Dataverwerkingen) under the supervisor's
 * "toezicht/audit" activity of the register: organisation, purpose, legal basis and time,
 * as any other processing. These are extra events of the subject (verwerkingen/extra.ts), so
 * the citizen's log shows them after the generated ones, as standard LDV records, and withholds
 * confidential ones (CTIVD supervision) by the same rule as other confidential processing.
 * Kept until the next mock reset.
 */
import type { ExtraEvent } from '../verwerkingen/events';
import { ACTIVITIES, activityIndex, categorieMask } from '../verwerkingen/register';

const bySubject = new Map<string, ExtraEvent[]>();

const hex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Writes the event of one reveal; `activityKey` is the supervisor's toezicht activity in the register. */
export function recordRevealEvent(input: { subjectKey: string; activityKey: string; at: number }): ExtraEvent {
  const activity = activityIndex(input.activityKey);
  const t = hex(16);
  const event: ExtraEvent = {
    activity,
    start: input.at,
    duration: 0,
    // An auditor looked: a person, not a system.
    human: true,
    categories: categorieMask(ACTIVITIES[activity]!.categorieen),
    traceId: `${t.slice(0, 8)}-${t.slice(8, 12)}-4${t.slice(13, 16)}-a${t.slice(17, 20)}-${t.slice(20, 32)}`,
    spanId: hex(8),
  };
  bySubject.set(input.subjectKey, [...(bySubject.get(input.subjectKey) ?? []), event]);
  return event;
}

/** Every reveal event of a subject, confidential ones included (the reader filters). */
export const revealEvents = (subjectKey: string): readonly ExtraEvent[] => bySubject.get(subjectKey) ?? [];

export function resetRevealEvents(): void {
  bySubject.clear();
}
