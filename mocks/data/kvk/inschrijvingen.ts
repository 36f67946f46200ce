import type { components as Kvk } from '@/generated/kvk';
import type { components } from '@/generated/kvk-inschrijvingen';
import type { Session } from '../../gateway/session';
import { diplomasVoor, type Sector } from '../duo/diplomas';
import { MOCK_TODAY, rng, type Rng } from '../seed';
import {
  addDays,
  addYears,
  jaarVan,
  levensloop,
  maxDate,
  minDate,
  type Adres,
  type Levensloop,
} from '../registers/levensloop';
import {
  elfproefNummer,
  forbiddenOwnData,
  badRequest,
  heeftOnderzoek,
  laatsteWijziging,
  maakOnderzoek,
  zoekOpBsn,
  type CoreResult,
} from '../registers/zoek';

export type Basisprofiel = Kvk['schemas']['Basisprofiel'];
export type Inschrijving = components['schemas']['Inschrijving'];

type Sbi = { sbiCode: string; sbiOmschrijving: string };
type Activiteit = { sbi: Sbi[]; naam: (l: Levensloop) => string };

/** SBI 2008 codes with their KVK descriptions, and a trade name pattern, per sector. */
const ACTIVITEITEN: Record<Sector, Activiteit[]> = {
  ict: [
    {
      sbi: [
        { sbiCode: '6201', sbiOmschrijving: 'Ontwikkelen, produceren en uitgeven van software' },
        { sbiCode: '6202', sbiOmschrijving: 'Advisering op het gebied van informatietechnologie' },
      ],
      naam: (l) => `${l.achternaam} Software`,
    },
  ],
  financieel: [
    {
      sbi: [{ sbiCode: '69209', sbiOmschrijving: 'Overige administratiekantoren' }],
      naam: (l) => `Administratiekantoor ${l.achternaam}`,
    },
  ],
  handel: [
    {
      sbi: [{ sbiCode: '47918', sbiOmschrijving: 'Detailhandel via internet in overige non-food' }],
      naam: (l) => `${l.voornaam}'s Webwinkel`,
    },
    {
      sbi: [
        { sbiCode: '70221', sbiOmschrijving: 'Organisatie-adviesbureaus' },
        { sbiCode: '7320', sbiOmschrijving: 'Markt- en opinieonderzoekbureaus' },
      ],
      naam: (l) => `${l.achternaam} Advies`,
    },
  ],
  overheid: [
    {
      sbi: [{ sbiCode: '70221', sbiOmschrijving: 'Organisatie-adviesbureaus' }],
      naam: (l) => `${l.voorletters} ${l.achternaam} Advies en Interim`,
    },
  ],
  onderwijs: [
    {
      sbi: [{ sbiCode: '85592', sbiOmschrijving: 'Bedrijfsopleiding en -training' }],
      naam: (l) => `${l.achternaam} Training & Coaching`,
    },
  ],
  zorg: [
    { sbi: [{ sbiCode: '96021', sbiOmschrijving: 'Haarverzorging' }], naam: (l) => `Kapsalon ${l.voornaam}` },
    {
      sbi: [{ sbiCode: '96022', sbiOmschrijving: 'Schoonheidsverzorging' }],
      naam: (l) => `Schoonheidssalon ${l.voornaam}`,
    },
  ],
  techniek: [
    {
      sbi: [{ sbiCode: '43341', sbiOmschrijving: 'Schildersbedrijven' }],
      naam: (l) => `Schildersbedrijf ${l.achternaam}`,
    },
  ],
  logistiek: [{ sbi: [{ sbiCode: '49320', sbiOmschrijving: 'Taxivervoer' }], naam: (l) => `Taxi ${l.achternaam}` }],
  horeca: [{ sbi: [{ sbiCode: '56101', sbiOmschrijving: 'Restaurants' }], naam: (l) => `Eetcafé ${l.achternaam}` }],
};
const EXTRA_SBI: Sbi = { sbiCode: '7311', sbiOmschrijving: 'Reclamebureaus' };

const BEDRIJFSSTRATEN = ['Industrieweg', 'Handelsweg', 'Ambachtsweg', 'Marktstraat', 'Stationsplein'];
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';

/** A business of the person, with everything the Basisprofiel and BRI need. */
export type Onderneming = {
  kvkNummer: string;
  vestigingsnummer: string;
  rsin: string | undefined;
  rol: 'eigenaar' | 'vennoot';
  rechtsvorm: 'Eenmanszaak' | 'VennootschapOnderFirma';
  handelsnamen: string[];
  sbi: Sbi[];
  datumAanvang: string;
  formeleRegistratiedatum: string;
  datumEinde: string | null;
  adres: Adres;
  werkzamePersonen: number;
  voltijd: number;
  indNonMailing: 'Ja' | 'Nee';
  website: string | undefined;
  /** Typical yearly profit in euro, for BRI. */
  winstBasis: number;
  inOnderzoek: Inschrijving['inOnderzoek'];
  datumLaatsteWijziging: string;
};

/**
 * KvK numbers are 8 digits. Before about 2010 they began with the regional Chamber's
 * prefix (Rotterdam 24, Amsterdam 34, Utrecht 30 …); since then with 5–9 by year.
 */
function kvkNummer(r: Rng, aanvang: string): string {
  const jaar = jaarVan(aanvang);
  const prefix =
    jaar < 2010
      ? r.pick(['24', '27', '30', '34', '37', '41', '50'])
      : jaar < 2015
        ? '5'
        : jaar < 2018
          ? '6'
          : jaar < 2021
            ? '7'
            : jaar < 2023
              ? '8'
              : '9';
  let out = prefix;
  while (out.length < 8) out += String(r.int(0, 9));
  return out;
}

function bedrijfsadres(r: Rng, l: Levensloop): Adres {
  const postcode = l.adres?.postcode.slice(0, 4) ?? String(r.int(1011, 9999));
  return {
    straatnaam: r.pick(BEDRIJFSSTRATEN),
    huisnummer: r.int(1, 180),
    huisletter: undefined,
    huisnummertoevoeging: undefined,
    postcode: `${postcode}${r.pick([...LETTERS])}${r.pick([...LETTERS])}`,
    plaats: l.woonplaats,
  };
}

function maakOnderneming(
  r: Rng,
  l: Levensloop,
  rol: Onderneming['rol'],
  sector: Sector,
  forceer: boolean,
): Onderneming | undefined {
  const vanaf = maxDate(
    addYears(l.geboortedatum, 19),
    l.inNederlandSinds ? addDays(l.inNederlandSinds, 90) : '0000-01-01',
    '1995-01-01',
  );
  const tot = minDate(l.einde, addYears(l.geboortedatum, 70), forceer ? addDays(MOCK_TODAY, -400) : MOCK_TODAY);
  if (vanaf >= tot) return undefined;
  const datumAanvang = r.date(vanaf, tot);
  let datumEinde: string | null = null;
  if (!l.woontInNederland) {
    // Death or emigration ends the business: the registration is closed a few weeks later.
    datumEinde = maxDate(minDate(addDays(l.einde, r.int(10, 90)), MOCK_TODAY), addDays(datumAanvang, 1));
  } else if (!forceer && r.chance(0.2) && addYears(datumAanvang, 1) < MOCK_TODAY) {
    datumEinde = r.date(addYears(datumAanvang, 1), MOCK_TODAY);
  }
  const activiteit = r.pick(ACTIVITEITEN[sector]);
  const naam =
    rol === 'vennoot'
      ? `${l.achternaam} & ${r.pick(['De Vries', 'Bakker', 'Visser', 'Smit', 'Meijer'])} V.O.F.`
      : activiteit.naam(l);
  const handelsnamen = r.chance(0.3)
    ? [naam, `${naam.replace(/ V\.O\.F\.$/, '')} ${r.pick(['Online', 'Service', 'Plus'])}`]
    : [naam];
  const werkzamePersonen = rol === 'vennoot' ? r.int(2, 6) : r.chance(0.85) ? 1 : r.int(2, 3);
  return {
    kvkNummer: kvkNummer(r, datumAanvang),
    vestigingsnummer: `0000${String(r.int(10_000_000, 99_999_999))}`,
    // Only legal entities and partnerships have an RSIN; an eenmanszaak has none.
    rsin: rol === 'vennoot' ? elfproefNummer(r) : undefined,
    rol,
    rechtsvorm: rol === 'vennoot' ? 'VennootschapOnderFirma' : 'Eenmanszaak',
    handelsnamen,
    sbi: r.chance(0.2) ? [...activiteit.sbi, EXTRA_SBI] : activiteit.sbi,
    datumAanvang,
    formeleRegistratiedatum: minDate(addDays(datumAanvang, r.int(0, 20)), MOCK_TODAY),
    datumEinde,
    adres: l.adres && rol === 'eigenaar' && r.chance(0.7) ? l.adres : bedrijfsadres(r, l),
    werkzamePersonen,
    voltijd: Math.min(werkzamePersonen, r.int(0, werkzamePersonen)),
    indNonMailing: r.chance(0.4) ? 'Ja' : 'Nee',
    website: r.chance(0.4)
      ? `www.${naam
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z0-9]+/g, '')}.nl`
      : undefined,
    winstBasis: r.int(8_000, 75_000),
    inOnderzoek: null,
    datumLaatsteWijziging: datumAanvang,
  };
}

/** Persons who always have a business, so demos show the KVK card. */
const DEMO_ONDERNEMERS = new Set(['999993653']);

/**
 * The person's own registrations, oldest first: about 12% of adults have (or had) an
 * eenmanszaak, about 3% are partner in a VOF. Nobody under 19 or who lived here less than
 * three months; death or emigration ends it.
 */
export function ondernemingenVoor(bsn: string): Onderneming[] {
  const l = levensloop(bsn);
  if (!l) return [];
  const r = rng(`${bsn}:kvk`);
  const sector = diplomasVoor(bsn).sector ?? 'handel';
  const eenmanszaak = r.chance(0.12);
  const vof = r.chance(0.03);
  const forceer = DEMO_ONDERNEMERS.has(bsn);
  const out: Onderneming[] = [];
  if (eenmanszaak || forceer) {
    const o = maakOnderneming(r, l, 'eigenaar', sector, forceer);
    if (o) out.push(o);
  }
  if (vof) {
    const o = maakOnderneming(r, l, 'vennoot', r.pick(['horeca', 'techniek', 'handel'] as const), false);
    if (o) out.push(o);
  }
  out.sort((a, b) => a.datumAanvang.localeCompare(b.datumAanvang));
  const onderzoekIndex = heeftOnderzoek(bsn, r) && out.length ? r.int(0, out.length - 1) : -1;
  return out.map((o, i) => {
    const inOnderzoek: Inschrijving['inOnderzoek'] =
      i === onderzoekIndex
        ? maakOnderzoek(r, o.datumAanvang, [
            r.pick(['naam', 'sbiActiviteiten', 'adressen', 'handelsnamen', 'datumAanvang'] as const),
          ])
        : null;
    return {
      ...o,
      inOnderzoek,
      datumLaatsteWijziging: laatsteWijziging(r, o.datumEinde ?? o.formeleRegistratiedatum, inOnderzoek),
    };
  });
}

export function inschrijvingenResultaat(bsn: string): { inschrijvingen: Inschrijving[] } {
  return {
    inschrijvingen: ondernemingenVoor(bsn).map((o) => ({
      kvkNummer: o.kvkNummer,
      naam: o.handelsnamen[0] ?? '',
      rol: o.rol,
      rechtsvorm: o.rechtsvorm,
      datumAanvang: o.datumAanvang,
      datumEinde: o.datumEinde,
      inOnderzoek: o.inOnderzoek,
      datumLaatsteWijziging: o.datumLaatsteWijziging,
    })),
  };
}

/** Profit in a calendar year, pro rata for the months the business existed; sometimes a loss. */
export function winstInJaar(o: Onderneming, jaar: number): number {
  const van = maxDate(o.datumAanvang, `${jaar}-01-01`);
  const tot = minDate(o.datumEinde ?? `${jaar}-12-31`, `${jaar}-12-31`);
  if (tot < van) return 0;
  const deel = (Date.parse(tot) - Date.parse(van) + 86_400_000) / (365 * 86_400_000);
  const r = rng(`${o.kvkNummer}:winst:${jaar}`);
  const winst = r.chance(0.06) ? -r.int(1_000, 12_000) : o.winstBasis * (0.7 + r.next() * 0.6);
  // The first year a business usually makes less.
  const aanloop = jaarVan(o.datumAanvang) === jaar ? 0.5 : 1;
  return Math.round(winst * deel * aanloop);
}

const kvkDatum = (iso: string) => iso.replaceAll('-', '');

/** The official KVK Basisprofiel 1.3 shape (dates `JJJJMMDD`, indicators "Ja"/"Nee"), nothing added. */
export function toBasisprofiel(o: Onderneming): Basisprofiel {
  const self = `/api/kvk/basisprofielen/${o.kvkNummer}`;
  const materieleRegistratie = {
    datumAanvang: kvkDatum(o.datumAanvang),
    ...(o.datumEinde ? { datumEinde: kvkDatum(o.datumEinde) } : {}),
  };
  const sbiActiviteiten = o.sbi.map((s, i) => ({ ...s, indHoofdactiviteit: i === 0 ? 'Ja' : 'Nee' }));
  const a = o.adres;
  const straatHuisnummer = `${a.straatnaam} ${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
  const postcodeWoonplaats = `${a.postcode} ${a.plaats}`;
  const adres: Kvk['schemas']['Adres'] = {
    type: 'bezoekadres',
    indAfgeschermd: 'Nee',
    volledigAdres: `${straatHuisnummer} ${postcodeWoonplaats}`,
    straatnaam: a.straatnaam,
    huisnummer: a.huisnummer,
    ...(a.huisletter ? { huisletter: a.huisletter } : {}),
    ...(a.huisnummertoevoeging ? { huisnummerToevoeging: a.huisnummertoevoeging } : {}),
    postcode: a.postcode,
    plaats: a.plaats,
    straatHuisnummer,
    postcodeWoonplaats,
    land: 'Nederland',
  };
  const eersteHandelsnaam = o.handelsnamen[0] ?? '';
  return {
    kvkNummer: o.kvkNummer,
    indNonMailing: o.indNonMailing,
    naam: eersteHandelsnaam,
    formeleRegistratiedatum: kvkDatum(o.formeleRegistratiedatum),
    materieleRegistratie,
    totaalWerkzamePersonen: o.werkzamePersonen,
    handelsnamen: o.handelsnamen.map((naam, volgorde) => ({ naam, volgorde })),
    sbiActiviteiten,
    links: [{ rel: 'self', href: self }],
    _embedded: {
      hoofdvestiging: {
        vestigingsnummer: o.vestigingsnummer,
        kvkNummer: o.kvkNummer,
        ...(o.rsin ? { rsin: o.rsin } : {}),
        indNonMailing: o.indNonMailing,
        formeleRegistratiedatum: kvkDatum(o.formeleRegistratiedatum),
        materieleRegistratie,
        eersteHandelsnaam,
        indHoofdvestiging: 'Ja',
        indCommercieleVestiging: 'Ja',
        voltijdWerkzamePersonen: o.voltijd,
        totaalWerkzamePersonen: o.werkzamePersonen,
        deeltijdWerkzamePersonen: o.werkzamePersonen - o.voltijd,
        adressen: [adres],
        ...(o.website ? { websites: [o.website] } : {}),
        sbiActiviteiten,
      },
      eigenaar: {
        ...(o.rsin ? { rsin: o.rsin } : {}),
        rechtsvorm: o.rechtsvorm,
        uitgebreideRechtsvorm: o.rechtsvorm === 'Eenmanszaak' ? 'Eenmanszaak' : 'Vennootschap onder firma',
      },
    },
  };
}

const KVK_NUMMER = /^[0-9]{8}$/;

/**
 * Core of `GET /api/kvk/basisprofielen/{kvkNummer}`: 400 for a malformed number, 403 unless
 * the registration is one of the signed-in citizen's own (eigenaar or vennoot). An unknown
 * number is 403 too, so the answer never reveals which numbers exist.
 */
export function basisprofielVoor(kvkNummerParam: string, session: Session, instance: string): CoreResult {
  if (session.role !== 'burger' || !session.bsn) return forbiddenOwnData(instance);
  if (!KVK_NUMMER.test(kvkNummerParam)) {
    return badRequest(
      [{ name: 'kvkNummer', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{8}$.' }],
      instance,
    );
  }
  const onderneming = ondernemingenVoor(session.bsn).find((o) => o.kvkNummer === kvkNummerParam);
  if (!onderneming) return forbiddenOwnData(instance);
  return { status: 200, body: toBasisprofiel(onderneming) };
}

export const KVK_ZOEK_PAD = '/api/kvk/inschrijvingen/_zoek';

/** Core of `POST /api/kvk/inschrijvingen/_zoek` (pure; the MSW handler only adds HTTP). */
export function zoekInschrijvingen(body: unknown, session: Session, instance = KVK_ZOEK_PAD): CoreResult {
  return zoekOpBsn(body, session, instance, inschrijvingenResultaat);
}
