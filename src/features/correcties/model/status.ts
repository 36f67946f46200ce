import { stappen, type Stap, type ZaakVM } from './verzoek';

/**
 * One status, one name, one colour (issue 19): Mijn verzoeken, the request page and the flow's
 * confirmation all show a request's status through this map, so "Toegekend" is never green on one
 * page and grey on another. The colours are the NL Design System status-badge variants.
 */
export type BadgeKind = 'neutral' | 'valid' | 'danger' | 'warning' | 'active';
export type StatusKey =
  | 'toegekend'
  | 'afgewezen'
  | 'ingetrokken'
  | 'teLaat'
  | 'aanvullende_informatie'
  | 'in_behandeling'
  | 'ontvangen'
  | 'besloten'
  | 'onbekend';

export const STATUS_BADGE: Readonly<Record<StatusKey, BadgeKind>> = {
  toegekend: 'valid',
  afgewezen: 'danger',
  ingetrokken: 'neutral',
  teLaat: 'warning',
  // The citizen has to do something: the one state that asks for their attention.
  aanvullende_informatie: 'warning',
  in_behandeling: 'active',
  ontvangen: 'neutral',
  besloten: 'neutral',
  onbekend: 'neutral',
};

/** The status a zaak shows: its outcome once decided, "te laat" when overdue, else its step. */
export function statusOf(zaak: Pick<ZaakVM, 'uitkomst' | 'stap' | 'closed' | 'overdue'>): StatusKey {
  if (zaak.uitkomst) return zaak.uitkomst;
  if (zaak.stap === 'ingetrokken') return 'ingetrokken';
  if (!zaak.closed && zaak.overdue) return 'teLaat';
  return zaak.stap ?? 'onbekend';
}

export type StepState = 'done' | 'current' | 'todo' | 'skipped';

/**
 * The status timeline: a step is ticked only when the holder really set it (the zaak's history),
 * never because a later step came. "Meer informatie nodig" is only listed when it happened or is
 * the current step: most requests never need it. A withdrawn request shows what happened before
 * the withdrawal and no decision.
 */
export function timelineOf(zaak: Pick<ZaakVM, 'stap' | 'history' | 'closed'>): Array<{ stap: Stap; state: StepState }> {
  const happened = new Set(zaak.history.map((h) => h.stap));
  const current = zaak.stap;
  const withdrawn = current === 'ingetrokken';
  return stappen
    .filter((stap) => stap !== 'aanvullende_informatie' || happened.has(stap) || current === stap)
    .filter((stap) => !(withdrawn && stap === 'besloten'))
    .map((stap) => {
      // A decided request has no step left to take: its decision is done, not "current".
      if (stap === current) return { stap, state: zaak.closed ? ('done' as const) : ('current' as const) };
      if (happened.has(stap)) return { stap, state: 'done' as const };
      const currentIndex = current && current !== 'ingetrokken' ? stappen.indexOf(current) : withdrawn ? 99 : -1;
      return { stap, state: stappen.indexOf(stap) < currentIndex ? ('skipped' as const) : ('todo' as const) };
    });
}
