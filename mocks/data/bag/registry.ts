import type { components } from '@/generated/brp';
import { allTestBsns, getGbaPersoon, getPersoonByBsn } from '../brp';
import { MOCK_TODAY, rng } from '../seed';

/**
 * The mock LV BAG: every BRP test person's address (type Adres) with the SAME street, number,
 * postcode, woonplaats and identificaties as in BRP, plus a few neighbours per address so a
 * "postcode + huisnummer" search behaves like the real thing. Everything is derived from the
 * static BRP test data and `rng()` seeds, so it is deterministic and needs no reset; the index
 * is built lazily once (about 30 ms for the 1,176 persons).
 */

type BrpAdres = components['schemas']['Adres'];

export const AO_PATTERN = /^[0-9]{4}(01|02|03)[0-9]{10}$/;
export const NA_PATTERN = /^[0-9]{4}20[0-9]{10}$/;
export const PAND_PATTERN = /^[0-9]{4}10[0-9]{10}$/;

export type Herkomst =
  /** A BRP test person lives here and BRP has valid BAG identificaties. */
  | 'brp'
  /** A BRP test person lives here but BRP lacks (valid) identificaties; the mock derived them. */
  | 'brp-afgeleide-ids'
  /** A neighbour the mock added so postcode searches find more than the person's own address. */
  | 'buren';

export type BagAdresRecord = {
  nummeraanduidingIdentificatie: string;
  adresseerbaarObjectIdentificatie: string;
  openbareRuimteNaam: string;
  korteNaam: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaatsNaam: string;
  openbareRuimteIdentificatie: string;
  woonplaatsIdentificatie: string;
  gemeentecode: string;
  gemeentenaam: string;
  herkomst: Herkomst;
};

export type AdresseerbaarObjectType = 'Verblijfsobject' | 'Ligplaats' | 'Standplaats';

export type BagObjectRecord = {
  identificatie: string;
  type: AdresseerbaarObjectType;
  hoofdadres: string;
  nevenadressen: string[];
  /** Empty for ligplaatsen and standplaatsen, which have no pand. */
  pandIdentificaties: string[];
  /** BSNs of BRP test persons whose verblijfplaats is this object (for WOZ/BRK). */
  bewoners: string[];
};

export type BagPandRecord = { identificatie: string; gemeentecode: string; x: number; y: number; objecten: string[] };

/** A BRP person whose address could not keep all its BRP identificaties in BAG, and why. */
export type BagAfwijking = { burgerservicenummer: string; reden: string };

export type BagIndex = {
  adressen: Map<string, BagAdresRecord>;
  objecten: Map<string, BagObjectRecord>;
  panden: Map<string, BagPandRecord>;
  /** BSN → the nummeraanduiding of that person's BRP address in BAG. */
  adresVanPersoon: Map<string, string>;
  afwijkingen: BagAfwijking[];
};

const OBJECT_TYPES: Record<string, AdresseerbaarObjectType> = {
  '01': 'Verblijfsobject',
  '02': 'Ligplaats',
  '03': 'Standplaats',
};

export function objectTypeOf(identificatie: string): AdresseerbaarObjectType | undefined {
  return AO_PATTERN.test(identificatie) ? OBJECT_TYPES[identificatie.slice(4, 6)] : undefined;
}

/** Official woonplaatscodes for the woonplaatsen that occur most; others get a stable derived code. */
const WOONPLAATSCODES: Record<string, string> = {
  Amsterdam: '3594',
  Rotterdam: '3086',
  "'s-Gravenhage": '1245',
  Utrecht: '3295',
  Groningen: '1009',
  Waddinxveen: '2465',
  Leiden: '2088',
  Apeldoorn: '1035',
  Delft: '1050',
  Haarlem: '2907',
};

function woonplaatsCode(naam: string): string {
  return WOONPLAATSCODES[naam] ?? String(rng(`woonplaats:${naam}`).int(1000, 9999));
}

function adresKey(a: {
  postcode?: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  korteNaam: string;
}): string {
  return [a.postcode ?? a.korteNaam, a.huisnummer, a.huisletter ?? '', a.huisnummertoevoeging ?? '']
    .join('|')
    .toUpperCase();
}

function pandKey(a: BagAdresRecord): string {
  return [a.postcode ?? a.korteNaam, a.huisnummer, a.openbareRuimteNaam].join('|').toUpperCase();
}

function isBrpAdres(v: unknown): v is BrpAdres {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Adres';
}

let index: BagIndex | undefined;

export function bagIndex(): BagIndex {
  index ??= buildIndex();
  return index;
}

function buildIndex(): BagIndex {
  const adressen = new Map<string, BagAdresRecord>();
  const objecten = new Map<string, BagObjectRecord>();
  const panden = new Map<string, BagPandRecord>();
  const adresVanPersoon = new Map<string, string>();
  const afwijkingen: BagAfwijking[] = [];
  const byKey = new Map<string, string>();
  const usedIds = new Set<string>();
  const gemeentenamen = new Map<string, string>();

  const personen = allTestBsns().flatMap((bsn) => {
    const persoon = getPersoonByBsn(bsn, { today: new Date(`${MOCK_TODAY}T12:00:00Z`) });
    const g = persoon?.gemeenteVanInschrijving;
    if (g?.code && g.omschrijving) gemeentenamen.set(g.code, g.omschrijving);
    const v = persoon?.verblijfplaats;
    if (!isBrpAdres(v) || !v.verblijfadres?.huisnummer) return [];
    return [{ bsn, v, gemeente: g }];
  });
  // Persons with both valid identificaties first, so addresses without them can join an
  // existing object by its identificatie or its address instead of getting derived ids.
  const heeftIds = (v: BrpAdres) =>
    NA_PATTERN.test(v.nummeraanduidingIdentificatie ?? '') && AO_PATTERN.test(v.adresseerbaarObjectIdentificatie ?? '');
  personen.sort((a, b) => Number(heeftIds(b.v)) - Number(heeftIds(a.v)));
  for (const p of personen) {
    for (const id of [p.v.nummeraanduidingIdentificatie, p.v.adresseerbaarObjectIdentificatie]) if (id) usedIds.add(id);
  }

  const deriveId = (gemeentecode: string, soort: string, seed: string): string => {
    // A leading 9 in the volgnummer keeps derived ids apart from the BRP data's real-looking ones.
    for (let attempt = 0; ; attempt++) {
      const n = rng(`${seed}#${attempt}`).int(0, 999_999_999);
      const id = `${gemeentecode}${soort}9${String(n).padStart(9, '0')}`;
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };

  const addToObject = (aoId: string, naId: string, bsn?: string) => {
    let object = objecten.get(aoId);
    if (!object) {
      object = {
        identificatie: aoId,
        type: objectTypeOf(aoId) ?? 'Verblijfsobject',
        hoofdadres: naId,
        nevenadressen: [],
        pandIdentificaties: [],
        bewoners: [],
      };
      objecten.set(aoId, object);
    } else if (object.hoofdadres !== naId && !object.nevenadressen.includes(naId)) {
      object.nevenadressen.push(naId);
    }
    if (bsn && !object.bewoners.includes(bsn)) object.bewoners.push(bsn);
  };

  for (const { bsn, v, gemeente } of personen) {
    const va = v.verblijfadres ?? {};
    const korteNaam = va.korteStraatnaam ?? va.officieleStraatnaam ?? '';
    const huisnummer = va.huisnummer ?? 0;
    const aoBrp = v.adresseerbaarObjectIdentificatie;
    const naBrp = v.nummeraanduidingIdentificatie;
    const gemeentecode = (aoBrp && AO_PATTERN.test(aoBrp) ? aoBrp.slice(0, 4) : gemeente?.code) ?? '0000';
    const gemeentenaam = gemeentenamen.get(gemeentecode) ?? gemeente?.omschrijving ?? va.woonplaats ?? 'Onbekend';
    // BAG requires a woonplaats; a few BRP addresses lack one, so the gemeente name stands in.
    const woonplaatsNaam = va.woonplaats ?? gemeentenaam;
    const openbareRuimteNaam = va.officieleStraatnaam ?? korteNaam;
    // BAG only allows 1–4 letters/digits; the BRP data has one "-4a". BAG keeps the valid part.
    let toevoeging = va.huisnummertoevoeging;
    if (toevoeging && !/^[0-9a-zA-Z]{1,4}$/.test(toevoeging)) {
      afwijkingen.push({
        burgerservicenummer: bsn,
        reden: `huisnummertoevoeging "${toevoeging}" is in BAG ongeldig; BAG gebruikt "${toevoeging.replace(/[^0-9a-zA-Z]/g, '').slice(0, 4)}"`,
      });
      toevoeging = toevoeging.replace(/[^0-9a-zA-Z]/g, '').slice(0, 4) || undefined;
    }
    const key = adresKey({
      postcode: va.postcode,
      huisnummer,
      huisletter: va.huisletter,
      huisnummertoevoeging: toevoeging,
      korteNaam,
    });

    let naId = naBrp && NA_PATTERN.test(naBrp) ? naBrp : undefined;
    if (!naId && aoBrp && objecten.get(aoBrp)) {
      // Same object, and its hoofdadres is this very address: reuse its nummeraanduiding.
      const hoofd = adressen.get(objecten.get(aoBrp)?.hoofdadres ?? '');
      if (hoofd && adresKey(hoofd) === key) naId = hoofd.nummeraanduidingIdentificatie;
    }
    naId ??= byKey.get(key);
    const existing = naId ? adressen.get(naId) : undefined;
    if (existing) {
      if (
        adresKey(existing) !== key ||
        existing.woonplaatsNaam !== woonplaatsNaam ||
        existing.korteNaam !== korteNaam ||
        existing.openbareRuimteNaam !== openbareRuimteNaam
      ) {
        afwijkingen.push({
          burgerservicenummer: bsn,
          reden: `nummeraanduiding ${naId} heeft in BRP twee verschillende adressen; BAG houdt het eerste`,
        });
      }
      const aoId = existing.adresseerbaarObjectIdentificatie;
      if (aoBrp && aoBrp !== aoId)
        afwijkingen.push({
          burgerservicenummer: bsn,
          reden: `adresseerbaarObjectIdentificatie ${aoBrp} wijkt af van ${aoId} bij hetzelfde adres`,
        });
      addToObject(aoId, existing.nummeraanduidingIdentificatie, bsn);
      adresVanPersoon.set(bsn, existing.nummeraanduidingIdentificatie);
      continue;
    }
    const herkomst: Herkomst = naId && aoBrp && AO_PATTERN.test(aoBrp) ? 'brp' : 'brp-afgeleide-ids';
    if (aoBrp && !AO_PATTERN.test(aoBrp)) {
      afwijkingen.push({
        burgerservicenummer: bsn,
        reden: `adresseerbaarObjectIdentificatie ${aoBrp} is geen geldige BAG-identificatie (01/02/03); BAG gebruikt een afgeleide`,
      });
    }
    naId ??= deriveId(gemeentecode, '20', `bag-na:${key}`);
    const aoId = aoBrp && AO_PATTERN.test(aoBrp) ? aoBrp : deriveId(gemeentecode, '01', `bag-ao:${key}`);
    const record: BagAdresRecord = {
      nummeraanduidingIdentificatie: naId,
      adresseerbaarObjectIdentificatie: aoId,
      openbareRuimteNaam,
      korteNaam,
      huisnummer,
      ...(va.huisletter ? { huisletter: va.huisletter } : {}),
      ...(toevoeging ? { huisnummertoevoeging: toevoeging } : {}),
      ...(va.postcode ? { postcode: va.postcode } : {}),
      woonplaatsNaam,
      openbareRuimteIdentificatie: deriveOpenbareRuimte(gemeentecode, woonplaatsNaam, openbareRuimteNaam),
      woonplaatsIdentificatie: woonplaatsCode(woonplaatsNaam),
      gemeentecode,
      gemeentenaam,
      herkomst,
    };
    adressen.set(naId, record);
    byKey.set(key, naId);
    addToObject(aoId, naId, bsn);
    adresVanPersoon.set(bsn, naId);
  }

  // Neighbours: other even/odd numbers further along the same street, and sometimes an "A"
  // beside the person's own number (so an exact-match search has something to exclude).
  const brpAdressen = [...adressen.values()];
  for (const a of brpAdressen) {
    const r = rng(`bag-buren:${a.nummeraanduidingIdentificatie}`);
    const varianten: Array<Pick<BagAdresRecord, 'huisnummer' | 'huisletter'>> = [];
    const aantal = r.int(1, 3);
    for (let j = 1; j <= aantal; j++) varianten.push({ huisnummer: a.huisnummer + 2 * j });
    if (a.huisnummer > 2 && r.chance(0.5)) varianten.push({ huisnummer: a.huisnummer - 2 });
    if (!a.huisletter && !a.huisnummertoevoeging && r.chance(0.15))
      varianten.push({ huisnummer: a.huisnummer, huisletter: 'A' });
    for (const variant of varianten) {
      if (variant.huisnummer > 99999) continue;
      const buur = { ...a, huisnummer: variant.huisnummer, herkomst: 'buren' as const };
      delete buur.huisletter;
      delete buur.huisnummertoevoeging;
      if (variant.huisletter) buur.huisletter = variant.huisletter;
      const key = adresKey(buur);
      if (byKey.has(key)) continue;
      buur.nummeraanduidingIdentificatie = deriveId(a.gemeentecode, '20', `bag-na:${key}`);
      buur.adresseerbaarObjectIdentificatie = deriveId(a.gemeentecode, '01', `bag-ao:${key}`);
      adressen.set(buur.nummeraanduidingIdentificatie, buur);
      byKey.set(key, buur.nummeraanduidingIdentificatie);
      addToObject(buur.adresseerbaarObjectIdentificatie, buur.nummeraanduidingIdentificatie);
    }
  }

  // Panden: one per street + number, so huisletters and toevoegingen share a building.
  const pandByKey = new Map<string, string>();
  for (const object of objecten.values()) {
    if (object.type !== 'Verblijfsobject') continue;
    const hoofd = adressen.get(object.hoofdadres);
    if (!hoofd) continue;
    const key = pandKey(hoofd);
    let pandId = pandByKey.get(key);
    if (!pandId) {
      pandId = deriveId(hoofd.gemeentecode, '10', `bag-pand:${key}`);
      pandByKey.set(key, pandId);
      const r = rng(`bag-ligging:${hoofd.postcode ?? hoofd.woonplaatsNaam}`);
      // RD New coordinates: a postcode's buildings cluster, numbers step along the street.
      const x = r.int(20_000, 270_000) + hoofd.huisnummer * 6;
      const y = r.int(310_000, 610_000) + (hoofd.huisnummer % 2) * 18;
      panden.set(pandId, { identificatie: pandId, gemeentecode: hoofd.gemeentecode, x, y, objecten: [] });
    }
    object.pandIdentificaties = [pandId];
    panden.get(pandId)?.objecten.push(object.identificatie);
  }
  return { adressen, objecten, panden, adresVanPersoon, afwijkingen };
}

function deriveOpenbareRuimte(gemeentecode: string, woonplaats: string, naam: string): string {
  const n = rng(`bag-or:${woonplaats}|${naam}`).int(0, 999_999_999);
  return `${gemeentecode}309${String(n).padStart(9, '0')}`;
}

export function findAdresRecord(nummeraanduidingIdentificatie: string): BagAdresRecord | undefined {
  return bagIndex().adressen.get(nummeraanduidingIdentificatie);
}

export function findObjectRecord(adresseerbaarObjectIdentificatie: string): BagObjectRecord | undefined {
  return bagIndex().objecten.get(adresseerbaarObjectIdentificatie);
}

/** The BAG address of a BRP test person's verblijfplaats, if the person lives at an address. */
export function adresVanPersoon(bsn: string): BagAdresRecord | undefined {
  const na = bagIndex().adresVanPersoon.get(bsn);
  return na ? bagIndex().adressen.get(na) : undefined;
}

/** The current (not dissolved) partner's BSN from the GBA data, for co-ownership. */
export function actuelePartner(bsn: string): string | undefined {
  const partners = getGbaPersoon(bsn)?.partners ?? [];
  return partners.find((p) => !p.ontbindingHuwelijkPartnerschap?.datum && p.burgerservicenummer)?.burgerservicenummer;
}
