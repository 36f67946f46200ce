import type { components } from '@/generated/uwv';
import { diplomasVoor, type Onderwijsniveau, type Sector } from '../duo/diplomas';
import { MOCK_TODAY, rng, type Rng } from '../seed';
import { addDays, addMonths, addYears, jaarVan, levensloop, maxDate, minDate } from '../registers/levensloop';
import type { Session } from '../../gateway/session';
import {
  elfproefNummer,
  heeftOnderzoek,
  laatsteWijziging,
  maakOnderzoek,
  zoekOpBsn,
  type CoreResult,
} from '../registers/zoek';

type S = components['schemas'];
export type Inkomstenverhouding = S['Inkomstenverhouding'];
export type Dienstbetrekking = S['Dienstbetrekking'];
export type Uitkering = S['Uitkering'];
type SoortUitkering = Uitkering['soortUitkering'];

/** The polisadministratie started in 2006; relations that ended earlier are not in it. */
export const POLIS_VANAF = '2006-01-01';
/** AOW age, simplified to 67 for everyone (it rose step by step from 65 between 2013 and 2024). */
export const AOW_LEEFTIJD = 67;

const WERKGEVERS: Record<Sector, string[]> = {
  zorg: ['Zorggroep De Linde', 'Ziekenhuis Westerkade', 'Stichting Thuiszorg Midden', 'Zorgcentrum Het Baken'],
  onderwijs: ['Scholengroep De Brug', 'Stichting Kinderopvang Zonnebloem', 'Stichting Openbaar Onderwijs Rivierenland'],
  techniek: ['Installatiebedrijf Verhoeven B.V.', 'Metaalbewerking Twente B.V.', 'Bouwbedrijf Van den Berg B.V.'],
  ict: ['Datapunt Software B.V.', 'Noordlicht IT Diensten B.V.', 'Kernwerk Digitaal B.V.'],
  handel: ['Supermarkt De Buurtwinkel B.V.', 'Van Dijk Bouwmarkten B.V.', 'Modehuis Kersten B.V.'],
  financieel: [
    'Verzekeraar Zekerheid N.V.',
    'Administratiekantoor Bakker & Zn. B.V.',
    'Spaarbank Midden-Nederland N.V.',
  ],
  logistiek: ['Transportbedrijf Van Leeuwen B.V.', 'Distributiecentrum Waalhaven B.V.', 'Pakketdienst Snel B.V.'],
  horeca: ['Restaurant De Gouden Leeuw B.V.', 'Hotel Aan Zee B.V.', 'Cateringbedrijf Smaakvol B.V.'],
  overheid: [], // filled with "Gemeente <woonplaats>" per person
};
const UITZENDBUREAU = 'Uitzendbureau Flexwerk B.V.';
const BIJBANEN = ['Supermarkt De Buurtwinkel B.V.', 'Restaurant De Gouden Leeuw B.V.', 'Pakketdienst Snel B.V.'];
const PENSIOENFONDSEN: Record<Sector, string> = {
  zorg: 'Stichting Pensioenfonds Zorg en Welzijn',
  onderwijs: 'Stichting Pensioenfonds ABP',
  overheid: 'Stichting Pensioenfonds ABP',
  techniek: 'Stichting Pensioenfonds Metaal en Techniek',
  ict: 'Stichting Pensioenfonds PGB',
  financieel: 'Stichting Pensioenfonds PGB',
  handel: 'Stichting Pensioenfonds Detailhandel',
  logistiek: 'Stichting Pensioenfonds Vervoer',
  horeca: 'Stichting Pensioenfonds Horeca & Catering',
};

/** Same employer, same loonheffingennummer, for every person. */
function inhoudingsplichtige(naam: string): S['Inhoudingsplichtige'] {
  return { naam, loonheffingennummer: `${elfproefNummer(rng(`loonheffingennummer:${naam}`))}L01` };
}

/** Full-time (38 h) monthly gross wage in 2026 euros, by highest education. */
const BASISLOON: Record<Onderwijsniveau | 'geen', number> = {
  geen: 2300,
  vmbo: 2450,
  havo: 2650,
  vwo: 2750,
  'mbo-1': 2350,
  'mbo-2': 2550,
  'mbo-3': 2800,
  'mbo-4': 3150,
  'hbo-associate-degree': 3300,
  'hbo-bachelor': 3900,
  'hbo-master': 4400,
  'wo-bachelor': 4000,
  'wo-master': 4700,
  'staatsexamen-nt2': 2450,
};

/** Wages grow about 4% a year (prices plus experience); used to go back from the last month. */
const GROEI = 1.04;

type Concept = {
  soort: 'dienstbetrekking' | 'uitkering';
  soortUitkering?: SoortUitkering;
  naam: string;
  datumAanvang: string;
  datumEinde: string | null;
  maandbedrag: number;
  uren: number | null;
};

const eerder = (a: string | null, b: string): string => (a === null ? b : minDate(a, b));

/**
 * All jobs and benefits of a test person, oldest first. Rules that keep it plausible:
 * nothing before age 15; work starts after the last diploma (or after arriving in the
 * Netherlands); everything ends at death; jobs end at emigration (the AOW goes on abroad);
 * work stops at AOW age, when AOW and often a pension start.
 */
export function inkomstenverhoudingenVoor(bsn: string): Inkomstenverhouding[] {
  const l = levensloop(bsn);
  if (!l) return [];
  const r = rng(`${bsn}:uwv`);
  const duo = diplomasVoor(bsn);
  const sector = duo.sector ?? 'handel';
  const concepts: Concept[] = [];
  const aowDatum = addYears(l.geboortedatum, AOW_LEEFTIJD);
  const persoonlijk = 0.85 + r.next() * 0.35;

  // A side job while at school, for about half of all teenagers.
  if (r.chance(0.5)) {
    const start = maxDate(
      r.date(addYears(l.geboortedatum, 15), addYears(l.geboortedatum, 17)),
      l.inNederlandSinds ?? '0000-01-01',
    );
    if (start < l.einde) {
      const uren = r.int(6, 12);
      const eind = addMonths(start, r.int(8, 30));
      concepts.push({
        soort: 'dienstbetrekking',
        naam: r.pick(BIJBANEN),
        datumAanvang: start,
        datumEinde: eind >= l.einde ? (l.woontInNederland ? null : l.einde) : eind,
        maandbedrag: Math.round(uren * 4.33 * r.int(7, 11)),
        uren,
      });
    }
  }

  // The career: jobs, sometimes with a benefit in between, until AOW age, death or emigration.
  const loopbaanEinde = minDate(l.einde, addDays(aowDatum, -1));
  const werkgevers =
    sector === 'overheid' ? [`Gemeente ${l.woonplaats}`, UITZENDBUREAU] : [...WERKGEVERS[sector], UITZENDBUREAU];
  let t = maxDate(
    addDays(duo.schoolVerlaten ?? addYears(l.geboortedatum, 18), r.int(14, 150)),
    addYears(l.geboortedatum, 17),
    l.inNederlandSinds ? addMonths(l.inNederlandSinds, r.int(1, 8)) : '0000-01-01',
  );
  const loopbaanStart = t;
  const basis = BASISLOON[duo.hoogsteNiveau ?? 'geen'] * persoonlijk;
  const loonOp = (datum: string, uren: number) =>
    Math.round(
      basis *
        (uren / 38) *
        (1 + 0.02 * Math.min(25, jaarVan(datum) - jaarVan(loopbaanStart))) *
        1.025 ** Math.min(0, jaarVan(datum) - 2026),
    );
  while (t < loopbaanEinde) {
    const uren = r.pick([16, 20, 24, 28, 32, 32, 36, 36, 38, 40]);
    const gepland = addMonths(t, r.int(8, 150));
    const lopend = gepland >= loopbaanEinde;
    const datumEinde = lopend ? (loopbaanEinde === MOCK_TODAY ? null : loopbaanEinde) : gepland;
    const laatsteMaand = addMonths(datumEinde ?? MOCK_TODAY, -1);
    const laatsteLoon = loonOp(laatsteMaand, uren);
    concepts.push({
      soort: 'dienstbetrekking',
      naam: r.pick(werkgevers),
      datumAanvang: t,
      datumEinde,
      maandbedrag: laatsteLoon,
      uren,
    });
    if (datumEinde === null || lopend) break;
    t = addDays(datumEinde, 1);
    const tussen = r.next();
    const uitkering = (soortUitkering: SoortUitkering, naam: string, maanden: number | null, bedrag: number) => {
      const eind = maanden === null ? loopbaanEinde : minDate(addMonths(t, maanden), loopbaanEinde);
      const open = eind >= loopbaanEinde && loopbaanEinde === MOCK_TODAY;
      concepts.push({
        soort: 'uitkering',
        soortUitkering,
        naam,
        datumAanvang: t,
        datumEinde: open ? null : eind,
        maandbedrag: Math.round(bedrag),
        uren: null,
      });
      t = addDays(eind, 1);
    };
    if (tussen < 0.16) uitkering('WW', 'UWV', r.int(3, 18), Math.min(laatsteLoon, 6000) * 0.7);
    else if (tussen < 0.2) uitkering('ZW', 'UWV', r.int(2, 12), laatsteLoon * 0.7);
    else if (tussen < 0.23) {
      uitkering('WIA', 'UWV', null, laatsteLoon * 0.7);
      break;
    } else if (tussen < 0.27) {
      uitkering('Participatiewet', `Gemeente ${l.woonplaats}`, null, l.heeftPartner ? 1950 : 1400);
      break;
    } else t = addDays(t, r.int(0, 90));
  }

  // AOW and a pension from the sector's fund; both stop only at death (AOW is paid abroad too).
  if (aowDatum <= l.einde || (l.vertrokkenOp && aowDatum <= MOCK_TODAY)) {
    const datumEinde = l.overlijdensdatum ?? null;
    const vanaf = l.overlijdensdatum && aowDatum > l.overlijdensdatum ? undefined : aowDatum;
    if (vanaf && vanaf <= MOCK_TODAY) {
      concepts.push({
        soort: 'uitkering',
        soortUitkering: 'AOW',
        naam: 'Sociale Verzekeringsbank',
        datumAanvang: vanaf,
        datumEinde,
        maandbedrag: l.heeftPartner ? 1090 : 1580,
        uren: null,
      });
      if (r.chance(0.75)) {
        concepts.push({
          soort: 'uitkering',
          soortUitkering: 'pensioen',
          naam: PENSIOENFONDSEN[sector],
          datumAanvang: vanaf,
          datumEinde,
          maandbedrag: Math.round(basis * (0.1 + r.next() * 0.45)),
          uren: null,
        });
      }
    }
  }

  const inPolis = concepts
    .filter((c) => c.datumAanvang <= MOCK_TODAY && (c.datumEinde === null || c.datumEinde >= POLIS_VANAF))
    .map((c) => ({ ...c, datumEinde: c.datumEinde === null ? null : eerder(c.datumEinde, MOCK_TODAY) }))
    .sort((a, b) => a.datumAanvang.localeCompare(b.datumAanvang));
  const onderzoekIndex = heeftOnderzoek(bsn, r) && inPolis.length ? r.int(0, inPolis.length - 1) : -1;
  return inPolis.map((c, i) => toVerhouding(r, c, i, i === onderzoekIndex));
}

function toVerhouding(r: Rng, c: Concept, index: number, metOnderzoek: boolean): Inkomstenverhouding {
  const id = `ikv-${index + 1}`;
  const velden =
    c.soort === 'dienstbetrekking'
      ? (['loonLaatsteMaand', 'aantalUrenPerWeek', 'datumAanvang', 'datumEinde', 'werkgever'] as const)
      : (['loonLaatsteMaand', 'datumAanvang', 'uitkeringsinstantie'] as const);
  const inOnderzoek: S['InOnderzoek'] = metOnderzoek
    ? maakOnderzoek(r, c.datumAanvang, [r.pick(velden.filter((v) => v !== 'datumEinde' || c.datumEinde !== null))])
    : null;
  // A running relation changes with every monthly wage report; an ended one at its end.
  const laatsteFeit = c.datumEinde ?? addDays(MOCK_TODAY, -35);
  const datumLaatsteWijziging = laatsteWijziging(r, maxDate(laatsteFeit, c.datumAanvang), inOnderzoek);
  const instantie = inhoudingsplichtige(c.naam);
  if (c.soort === 'dienstbetrekking') {
    return {
      id,
      soort: 'dienstbetrekking',
      werkgever: instantie,
      datumAanvang: c.datumAanvang,
      datumEinde: c.datumEinde,
      loonLaatsteMaand: c.maandbedrag,
      aantalUrenPerWeek: c.uren ?? 1,
      inOnderzoek,
      datumLaatsteWijziging,
    };
  }
  return {
    id,
    soort: 'uitkering',
    soortUitkering: c.soortUitkering ?? 'WW',
    uitkeringsinstantie: instantie,
    datumAanvang: c.datumAanvang,
    datumEinde: c.datumEinde,
    loonLaatsteMaand: c.maandbedrag,
    aantalUrenPerWeek: null,
    inOnderzoek,
    datumLaatsteWijziging,
  };
}

/** Months (fractional) of `jaar` covered by [aanvang, einde]. */
function maandenInJaar(aanvang: string, einde: string | null, jaar: number): number {
  const van = maxDate(aanvang, `${jaar}-01-01`);
  const tot = minDate(einde ?? `${jaar}-12-31`, `${jaar}-12-31`, MOCK_TODAY);
  if (tot < van) return 0;
  return (Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`) + 86_400_000) / (86_400_000 * 30.44);
}

/**
 * Gross income from one relation in a calendar year, consistent with `loonLaatsteMaand`:
 * going back from the last month at ~4% a year, plus 8% holiday pay for jobs. BRI uses it,
 * so the income the Belastingdienst shows matches the jobs UWV shows.
 */
export function brutoInJaar(v: Inkomstenverhouding, jaar: number): number {
  const maanden = Math.min(12, maandenInJaar(v.datumAanvang, v.datumEinde, jaar));
  if (maanden <= 0) return 0;
  const laatsteJaar = jaarVan(v.datumEinde ?? MOCK_TODAY);
  const factor = GROEI ** -Math.max(0, laatsteJaar - jaar);
  return v.loonLaatsteMaand * factor * maanden * (v.soort === 'dienstbetrekking' ? 1.08 : 1);
}

export const UWV_ZOEK_PAD = '/api/uwv/inkomstenverhoudingen/_zoek';

/** Core of `POST /api/uwv/inkomstenverhoudingen/_zoek` (pure; the MSW handler only adds HTTP). */
export function zoekInkomstenverhoudingen(body: unknown, session: Session, instance = UWV_ZOEK_PAD): CoreResult {
  return zoekOpBsn(body, session, instance, (bsn) => ({ inkomstenverhoudingen: inkomstenverhoudingenVoor(bsn) }));
}
