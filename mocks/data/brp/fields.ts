import fieldsCsv from '../../specs/brp/brp-fields-Persoon.csv?raw';
import type { Persoon } from './convert';

/** Every path `fields` accepts for RaadpleegMetBurgerservicenummer (official fields-Persoon.csv). */
export const PERSOON_FIELDS: ReadonlySet<string> = new Set(
  fieldsCsv
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean),
);

/**
 * Aliases: `verblijfplaatsBinnenland` / `adresseringBinnenland` select verblijfplaats /
 * adressering, but only when the person lives in the Netherlands (Adres or Locatie).
 */
const ALIASES: Record<string, string> = {
  verblijfplaatsBinnenland: 'verblijfplaats',
  adresseringBinnenland: 'adressering',
};

type Selection = Map<string, Selection | true>;

function addPath(sel: Selection, parts: string[]): void {
  const [head, ...rest] = parts;
  if (head === undefined) return;
  const cur = sel.get(head);
  if (cur === true) return;
  if (rest.length === 0) {
    sel.set(head, true);
    return;
  }
  const next = cur ?? new Map();
  sel.set(head, next);
  addPath(next, rest);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Dates and Waardetabellen are delivered whole when any sub-field is asked (official features). */
function isAtomicObject(v: Record<string, unknown>): boolean {
  if ('langFormaat' in v) return true;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'code' || k === 'omschrijving' || k === 'soort');
}

/** Keys delivered with any selected part of their object (discriminator and indicator). */
const ALWAYS_WITH_OBJECT = new Set(['type', 'indicatieVastgesteldVerblijftNietOpAdres']);

/** Which `datumIngangOnderzoek…` key belongs to which flags in the persoon/adressering inOnderzoek. */
const DATUM_KEYS: Record<string, string[]> = {
  datumIngangOnderzoekPersoon: [
    'burgerservicenummer',
    'geslacht',
    'leeftijd',
    'aanhef',
    'aanschrijfwijze',
    'gebruikInLopendeTekst',
  ],
  datumIngangOnderzoekGemeente: ['gemeenteVanInschrijving', 'datumInschrijvingInGemeente'],
  datumIngangOnderzoekGezag: ['indicatieCurateleRegister', 'indicatieGezagMinderjarige'],
  datumIngangOnderzoekPartner: ['aanhef', 'aanschrijfwijze', 'gebruikInLopendeTekst'],
  datumIngangOnderzoekVerblijfplaats: ['adresregel1', 'adresregel2', 'adresregel3', 'land'],
};

/** inOnderzoek keeps the flags of requested siblings only, plus the date when a flag remains. */
function filterInOnderzoek(io: Record<string, unknown>, sel: Selection | true): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(io)) {
    if (typeof v === 'boolean' && (sel === true || sel.has(k) || ALWAYS_WITH_OBJECT.has(k))) out[k] = v;
  }
  if (Object.keys(out).length === 0) return undefined;
  for (const [k, v] of Object.entries(io)) {
    if (typeof v === 'boolean') continue;
    const related = DATUM_KEYS[k];
    if (!related || related.some((f) => f in out)) out[k] = v;
  }
  return out;
}

/**
 * Properties the 2.7 schema marks as required inside a gezag relation; they are delivered
 * with the relation even when a narrower path was asked, so the response stays valid.
 */
const REQUIRED_WITH: Record<string, readonly string[]> = {
  gezag: ['minderjarige', 'toelichting'],
  'gezag.ouder': ['naam'],
  'gezag.ouders': ['naam'],
};

function pick(value: unknown, sel: Selection | true, path = ''): unknown {
  if (sel === true) return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => pick(v, sel, path)).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (!isRecord(value)) return value;
  // An object that is empty by contract (e.g. GezagOuder.naam without a known name) stays.
  if (Object.keys(value).length === 0 || isAtomicObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'inOnderzoek' && isRecord(v)) continue;
    const s = sel.get(k) ?? (REQUIRED_WITH[path]?.includes(k) ? true : undefined);
    if (s !== undefined) {
      const picked = pick(v, s, path ? `${path}.${k}` : k);
      if (picked !== undefined) out[k] = picked;
    }
  }
  const hasRequested = Object.keys(out).length > 0;
  for (const k of ALWAYS_WITH_OBJECT) if (k in value && (hasRequested || sel.size > 0)) out[k] = value[k];
  if (isRecord(value.inOnderzoek)) {
    const io = filterInOnderzoek(value.inOnderzoek, sel);
    if (io) out.inOnderzoek = io;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Fields that belong to the RNI categories 01 Persoon, 04 Nationaliteit, 06 Overlijden, 08 Verblijfplaats. */
const RNI_CATEGORIE: Record<string, string> = {
  aNummer: 'Persoon',
  burgerservicenummer: 'Persoon',
  geslacht: 'Persoon',
  naam: 'Persoon',
  geboorte: 'Persoon',
  leeftijd: 'Persoon',
  nationaliteiten: 'Nationaliteit',
  overlijden: 'Overlijden',
  verblijfplaats: 'Verblijfplaats',
  gemeenteVanInschrijving: 'Verblijfplaats',
  datumInschrijvingInGemeente: 'Verblijfplaats',
  immigratie: 'Verblijfplaats',
};

/**
 * Applies `fields` (already validated) to a full Persoon. Besides the requested fields the
 * official API always sends: geheimhoudingPersoonsgegevens (when true), opschortingBijhouding,
 * rni (the entries of categories a requested field belongs to) and verificatie.
 */
export function applyFields(persoon: Persoon, fields: readonly string[]): Persoon {
  const sel: Selection = new Map();
  const binnenland = persoon.verblijfplaats?.type === 'Adres' || persoon.verblijfplaats?.type === 'Locatie';
  const categories = new Set<string>();
  for (const f of fields) {
    const parts = f.split('.');
    const head = parts[0] ?? '';
    const target = ALIASES[head];
    if (target) {
      if (!binnenland) continue;
      parts[0] = target;
    }
    addPath(sel, parts);
    const top = parts[0] ?? '';
    const cat = RNI_CATEGORIE[top];
    if (cat) categories.add(cat);
    if (top === 'adressering') {
      const sub = parts[1];
      if (!sub || ['adresregel1', 'adresregel2', 'adresregel3', 'land'].includes(sub)) categories.add('Verblijfplaats');
      if (!sub || ['aanhef', 'aanschrijfwijze', 'gebruikInLopendeTekst'].includes(sub)) categories.add('Persoon');
    }
  }
  const out = (pick(persoon, sel) ?? {}) as Persoon;
  if (persoon.geheimhoudingPersoonsgegevens) out.geheimhoudingPersoonsgegevens = true;
  if (persoon.opschortingBijhouding) out.opschortingBijhouding = persoon.opschortingBijhouding;
  const rni = persoon.rni?.filter((r) => r.categorie && categories.has(r.categorie));
  if (rni?.length) out.rni = rni;
  if (persoon.verificatie) out.verificatie = persoon.verificatie;
  return out;
}
