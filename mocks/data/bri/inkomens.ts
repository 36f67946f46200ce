import type { components } from '@/generated/bri';
import { ondernemingenVoor, winstInJaar } from '../kvk/inschrijvingen';
import { MOCK_TODAY, rng } from '../seed';
import { addDays, jarenTussen, levensloop, minDate } from '../registers/levensloop';
import { brutoInJaar, inkomstenverhoudingenVoor } from '../uwv/inkomstenverhoudingen';
import type { Session } from '../../gateway/session';
import { heeftOnderzoek, laatsteWijziging, maakOnderzoek, zoekOpBsn, type CoreResult } from '../registers/zoek';

export type Inkomen = components['schemas']['Inkomen'];

/** The tax years the mock shows: the latest one (2025) is still provisional on MOCK_TODAY. */
export const EERSTE_JAAR = 2019;
export const LAATSTE_JAAR = 2025;

/**
 * Registered income per tax year, oldest first. It is built from the same jobs and benefits
 * UWV shows and the profit of the person's KVK business, so the registries agree. A year
 * with no income at all is absent (children, years after death or emigration).
 */
export function inkomensVoor(bsn: string): Inkomen[] {
  const l = levensloop(bsn);
  if (!l) return [];
  const r = rng(`${bsn}:bri`);
  const verhoudingen = inkomstenverhoudingenVoor(bsn);
  const ondernemingen = ondernemingenVoor(bsn);
  // People with only wages or benefits often file no tax return: their income is then set
  // "ambtshalve" from the employers' wage data.
  const zonderAangifte = r.chance(0.3);
  const vermogen = r.chance(0.3) ? r.int(200, 6_000) : 0;
  const aftrekFactor = 0.88 + r.next() * 0.12;
  const out: Omit<Inkomen, 'inOnderzoek' | 'datumLaatsteWijziging'>[] = [];
  for (let jaar = EERSTE_JAAR; jaar <= LAATSTE_JAAR; jaar++) {
    if (l.einde < `${jaar}-01-01`) break;
    const loon = verhoudingen.reduce((sum, v) => sum + brutoInJaar(v, jaar), 0);
    const winst = ondernemingen.reduce((sum, o) => sum + winstInJaar(o, jaar), 0);
    const heeftOnderneming = ondernemingen.some(
      (o) => o.datumAanvang <= `${jaar}-12-31` && (o.datumEinde === null || o.datumEinde >= `${jaar}-01-01`),
    );
    if (loon <= 0 && !heeftOnderneming) continue;
    const minderjarig = jarenTussen(l.geboortedatum, `${jaar}-12-31`) < 18;
    const ambtshalve = !heeftOnderneming && (minderjarig || zonderAangifte);
    const verzamelinkomen = Math.round(loon * aftrekFactor + winst + (minderjarig ? 0 : vermogen));
    let status: Inkomen['status'];
    let bron: Inkomen['bron'];
    let datumVaststelling: string;
    const definitiefKan = jaar <= LAATSTE_JAAR - 2 || (jaar === LAATSTE_JAAR - 1 && r.chance(0.6));
    if (definitiefKan) {
      status = 'definitief';
      bron = ambtshalve ? 'ambtshalve' : 'aanslag';
      datumVaststelling = r.date(`${jaar + 1}-04-01`, minDate(`${jaar + 3}-06-30`, MOCK_TODAY));
    } else {
      status = 'voorlopig';
      bron = ambtshalve ? 'ambtshalve' : 'aangifte';
      datumVaststelling = r.date(`${jaar + 1}-03-01`, minDate(`${jaar + 1}-07-31`, MOCK_TODAY));
    }
    out.push({ belastingjaar: jaar, verzamelinkomen, bron, status, datumVaststelling });
  }
  const onderzoekIndex = heeftOnderzoek(bsn, r) && out.length ? r.int(0, out.length - 1) : -1;
  return out.map((inkomen, i) => {
    const inOnderzoek: Inkomen['inOnderzoek'] =
      i === onderzoekIndex
        ? maakOnderzoek(r, addDays(inkomen.datumVaststelling, 1), [
            r.pick(['verzamelinkomen', 'verzamelinkomen', 'bron'] as const),
          ])
        : null;
    return {
      ...inkomen,
      inOnderzoek,
      datumLaatsteWijziging: laatsteWijziging(r, inkomen.datumVaststelling, inOnderzoek),
    };
  });
}

export const BRI_ZOEK_PAD = '/api/bri/inkomens/_zoek';

/** Core of `POST /api/bri/inkomens/_zoek` (pure; the MSW handler only adds HTTP). */
export function zoekInkomens(body: unknown, session: Session, instance = BRI_ZOEK_PAD): CoreResult {
  return zoekOpBsn(body, session, instance, (bsn) => ({ inkomens: inkomensVoor(bsn) }));
}
