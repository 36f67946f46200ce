import type { components } from '@/generated/rdw';
import { ondernemingenVoor } from '../kvk/inschrijvingen';
import { MOCK_TODAY, rng, type Rng } from '../seed';
import {
  addDays,
  addMonths,
  addYears,
  jaarVan,
  leeftijdOp,
  levensloop,
  maxDate,
  minDate,
  type Levensloop,
} from '../registers/levensloop';
import type { Session } from '../../gateway/session';
import { heeftOnderzoek, laatsteWijziging, maakOnderzoek, zoekOpBsn, type CoreResult } from '../registers/zoek';

type S = components['schemas'];
export type Voertuig = S['Voertuig'];
type Soort = Voertuig['voertuigsoort'];
type Brandstof = NonNullable<Voertuig['brandstof_omschrijving']>;

type Model = {
  soort: Soort;
  merk: string;
  handelsbenaming: string;
  inrichting: string;
  categorie: Voertuig['europese_voertuigcategorie'];
  vanaf: number;
  tot: number;
  brandstoffen: Brandstof[];
  prijs: number | null;
  massa: number;
  cilinderinhoud: number;
  zitplaatsen: number | null;
};

const MODELLEN: Model[] = [
  {
    soort: 'Personenauto',
    merk: 'VOLKSWAGEN',
    handelsbenaming: 'GOLF',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2004,
    tot: 2026,
    brandstoffen: ['Benzine', 'Diesel'],
    prijs: 32000,
    massa: 1300,
    cilinderinhoud: 1498,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'VOLKSWAGEN',
    handelsbenaming: 'POLO',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2005,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 23000,
    massa: 1150,
    cilinderinhoud: 999,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'TOYOTA',
    handelsbenaming: 'YARIS',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2006,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 24000,
    massa: 1120,
    cilinderinhoud: 1490,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'TOYOTA',
    handelsbenaming: 'COROLLA TOURING SPORTS',
    inrichting: 'stationwagen',
    categorie: 'M1',
    vanaf: 2019,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 36000,
    massa: 1400,
    cilinderinhoud: 1798,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'KIA',
    handelsbenaming: 'PICANTO',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2011,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 16000,
    massa: 950,
    cilinderinhoud: 998,
    zitplaatsen: 4,
  },
  {
    soort: 'Personenauto',
    merk: 'KIA',
    handelsbenaming: 'NIRO',
    inrichting: 'MPV',
    categorie: 'M1',
    vanaf: 2019,
    tot: 2026,
    brandstoffen: ['Elektriciteit'],
    prijs: 44000,
    massa: 1750,
    cilinderinhoud: 0,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'PEUGEOT',
    handelsbenaming: '208',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2012,
    tot: 2026,
    brandstoffen: ['Benzine', 'Elektriciteit'],
    prijs: 25000,
    massa: 1150,
    cilinderinhoud: 1199,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'RENAULT',
    handelsbenaming: 'CLIO',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2000,
    tot: 2026,
    brandstoffen: ['Benzine', 'LPG'],
    prijs: 22000,
    massa: 1100,
    cilinderinhoud: 999,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'OPEL',
    handelsbenaming: 'ASTRA',
    inrichting: 'stationwagen',
    categorie: 'M1',
    vanaf: 2004,
    tot: 2024,
    brandstoffen: ['Benzine', 'Diesel'],
    prijs: 30000,
    massa: 1350,
    cilinderinhoud: 1398,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'SKODA',
    handelsbenaming: 'OCTAVIA',
    inrichting: 'stationwagen',
    categorie: 'M1',
    vanaf: 2005,
    tot: 2026,
    brandstoffen: ['Benzine', 'Diesel'],
    prijs: 35000,
    massa: 1400,
    cilinderinhoud: 1498,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'VOLVO',
    handelsbenaming: 'XC40',
    inrichting: 'stationwagen',
    categorie: 'M1',
    vanaf: 2018,
    tot: 2026,
    brandstoffen: ['Benzine', 'Elektriciteit'],
    prijs: 52000,
    massa: 1700,
    cilinderinhoud: 1969,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'TESLA',
    handelsbenaming: 'MODEL 3',
    inrichting: 'sedan',
    categorie: 'M1',
    vanaf: 2019,
    tot: 2026,
    brandstoffen: ['Elektriciteit'],
    prijs: 48000,
    massa: 1760,
    cilinderinhoud: 0,
    zitplaatsen: 5,
  },
  {
    soort: 'Personenauto',
    merk: 'FIAT',
    handelsbenaming: '500',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2008,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 19000,
    massa: 940,
    cilinderinhoud: 1242,
    zitplaatsen: 4,
  },
  {
    soort: 'Personenauto',
    merk: 'FORD',
    handelsbenaming: 'FOCUS',
    inrichting: 'hatchback',
    categorie: 'M1',
    vanaf: 2000,
    tot: 2025,
    brandstoffen: ['Benzine', 'Diesel'],
    prijs: 28000,
    massa: 1300,
    cilinderinhoud: 999,
    zitplaatsen: 5,
  },
  {
    soort: 'Bedrijfsauto',
    merk: 'VOLKSWAGEN',
    handelsbenaming: 'TRANSPORTER',
    inrichting: 'gesloten opbouw',
    categorie: 'N1',
    vanaf: 2010,
    tot: 2026,
    brandstoffen: ['Diesel'],
    prijs: 42000,
    massa: 1950,
    cilinderinhoud: 1968,
    zitplaatsen: 3,
  },
  {
    soort: 'Bedrijfsauto',
    merk: 'RENAULT',
    handelsbenaming: 'TRAFIC',
    inrichting: 'gesloten opbouw',
    categorie: 'N1',
    vanaf: 2010,
    tot: 2026,
    brandstoffen: ['Diesel'],
    prijs: 36000,
    massa: 1850,
    cilinderinhoud: 1997,
    zitplaatsen: 3,
  },
  {
    soort: 'Motorfiets',
    merk: 'YAMAHA',
    handelsbenaming: 'MT-07',
    inrichting: 'Niet geregistreerd',
    categorie: 'L3e',
    vanaf: 2014,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 8500,
    massa: 184,
    cilinderinhoud: 689,
    zitplaatsen: 2,
  },
  {
    soort: 'Motorfiets',
    merk: 'BMW',
    handelsbenaming: 'R 1250 GS',
    inrichting: 'Niet geregistreerd',
    categorie: 'L3e',
    vanaf: 2019,
    tot: 2026,
    brandstoffen: ['Benzine'],
    prijs: 22000,
    massa: 249,
    cilinderinhoud: 1254,
    zitplaatsen: 2,
  },
  {
    soort: 'Bromfiets',
    merk: 'PIAGGIO',
    handelsbenaming: 'VESPA PRIMAVERA',
    inrichting: 'Niet geregistreerd',
    categorie: 'L1e',
    vanaf: 2014,
    tot: 2026,
    brandstoffen: ['Benzine', 'Elektriciteit'],
    prijs: null,
    massa: 110,
    cilinderinhoud: 49,
    zitplaatsen: 2,
  },
  {
    soort: 'Aanhangwagen',
    merk: 'HAPERT',
    handelsbenaming: 'AZURE',
    inrichting: 'open laadbak',
    categorie: 'O1',
    vanaf: 2005,
    tot: 2026,
    brandstoffen: [],
    prijs: null,
    massa: 210,
    cilinderinhoud: 0,
    zitplaatsen: null,
  },
  {
    soort: 'Aanhangwagen',
    merk: 'ANSSEMS',
    handelsbenaming: 'GT 750',
    inrichting: 'open laadbak',
    categorie: 'O1',
    vanaf: 2008,
    tot: 2026,
    brandstoffen: [],
    prijs: null,
    massa: 180,
    cilinderinhoud: 0,
    zitplaatsen: null,
  },
];

const KLEUREN = ['GRIJS', 'GRIJS', 'ZWART', 'ZWART', 'WIT', 'BLAUW', 'ROOD', 'GROEN', 'BEIGE'];
/** Letters used on Dutch plates: no vowels, no C or Q (and M, V, D, W only as a category prefix). */
const L = 'BFGHJKLNPRSTXZ';
const letter = (r: Rng) => L[r.int(0, L.length - 1)] ?? 'B';
const cijfer = (r: Rng) => String(r.int(0, 9));
const cijferNietNul = (r: Rng) => String(r.int(1, 9));

/**
 * A plate in the sidecode of the year of first admission (without dashes, as in the open
 * data): 5 XX-XX-99 (1991–1999), 6 99-XX-XX (1999–2008), 7 99-XXX-9 (2008–2013),
 * 8 9-XXX-99 (2013–2015), 9 XX-999-X (2015–2019), 10 X-999-XX (2019–2024), 11 XXX-99-X (2024–).
 * Commercial vans start with V, motorcycles with M, mopeds with D, trailers with W.
 */
export function kenteken(r: Rng, soort: Soort, jaar: number): string {
  const ll = () => letter(r) + letter(r);
  const nn = () => cijferNietNul(r) + cijfer(r);
  switch (soort) {
    case 'Bedrijfsauto':
      return `V${letter(r)}${nn()}${cijfer(r)}${letter(r)}`;
    case 'Motorfiets':
      return `M${letter(r)}${nn()}${ll()}`;
    case 'Bromfiets':
      return `D${ll()}${nn()}${letter(r)}`;
    case 'Aanhangwagen':
      return `W${letter(r)}${ll()}${nn()}`;
    case 'Personenauto':
      if (jaar < 1999) return `${ll()}${ll()}${nn()}`;
      if (jaar < 2008) return `${nn()}${ll()}${ll()}`;
      if (jaar < 2013) return `${nn()}${ll()}${letter(r)}${cijferNietNul(r)}`;
      if (jaar < 2015) return `${cijferNietNul(r)}${ll()}${letter(r)}${nn()}`;
      if (jaar < 2019) return `${ll()}${cijferNietNul(r)}${cijfer(r)}${cijfer(r)}${letter(r)}`;
      if (jaar < 2024) return `${letter(r)}${cijferNietNul(r)}${cijfer(r)}${cijfer(r)}${ll()}`;
      return `${ll()}${letter(r)}${nn()}${letter(r)}`;
  }
}

/**
 * APK: cars and vans; the first one after 4 years (3 for diesel and vans), then every
 * one or two years. Motorcycles, mopeds and light trailers have none.
 */
function vervaldatumApk(r: Rng, m: Model, toelating: string, brandstof: Brandstof | null): string | null {
  if (m.soort !== 'Personenauto' && m.soort !== 'Bedrijfsauto') return null;
  const eerste = addYears(toelating, brandstof === 'Diesel' || m.soort === 'Bedrijfsauto' ? 3 : 4);
  if (eerste > MOCK_TODAY) return eerste;
  // A few percent have let it expire.
  if (r.chance(0.04)) return r.date(addMonths(MOCK_TODAY, -8), addDays(MOCK_TODAY, -1));
  return addDays(r.date(addDays(MOCK_TODAY, 1), addYears(MOCK_TODAY, 1)), 0);
}

/** Persons who always hold a car, so demos show the RDW card. */
const DEMO_HOUDERS = new Set(['999993653']);

/** How many vehicles someone holds: none for minors (a moped from 16), the deceased and emigrants. */
function aantal(r: Rng, l: Levensloop): number {
  const draw = r.next();
  if (!l.woontInNederland) return 0;
  const leeftijd = leeftijdOp(l, MOCK_TODAY);
  if (leeftijd < 16) return 0;
  if (leeftijd < 18) return draw < 0.25 ? 1 : 0;
  if (leeftijd >= 90) return draw < 0.1 ? 1 : 0;
  if (draw < 0.3) return DEMO_HOUDERS.has(l.bsn) ? 1 : 0;
  if (draw < 0.8) return 1;
  if (draw < 0.95) return 2;
  return r.int(3, 4);
}

function kiesModel(r: Rng, l: Levensloop, index: number, ondernemer: boolean): Model {
  const leeftijd = leeftijdOp(l, MOCK_TODAY);
  const opties = MODELLEN.filter((m) => {
    if (leeftijd < 18) return m.soort === 'Bromfiets';
    if (index === 0) return m.soort === 'Personenauto';
    if (m.soort === 'Bedrijfsauto') return ondernemer;
    return m.soort !== 'Bromfiets' || leeftijd < 30;
  });
  return r.pick(opties);
}

/**
 * The vehicles registered in the person's name today, longest held first. Vehicle facts are
 * consistent with each other: the plate fits the year, electric cars have no cylinders, the
 * person held it only as an adult (16+ for a moped) and while living in the Netherlands.
 */
export function voertuigenVoor(bsn: string): Voertuig[] {
  const l = levensloop(bsn);
  if (!l) return [];
  const r = rng(`${bsn}:rdw`);
  const n = aantal(r, l);
  const ondernemer = ondernemingenVoor(bsn).some((o) => o.datumEinde === null);
  const concepten = Array.from({ length: n }, (_, i) => {
    const m = kiesModel(r, l, i, ondernemer);
    const houderVanaf = maxDate(
      addYears(l.geboortedatum, m.soort === 'Bromfiets' ? 16 : 18),
      l.inNederlandSinds ?? '0000-01-01',
      `${m.vanaf}-01-01`,
    );
    const toelating = r.date(`${m.vanaf}-01-01`, minDate(`${m.tot}-12-31`, addDays(MOCK_TODAY, -30)));
    const tenaamstelling = r.date(maxDate(toelating, houderVanaf), addDays(MOCK_TODAY, -1));
    // About one in eight cars is imported used: first admitted abroad, registered here later.
    const import_ = m.soort === 'Personenauto' && r.chance(0.12);
    const eersteTenaamstellingNl = import_ ? minDate(addMonths(toelating, r.int(12, 60)), tenaamstelling) : toelating;
    const brandstof: Brandstof | null = m.brandstoffen.length ? r.pick(m.brandstoffen) : null;
    const elektrisch = brandstof === 'Elektriciteit';
    const ouderdom = jaarVan(MOCK_TODAY) - jaarVan(toelating);
    const voertuig: Voertuig = {
      kenteken: kenteken(r, m.soort, jaarVan(eersteTenaamstellingNl)),
      voertuigsoort: m.soort,
      merk: m.merk,
      handelsbenaming: m.handelsbenaming,
      inrichting: m.inrichting,
      eerste_kleur: m.soort === 'Aanhangwagen' ? 'N.v.t.' : r.pick(KLEUREN),
      tweede_kleur: 'Niet geregistreerd',
      aantal_zitplaatsen: m.zitplaatsen,
      europese_voertuigcategorie: m.categorie,
      brandstof_omschrijving: brandstof,
      cilinderinhoud: elektrisch || m.soort === 'Aanhangwagen' ? null : m.cilinderinhoud,
      massa_rijklaar: m.massa + r.int(-40, 60) + (elektrisch && m.soort === 'Personenauto' ? 250 : 0),
      catalogusprijs:
        m.prijs === null
          ? null
          : Math.round((m.prijs * (1 - 0.02 * Math.max(0, 2026 - jaarVan(toelating))) * (0.9 + r.next() * 0.3)) / 10) *
            10,
      datum_eerste_toelating: toelating,
      datum_eerste_tenaamstelling_in_nederland: eersteTenaamstellingNl,
      datum_tenaamstelling: tenaamstelling,
      vervaldatum_apk: vervaldatumApk(r, m, toelating, brandstof),
      wam_verzekerd: m.soort === 'Aanhangwagen' ? 'N.v.t.' : r.chance(0.97) ? 'Ja' : 'Nee',
      openstaande_terugroepactie_indicator: r.chance(0.05) ? 'Ja' : 'Nee',
      tellerstandoordeel:
        m.soort === 'Aanhangwagen' || m.soort === 'Bromfiets'
          ? 'Niet van toepassing'
          : ouderdom < 1
            ? 'Geen oordeel'
            : r.chance(0.97)
              ? 'Logisch'
              : 'Onlogisch',
      export_indicator: 'Nee',
      taxi_indicator: 'Nee',
      tenaamstellingSinds: tenaamstelling,
      inOnderzoek: null,
      datumLaatsteWijziging: tenaamstelling,
    };
    return voertuig;
  }).sort((a, b) => a.tenaamstellingSinds.localeCompare(b.tenaamstellingSinds));
  const onderzoekIndex = heeftOnderzoek(bsn, r) && concepten.length ? r.int(0, concepten.length - 1) : -1;
  return concepten.map((v, i) => {
    const velden = [
      'datum_tenaamstelling',
      'eerste_kleur',
      'tellerstandoordeel',
      'wam_verzekerd',
      'massa_rijklaar',
    ] as const;
    const inOnderzoek: Voertuig['inOnderzoek'] =
      i === onderzoekIndex ? maakOnderzoek(r, v.datum_tenaamstelling, [r.pick(velden)]) : null;
    // The last change is at least the last tenaamstelling; an APK inspection also changes it.
    const apkKeuring =
      v.vervaldatum_apk && v.vervaldatum_apk > MOCK_TODAY ? addYears(v.vervaldatum_apk, -1) : v.datum_tenaamstelling;
    return {
      ...v,
      inOnderzoek,
      datumLaatsteWijziging: laatsteWijziging(
        r,
        maxDate(v.datum_tenaamstelling, minDate(apkKeuring, MOCK_TODAY)),
        inOnderzoek,
      ),
    };
  });
}

export const RDW_ZOEK_PAD = '/api/rdw/voertuigen/_zoek';

/** Core of `POST /api/rdw/voertuigen/_zoek` (pure; the MSW handler only adds HTTP). */
export function zoekVoertuigen(body: unknown, session: Session, instance = RDW_ZOEK_PAD): CoreResult {
  return zoekOpBsn(body, session, instance, (bsn) => ({ voertuigen: voertuigenVoor(bsn) }));
}
