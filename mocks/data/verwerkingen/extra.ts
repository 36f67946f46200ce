import type { ExtraEvent } from './events';
import { revealEvents } from '../audit/reveal-events';
import { simulatedEvents } from './meldingen';

/**
 * The extension point for per-subject records that the generator does not make: each source
 * gives a subject's extra events, and the citizen's log (handlers/ldv.ts) shows them after the
 * generated ones, with the same confidentiality filter. Add a source here.
 */
const SOURCES: ReadonlyArray<(subjectKey: string) => readonly ExtraEvent[]> = [
  simulatedEvents, // issue 4: a new ad-hoc look-up, from the dev control
  revealEvents, // issue 15: an auditor revealed this person's identity
];

export function extraEventsFor(subjectKey: string): ExtraEvent[] {
  return SOURCES.flatMap((source) => source(subjectKey));
}
