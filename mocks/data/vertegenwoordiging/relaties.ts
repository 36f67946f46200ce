import { registryIds } from '@/lib/registries';
import { ccbrRelaties } from './ccbr';
import { gezagsrelaties } from './gezag';
import { machtigingRelaties } from './machtigingen';
import { DIENSTEN, ROLLEN, type Relatie, type Weigering } from './types';

/**
 * Everyone an actor may act for, or is linked to but may not act for, from the three sources
 * (BRP gezag, the register of legal representatives, the mandate register), one entry per
 * person. Computed again for every request: a mandate that is revoked or ends, a court order
 * that is lifted, a child who turns 18 ends access at the very next request.
 */

/** A stronger legal ground first: a parent who also holds a mandate acts as parent. */
const rank = (r: Relatie) => ROLLEN.indexOf(r.rol);
/** Among refusals, the one the person can do something about first. */
const REDEN_VOLGORDE: readonly Weigering[] = [
  'wachtOpAcceptatie',
  'nogNietBegonnen',
  'gezagInOnderzoek',
  'tijdelijkGeenGezag',
  'gezagNietTeBepalen',
  'anderHeeftGezag',
  'curateleNietInBrp',
  'verlopen',
  'beeindigd',
  'ingetrokken',
  'meerderjarig',
  'overleden',
];

function merge(list: Relatie[]): Relatie {
  const allowed = list.filter((r) => r.toegestaan).sort((a, b) => rank(a) - rank(b));
  const best = allowed[0];
  if (best) {
    // Two orders for one person (a mentor who is also the bewindvoerder) add up.
    const diensten = DIENSTEN.filter((d) => allowed.some((r) => r.bevoegdheid.diensten.includes(d)));
    const registers = registryIds.filter((b) => allowed.some((r) => r.bevoegdheid.registers.includes(b)));
    return { ...best, bevoegdheid: { diensten, registers } };
  }
  return [...list].sort(
    (a, b) => REDEN_VOLGORDE.indexOf(a.reden!) - REDEN_VOLGORDE.indexOf(b.reden!) || rank(a) - rank(b),
  )[0]!;
}

/** One relation per person the actor is linked to; `today` is YYYY-MM-DD on the gateway clock. */
export function relatiesVan(actorBsn: string, today: string): Relatie[] {
  const bySubject = new Map<string, Relatie[]>();
  for (const r of [
    ...gezagsrelaties(actorBsn, today),
    ...ccbrRelaties(actorBsn, today),
    ...machtigingRelaties(actorBsn, today),
  ]) {
    if (r.subjectBsn === actorBsn) continue;
    bySubject.set(r.subjectBsn, [...(bySubject.get(r.subjectBsn) ?? []), r]);
  }
  return [...bySubject.values()].map(merge);
}

/** The relation between an actor and one subject today, or undefined when there is none at all. */
export function relatieTussen(actorBsn: string, subjectBsn: string, today: string): Relatie | undefined {
  return relatiesVan(actorBsn, today).find((r) => r.subjectBsn === subjectBsn);
}
