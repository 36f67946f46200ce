import type { ExtraEvent } from './events';
import { simulatedEvents } from './meldingen';

/**
 * The extension point for per-subject records that the generator does not make: each source
 * gives a subject's extra events, and the citizen's log (handlers/ldv.ts) shows them after the
 * generated ones, with the same confidentiality filter. Add a source here (issue 15: the
 * reveals of an auditor, as processing in the subject's own log).
 */
const SOURCES: ReadonlyArray<(subjectKey: string) => readonly ExtraEvent[]> = [
  simulatedEvents, // issue 4: a new ad-hoc look-up, from the dev control
];

export function extraEventsFor(subjectKey: string): ExtraEvent[] {
  return SOURCES.flatMap((source) => source(subjectKey));
}
