import { getGbaPersoon, type GbaPersoon } from '../brp';
import type { GbaGezag } from '../brp/gba-types';
import { VOLLEDIG, type Relatie, type Rol, type Weigering } from './types';

/**
 * Who may act for a minor, from the BRP 2.7 `gezag` of the official test persons (pure: the
 * GBA-format test data and a calendar date in, relations out).
 *
 * The candidates are the actor's children (`kinderen`) and every minor the actor's own
 * persoonslijst names them in a gezag relation for (a guardian is no parent). What decides is
 * the **child's own** persoonslijst, in this order:
 *   1. deceased → refused (`overleden`);
 *   2. 18 or older on `today` → refused (`meerderjarig`): gezag ends at 18 (BW 1:233), whatever
 *      the stored relation still says (the raw data was frozen in 2024);
 *   3. gezag in onderzoek → refused (`gezagInOnderzoek`): the municipality doubts it;
 *   4. a gezag relation naming the actor → allowed (EenhoofdigOuderlijkGezag, the raw data's
 *      TweehoofdigOuderlijkGezag = 2.7's GezamenlijkOuderlijkGezag, GezamenlijkGezag, Voogdij);
 *   5. otherwise the reason the BRP gives: GezagNietTeBepalen, TijdelijkGeenGezag, or someone
 *      else has gezag (`anderHeeftGezag`).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The oldest the person can be on `today` (YYYY-MM-DD), from a GBA date with unknown parts
 * (`00`) taken at their earliest: refusing when a child may already be 18 is the safe side.
 */
export function hoogsteLeeftijd(gbaGeboortedatum: string | undefined, today: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(gbaGeboortedatum ?? '');
  const t = ISO_DATE.exec(today);
  if (!m || !t || Number(m[1]) === 0) return undefined;
  const jaar = Number(m[1]);
  const maand = Number(m[2]) || 1;
  const dag = Number(m[3]) || 1;
  const [ty, tm, td] = [Number(t[1]), Number(t[2]), Number(t[3])];
  let age = ty - jaar;
  if (tm < maand || (tm === maand && td < dag)) age--;
  return age;
}

/** The day before the 18th birthday (the last day of gezag), for a full birth date. */
export function laatsteDagMinderjarig(gbaGeboortedatum: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(gbaGeboortedatum ?? '');
  if (!m || m[2] === '00' || m[3] === '00') return undefined;
  const birthday = Date.UTC(Number(m[1]) + 18, Number(m[2]) - 1, Number(m[3]));
  return new Date(birthday - 86_400_000).toISOString().slice(0, 10);
}

const bsnsOf = (g: GbaGezag): string[] =>
  [g.ouder, ...(g.ouders ?? []), g.derde, ...(g.derden ?? [])].map((x) => x?.burgerservicenummer ?? '').filter(Boolean);

/** The actor's role in one gezag relation, if they are named in it. */
function rolIn(g: GbaGezag, actor: string): Rol | undefined {
  if (!bsnsOf(g).includes(actor)) return undefined;
  if (g.type === 'Voogdij') return 'voogd';
  if (g.type === 'GezamenlijkGezag' && g.derde?.burgerservicenummer === actor) return 'derdeMetGezag';
  return 'ouderMetGezag';
}

/** The minors the actor's persoonslijst points at: children and minors in the actor's own gezag relations. */
function kandidaten(actor: GbaPersoon): string[] {
  const self = actor.burgerservicenummer ?? '';
  const out = new Set<string>();
  for (const k of actor.kinderen ?? []) if (k.burgerservicenummer) out.add(k.burgerservicenummer);
  for (const g of actor.gezag ?? []) {
    const m = g.minderjarige?.burgerservicenummer;
    if (m && bsnsOf(g).includes(self)) out.add(m);
  }
  out.delete(self);
  return [...out];
}

/** One child's answer for one actor. */
export function gezagsrelatie(actorBsn: string, kind: GbaPersoon, today: string): Relatie {
  const subjectBsn = kind.burgerservicenummer ?? '';
  const base = { subjectBsn, bron: 'brp' as const, bevoegdheid: VOLLEDIG };
  const weiger = (reden: Weigering, rol: Rol = 'ouderMetGezag'): Relatie => ({
    ...base,
    rol,
    toegestaan: false,
    reden,
  });
  const eigen = (kind.gezag ?? []).filter(
    (g) => !g.minderjarige?.burgerservicenummer || g.minderjarige.burgerservicenummer === subjectBsn,
  );
  const rol = eigen.map((g) => rolIn(g, actorBsn)).find((r): r is Rol => r !== undefined);
  if (kind.overlijden?.datum) return weiger('overleden', rol);
  const leeftijd = hoogsteLeeftijd(kind.geboorte?.datum, today);
  if (leeftijd === undefined || leeftijd >= 18) return weiger('meerderjarig', rol);
  if (kind.gezagInOnderzoek) return weiger('gezagInOnderzoek', rol);
  if (rol) {
    const tot = laatsteDagMinderjarig(kind.geboorte?.datum);
    return { ...base, rol, toegestaan: true, ...(tot ? { tot } : {}) };
  }
  if (eigen.some((g) => g.type === 'TijdelijkGeenGezag')) return weiger('tijdelijkGeenGezag');
  if (eigen.length === 0 || eigen.some((g) => g.type === 'GezagNietTeBepalen')) return weiger('gezagNietTeBepalen');
  return weiger('anderHeeftGezag');
}

/** Every minor-or-former-minor the actor is linked to, each allowed or refused with the reason. */
export function gezagsrelaties(actorBsn: string, today: string): Relatie[] {
  const actor = getGbaPersoon(actorBsn);
  if (!actor) return [];
  const out: Relatie[] = [];
  for (const bsn of kandidaten(actor)) {
    const kind = getGbaPersoon(bsn);
    if (kind) out.push(gezagsrelatie(actorBsn, kind, today));
  }
  return out;
}

/** Who holds gezag over a minor (for the minor's own view "wie mag iets voor mij regelen"). */
export function gezaghebbers(subjectBsn: string, today: string): Array<{ bsn: string; rol: Rol; tot?: string }> {
  const kind = getGbaPersoon(subjectBsn);
  if (!kind) return [];
  const out: Array<{ bsn: string; rol: Rol; tot?: string }> = [];
  const seen = new Set<string>();
  for (const g of kind.gezag ?? []) {
    if (g.minderjarige?.burgerservicenummer && g.minderjarige.burgerservicenummer !== subjectBsn) continue;
    for (const bsn of bsnsOf(g)) {
      if (seen.has(bsn)) continue;
      const relatie = gezagsrelatie(bsn, kind, today);
      if (!relatie.toegestaan) continue;
      seen.add(bsn);
      out.push({ bsn, rol: relatie.rol, ...(relatie.tot ? { tot: relatie.tot } : {}) });
    }
  }
  return out;
}
