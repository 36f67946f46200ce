import type { components } from '@/generated/brp';
import { getPersoonByBsn, type Persoon } from '../brp';
import { MOCK_TODAY, rng } from '../seed';

/**
 * The facts of a BRP test person that every seeded registry (RDW, KVK, BRI, UWV, DUO) needs
 * to stay plausible: when the person was born, died, came to or left the Netherlands, and
 * where they live. It lives in this folder only because these five registries were built
 * together; it depends on nothing UWV-specific.
 */
export type Levensloop = {
  bsn: string;
  /** ISO date; estimated (deterministically) when the BRP has only part of it. */
  geboortedatum: string;
  overlijdensdatum: string | undefined;
  /** Date the person left for abroad (or went missing: verblijfplaats onbekend). */
  vertrokkenOp: string | undefined;
  /** Date of settling in the Netherlands (immigratie); undefined when born here. */
  inNederlandSinds: string | undefined;
  /** The last day on which Dutch registries can record new facts about the person. */
  einde: string;
  leeft: boolean;
  woontInNederland: boolean;
  heeftPartner: boolean;
  voornaam: string;
  voorletters: string;
  /** Geslachtsnaam with voorvoegsel ("van Dijk"). */
  achternaam: string;
  adres: Adres | undefined;
  woonplaats: string;
};

export type Adres = {
  straatnaam: string;
  huisnummer: number;
  huisletter: string | undefined;
  huisnummertoevoeging: string | undefined;
  postcode: string;
  plaats: string;
};

const DAY = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromMs(toMs(iso) + days * DAY);
export function addMonths(iso: string, months: number): string {
  const d = new Date(toMs(iso));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // Clamp to the month's last day (31 January + 1 month = 28/29 February).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return fromMs(d.getTime());
}
export const addYears = (iso: string, years: number): string => addMonths(iso, years * 12);
export const minDate = (...dates: string[]): string => dates.reduce((a, b) => (b < a ? b : a));
export const maxDate = (...dates: string[]): string => dates.reduce((a, b) => (b > a ? b : a));
export const jaarVan = (iso: string): number => Number(iso.slice(0, 4));
/** Whole years between two ISO dates (age on `op` for someone born on `van`). */
export function jarenTussen(van: string, op: string): number {
  let years = jaarVan(op) - jaarVan(van);
  if (op.slice(5) < van.slice(5)) years--;
  return years;
}
export const leeftijdOp = (l: Levensloop, op: string): number => jarenTussen(l.geboortedatum, op);

type BrpAdres = components['schemas']['Adres'];

/** A 2.7 date object as an ISO date; partial dates get a mid-period day, unknown ones undefined. */
type LooseDatum = { type: string; datum?: string; jaar?: number; maand?: number };

function isoVan(datum: LooseDatum | undefined): string | undefined {
  if (!datum) return undefined;
  if (datum.type === 'Datum' && datum.datum) return datum.datum;
  if (datum.type === 'JaarMaandDatum' && datum.jaar && datum.maand)
    return `${datum.jaar}-${String(datum.maand).padStart(2, '0')}-15`;
  if (datum.type === 'JaarDatum' && datum.jaar) return `${datum.jaar}-07-01`;
  return undefined;
}

/** "Today" for the BRP converter (leeftijd), as a local date like the converter expects. */
const TODAY_DATE = new Date(
  Number(MOCK_TODAY.slice(0, 4)),
  Number(MOCK_TODAY.slice(5, 7)) - 1,
  Number(MOCK_TODAY.slice(8)),
);

const cache = new Map<string, Levensloop | undefined>();

export function levensloop(bsn: string): Levensloop | undefined {
  if (cache.has(bsn)) return cache.get(bsn);
  const persoon = getPersoonByBsn(bsn, { today: TODAY_DATE });
  const result = persoon ? fromPersoon(bsn, persoon) : undefined;
  cache.set(bsn, result);
  return result;
}

function fromPersoon(bsn: string, p: Persoon): Levensloop {
  const r = rng(`${bsn}:levensloop`);
  const geboortedatum = minDate(isoVan(p.geboorte?.datum) ?? r.date('1945-01-01', '1995-12-31'), MOCK_TODAY);
  const opschorting = p.opschortingBijhouding;
  const opschortingDatum = isoVan(opschorting?.datum);

  let overlijdensdatum: string | undefined;
  if (p.overlijden || opschorting?.reden?.code === 'O') {
    // A death without a known date: the suspension date, else an estimate after age 60.
    overlijdensdatum =
      isoVan(p.overlijden?.datum) ?? opschortingDatum ?? minDate(addYears(geboortedatum, r.int(60, 90)), MOCK_TODAY);
  }

  const vp = p.verblijfplaats;
  let vertrokkenOp: string | undefined;
  if (!overlijdensdatum && (vp?.type === 'VerblijfplaatsBuitenland' || vp?.type === 'VerblijfplaatsOnbekend')) {
    const geschat = minDate(maxDate(addYears(geboortedatum, r.int(18, 40)), '1990-01-01'), addDays(MOCK_TODAY, -1));
    const bekend = isoVan((vp as { datumVan?: LooseDatum }).datumVan) ?? opschortingDatum;
    // Someone abroad left before today; an unknown or odd date (RNI persons often have
    // none) is estimated, so `einde` is always in the past for people who left.
    vertrokkenOp = bekend && bekend < MOCK_TODAY ? bekend : geschat;
  }
  const inNederlandSinds = isoVan(p.immigratie?.datumVestigingInNederland);
  const einde = minDate(overlijdensdatum ?? MOCK_TODAY, vertrokkenOp ?? MOCK_TODAY, MOCK_TODAY);

  let adres: Adres | undefined;
  if (vp?.type === 'Adres' && !vertrokkenOp) {
    // The converter builds an `Adres` whenever type is 'Adres' (the union is not discriminated in the types).
    const va = (vp as BrpAdres).verblijfadres;
    if (va?.korteStraatnaam && va.huisnummer && va.postcode) {
      adres = {
        straatnaam: va.officieleStraatnaam ?? va.korteStraatnaam,
        huisnummer: va.huisnummer,
        huisletter: va.huisletter,
        huisnummertoevoeging: va.huisnummertoevoeging,
        postcode: va.postcode,
        plaats: va.woonplaats ?? p.gemeenteVanInschrijving?.omschrijving ?? 'Utrecht',
      };
    }
  }
  const naam = p.naam;
  const voornaam = naam?.voornamen?.split(/\s+/)[0] ?? 'Kim';
  const achternaam = [naam?.voorvoegsel, naam?.geslachtsnaam].filter(Boolean).join(' ') || 'Jansen';
  return {
    bsn,
    geboortedatum,
    overlijdensdatum,
    vertrokkenOp,
    inNederlandSinds: inNederlandSinds && inNederlandSinds > geboortedatum ? inNederlandSinds : undefined,
    einde,
    leeft: !overlijdensdatum,
    woontInNederland: !overlijdensdatum && !vertrokkenOp,
    heeftPartner: (p.partners ?? []).some((partner) => !partner.ontbindingHuwelijkPartnerschap),
    voornaam,
    voorletters: naam?.voorletters ?? `${voornaam[0] ?? 'K'}.`,
    achternaam,
    adres,
    // RNI (gemeente 1999, "Registratie Niet-Ingezetenen") is not a place; a fixed city stands in.
    woonplaats:
      adres?.plaats ??
      (p.gemeenteVanInschrijving?.code === '1999' ? 'Den Haag' : p.gemeenteVanInschrijving?.omschrijving) ??
      'Utrecht',
  };
}
