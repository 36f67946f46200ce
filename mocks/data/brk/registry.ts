import kozCsv from '../../specs/brk/brk-testomgeving-kadastraal-onroerende-zaken.csv?raw';
import personenCsv from '../../specs/brk/brk-testomgeving-ingeschreven-natuurlijke-personen.csv?raw';
import { bagIndex, actuelePartner, type BagAdresRecord, type BagObjectRecord } from '../bag';
import { getGbaPersoon } from '../brp';
import { volledigeNaam } from '../brp/convert';
import { rng } from '../seed';

/**
 * The mock BRK: which kadastraal onroerende zaken exist and who holds which zakelijk recht.
 *
 * - Official test objects (`brk-testomgeving-kadastraal-onroerende-zaken.csv`) are linked to a
 *   BRP test person by nummeraanduidingIdentificatie: the BRK test environment's objects use
 *   the same BAG ids as the BRP test persons' addresses (e.g. 999990482 lives at
 *   1681200000000215 = Odoorn N 2340). BRK test persons whose address matches no object get
 *   the remaining "Ingeschreven Natuurlijk Persoon" objects in listed order, because the
 *   getting-started page does not say who owns them.
 * - Every other BAG object where BRP test persons live: about 40% owner-occupied (the oldest
 *   resident, with the current partner 1/2 each when the partner lives there too); about 10%
 *   of those owners also hold an unbuilt plot. Others own nothing (an empty collection).
 * Deterministic and static, so there is nothing to reset.
 */

export type Recht = 'eigenaar' | 'erfpachter';

export type Gerechtigde = {
  identificatie: string;
  recht: Recht;
  aandeel: { teller: number; noemer: number };
  aanvangsdatum: string;
  /** Set for BRP test persons (never sent in a response: BRK has no BSN in PersoonBeperkt). */
  burgerservicenummer?: string;
  persoon: {
    identificatie: string;
    omschrijving: string;
    type: 'ingeschreven_natuurlijk_persoon' | 'kadaster_natuurlijk_persoon' | 'kadaster_niet_natuurlijk_persoon';
  };
  partnerVan?: string;
};

export type KozAdres = {
  straat?: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaats?: string;
  nummeraanduidingIdentificatie?: string;
  adresseerbaarObjectIdentificatie?: string;
};

export type KozRecord = {
  identificatie: string;
  type: 'perceel' | 'appartementsrecht';
  kadastraleGemeente: string;
  kadastraleGemeenteCode: string;
  sectie: string;
  perceelnummer: number;
  appartementsindex?: number;
  kadastraleAanduiding: string;
  bebouwd: boolean;
  grootte?: number;
  koopsom?: { koopsom: number; koopjaar: number };
  adressen: KozAdres[];
  punt?: [number, number];
  gerechtigden: Gerechtigde[];
  officieel: boolean;
};

export type BrkIndex = { zaken: Map<string, KozRecord>; perBsn: Map<string, string[]>; perObject: Map<string, string> };

type OfficieelObject = {
  identificatie: string;
  aanduiding: string;
  testgeval: string;
  bijzonderheden: string;
  adressen: Array<{
    postcode: string;
    huisnummer: number;
    huisletter?: string;
    nummeraanduidingIdentificatie?: string;
  }>;
};

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function officieleObjecten(): OfficieelObject[] {
  return kozCsv
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .flatMap((line) => {
      const [testgeval = '', idAanduiding = '', postcodes = '', nas = '', bijzonderheden = ''] = splitCsvLine(line);
      const [identificatie = '', aanduiding = ''] = idAanduiding.split(' ; ');
      if (!/^[0-9]{14}$/.test(identificatie)) return [];
      const naList = nas ? nas.split(' ; ') : [];
      const adressen = postcodes
        ? postcodes.split(' ; ').map((pc, i) => {
            const [postcode = '', hn = '0', letter] = pc.trim().split(' ');
            return {
              postcode,
              huisnummer: Number(hn),
              ...(letter ? { huisletter: letter } : {}),
              ...(naList[i] ? { nummeraanduidingIdentificatie: naList[i] } : {}),
            };
          })
        : [];
      return [{ identificatie, aanduiding, testgeval, bijzonderheden, adressen }];
    });
}

export function brkTestBsns(): string[] {
  return personenCsv
    .split(/\r?\n/)
    .slice(1)
    .map((l) => splitCsvLine(l)[1] ?? '')
    .filter((b) => /^[0-9]{9}$/.test(b));
}

function naam(bsn: string): string {
  return volledigeNaam(getGbaPersoon(bsn)?.naam) ?? 'Onbekend';
}

function kadasterPersoonId(bsn: string): string {
  return String(rng(`brk-persoon:${bsn}`).int(100_000_000, 999_999_999));
}

function ingeschrevene(
  bsn: string,
  recht: Recht,
  aandeel: Gerechtigde['aandeel'],
  aanvangsdatum: string,
  zaak: string,
): Gerechtigde {
  return {
    identificatie: String(rng(`brk-zg:${zaak}:${bsn}`).int(10_000_000, 99_999_999)),
    recht,
    aandeel,
    aanvangsdatum,
    burgerservicenummer: bsn,
    persoon: {
      identificatie: kadasterPersoonId(bsn),
      omschrijving: naam(bsn),
      type: 'ingeschreven_natuurlijk_persoon',
    },
  };
}

/** Rough Dutch house-price level relative to 2025 (CBS/Kadaster index, rounded), for koopsommen. */
const PRIJSNIVEAU: Array<[number, number]> = [
  [1985, 0.13],
  [1995, 0.2],
  [2000, 0.38],
  [2008, 0.55],
  [2013, 0.45],
  [2018, 0.62],
  [2022, 0.95],
  [2023, 0.9],
  [2025, 1],
];
function prijsniveau(jaar: number): number {
  for (let i = 1; i < PRIJSNIVEAU.length; i++) {
    const [j1, p1] = PRIJSNIVEAU[i - 1] ?? [1985, 0.13];
    const [j2, p2] = PRIJSNIVEAU[i] ?? [2025, 1];
    if (jaar <= j2) return p1 + ((p2 - p1) * (jaar - j1)) / (j2 - j1);
  }
  return 1;
}

const SECTIES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'AB', 'AF', 'AK'];

function kadastraleGemeente(woonplaats: string): { naam: string; code: string } {
  return { naam: woonplaats, code: String(rng(`kadgem:${woonplaats}`).int(1000, 9999)) };
}

function kozAdres(a: BagAdresRecord): KozAdres {
  return {
    straat: a.openbareRuimteNaam,
    huisnummer: a.huisnummer,
    ...(a.huisletter ? { huisletter: a.huisletter } : {}),
    ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
    ...(a.postcode ? { postcode: a.postcode } : {}),
    woonplaats: a.woonplaatsNaam,
    nummeraanduidingIdentificatie: a.nummeraanduidingIdentificatie,
    adresseerbaarObjectIdentificatie: a.adresseerbaarObjectIdentificatie,
  };
}

function identificatieVan(code: string, perceelnummer: number, appartementsindex?: number): string {
  return `${code}${String(perceelnummer).padStart(5, '0')}${appartementsindex ? `1${String(appartementsindex).padStart(4, '0')}` : '70000'}`;
}

/** The seeded zaak for a BAG object (whoever owns it), with no gerechtigden yet. */
type PerceelAllocator = (key: string, code: string, voorkeur: number) => number;

function seededZaak(object: BagObjectRecord, hoofd: BagAdresRecord, perceel: PerceelAllocator): KozRecord {
  const r = rng(`brk-koz:${object.identificatie}`);
  const gem = kadastraleGemeente(hoofd.woonplaatsNaam);
  const pand = bagIndex().panden.get(object.pandIdentificaties[0] ?? '');
  const inPand = pand?.objecten.length ?? 1;
  const appartement = inPand > 1 || !!hoofd.huisletter || !!hoofd.huisnummertoevoeging;
  // Objects in the same pand share the perceel of the building (the grondperceel of the split).
  const perceelSeed = rng(`brk-perceel:${object.pandIdentificaties[0] ?? object.identificatie}`);
  const sectie = perceelSeed.pick(SECTIES);
  const perceelnummer = perceel(
    object.pandIdentificaties[0] ?? object.identificatie,
    gem.code,
    perceelSeed.int(1, 9999),
  );
  const appartementsindex = appartement
    ? Math.max(1, (pand?.objecten.indexOf(object.identificatie) ?? 0) + 1)
    : undefined;
  const koopjaar = r.int(1988, 2025);
  const oppervlakte = 50 + r.int(0, 150);
  const koopsom = Math.round((oppervlakte * r.int(2800, 5500) * prijsniveau(koopjaar)) / 1000) * 1000;
  return {
    identificatie: identificatieVan(gem.code, perceelnummer, appartementsindex),
    type: appartement ? 'appartementsrecht' : 'perceel',
    kadastraleGemeente: gem.naam,
    kadastraleGemeenteCode: gem.code,
    sectie,
    perceelnummer,
    ...(appartementsindex ? { appartementsindex } : {}),
    kadastraleAanduiding: `${gem.naam} ${sectie} ${perceelnummer}${appartementsindex ? ` A${appartementsindex}` : ''}`,
    bebouwd: true,
    ...(appartement ? {} : { grootte: r.int(90, 650) }),
    koopsom: { koopsom, koopjaar },
    adressen: [hoofd, ...object.nevenadressen.flatMap((n) => bagIndex().adressen.get(n) ?? [])].map(kozAdres),
    ...(pand ? { punt: [pand.x, pand.y] as [number, number] } : {}),
    gerechtigden: [],
    officieel: false,
  };
}

function officieleZaak(o: OfficieelObject): KozRecord {
  // "Beekbergen K 4879", "'s-Gravenhage N 8272 A3": the name may contain spaces; the last
  // two or three parts are sectie, perceelnummer and an optional appartementsindex.
  const parts = o.aanduiding.split(' ');
  const tail = /^A[0-9]+$/.test(parts[parts.length - 1] ?? '') ? 3 : 2;
  const gemeente = parts.slice(0, -tail).join(' ');
  const sectie = parts[parts.length - tail] ?? '';
  const nummer = parts[parts.length - tail + 1] ?? '0';
  const app = tail === 3 ? parts[parts.length - 1] : undefined;
  const appartementsindex = app ? Number(app.slice(1)) : undefined;
  const r = rng(`brk-koz:${o.identificatie}`);
  const koopjaar = r.int(1990, 2024);
  return {
    identificatie: o.identificatie,
    type: o.identificatie.endsWith('70000') ? 'perceel' : 'appartementsrecht',
    kadastraleGemeente: gemeente,
    kadastraleGemeenteCode: o.identificatie.slice(0, 4),
    sectie,
    perceelnummer: Number(nummer),
    ...(appartementsindex ? { appartementsindex } : {}),
    kadastraleAanduiding: o.aanduiding,
    bebouwd: o.adressen.length > 0,
    ...(o.identificatie.endsWith('70000') ? { grootte: r.int(120, 900) } : {}),
    koopsom: { koopsom: Math.round((r.int(180, 520) * 1000 * prijsniveau(koopjaar)) / 1000) * 1000, koopjaar },
    adressen: o.adressen.map((a) => {
      const bag = a.nummeraanduidingIdentificatie
        ? bagIndex().adressen.get(a.nummeraanduidingIdentificatie)
        : undefined;
      return bag ? kozAdres(bag) : a;
    }),
    gerechtigden: [],
    officieel: true,
  };
}

let index: BrkIndex | undefined;

export function brkIndex(): BrkIndex {
  index ??= buildIndex();
  return index;
}

function oudste(bsns: readonly string[]): string | undefined {
  const geboren = (b: string) => getGbaPersoon(b)?.geboorte?.datum ?? '99999999';
  return [...bsns].sort((a, b) => geboren(a).localeCompare(geboren(b)) || a.localeCompare(b))[0];
}

function buildIndex(): BrkIndex {
  const zaken = new Map<string, KozRecord>();
  const perBsn = new Map<string, string[]>();
  const perObject = new Map<string, string>();
  const add = (zaak: KozRecord) => {
    zaken.set(zaak.identificatie, zaak);
    for (const g of zaak.gerechtigden) {
      if (g.burgerservicenummer)
        perBsn.set(g.burgerservicenummer, [...(perBsn.get(g.burgerservicenummer) ?? []), zaak.identificatie]);
    }
  };
  const bag = bagIndex();
  const brkBsns = brkTestBsns();
  const officieel = officieleObjecten();
  const naNaarOfficieel = new Map<string, OfficieelObject>();
  for (const o of officieel)
    for (const a of o.adressen)
      if (a.nummeraanduidingIdentificatie) naNaarOfficieel.set(a.nummeraanduidingIdentificatie, o);
  const gebruikt = new Set<string>();
  const bediend = new Set<string>();
  // Objects in one pand share a perceelnummer; different panden must not collide, because the
  // zaak identificatie is gemeentecode + perceelnummer (+ appartementsindex).
  const perceelVan = new Map<string, number>();
  const bezet = new Set(officieel.map((o) => o.identificatie.slice(0, 9)));
  const perceel: PerceelAllocator = (key, code, voorkeur) => {
    const known = perceelVan.get(key);
    if (known !== undefined) return known;
    let n = voorkeur;
    while (bezet.has(`${code}${String(n).padStart(5, '0')}`)) n = (n % 99_999) + 1;
    bezet.add(`${code}${String(n).padStart(5, '0')}`);
    perceelVan.set(key, n);
    return n;
  };

  for (const object of bag.objecten.values()) {
    const hoofd = bag.adressen.get(object.hoofdadres);
    if (!hoofd) continue;
    const off = [object.hoofdadres, ...object.nevenadressen].map((n) => naNaarOfficieel.get(n)).find(Boolean);
    if (off && !gebruikt.has(off.identificatie)) {
      gebruikt.add(off.identificatie);
      const zaak = officieleZaak(off);
      const r = rng(`brk-eigendom:${off.identificatie}`);
      const eigenaar = object.bewoners.find((b) => brkBsns.includes(b)) ?? oudste(object.bewoners);
      const aanvang = r.date(`${zaak.koopsom?.koopjaar ?? 2000}-01-01`, `${zaak.koopsom?.koopjaar ?? 2000}-12-31`);
      if (eigenaar) {
        bediend.add(eigenaar);
        // "1 eigenaar (Kadaster Niet Natuurlijk Persoon)" + "1 erfpachter": the resident holds the erfpacht.
        const erfpacht = /Niet Natuurlijk/.test(off.testgeval);
        const tweeEigenaren = /^2 eigenaren/.test(off.testgeval);
        zaak.gerechtigden.push(
          ingeschrevene(
            eigenaar,
            erfpacht ? 'erfpachter' : 'eigenaar',
            tweeEigenaren ? { teller: 1, noemer: 2 } : { teller: 1, noemer: 1 },
            aanvang,
            zaak.identificatie,
          ),
        );
        if (erfpacht) zaak.gerechtigden.push(nietNatuurlijkeEigenaar(zaak.identificatie, aanvang));
        if (tweeEigenaren) zaak.gerechtigden.push(kadasterMedeEigenaar(zaak.identificatie, aanvang));
      }
      perObject.set(object.identificatie, zaak.identificatie);
      add(zaak);
      continue;
    }
    const zaak = seededZaak(object, hoofd, perceel);
    perObject.set(object.identificatie, zaak.identificatie);
    const r = rng(`brk-eigendom:${object.identificatie}`);
    const eigenaar = object.bewoners.length > 0 && r.chance(0.4) ? oudste(object.bewoners) : undefined;
    const jaar = zaak.koopsom?.koopjaar ?? 2000;
    const aanvang = r.date(`${jaar}-01-01`, `${jaar}-12-31`);
    if (eigenaar) {
      const partner = actuelePartner(eigenaar);
      const samen = partner && object.bewoners.includes(partner);
      const aandeel = samen ? { teller: 1, noemer: 2 } : { teller: 1, noemer: 1 };
      zaak.gerechtigden.push(ingeschrevene(eigenaar, 'eigenaar', aandeel, aanvang, zaak.identificatie));
      if (samen && partner)
        zaak.gerechtigden.push({
          ...ingeschrevene(partner, 'eigenaar', aandeel, aanvang, zaak.identificatie),
          partnerVan: eigenaar,
        });
      if (rng(`brk-extra:${eigenaar}`).chance(0.1)) add(extraPerceel(zaak, eigenaar, perceel));
    }
    // Objects nobody in the test data owns still exist (owned by someone outside the test
    // set), so WOZ can name their zaak and BRK answers 403 rather than 404 for them.
    add(zaak);
  }

  // BRK test persons whose address matches no official object: remaining objects in order.
  const rest = officieel.filter((o) => !gebruikt.has(o.identificatie) && /Ingeschreven/.test(o.testgeval));
  const zonder = brkBsns.filter((b) => !bediend.has(b) && getGbaPersoon(b));
  rest.forEach((o, i) => {
    const bsn = zonder[i % Math.max(1, zonder.length)];
    if (!bsn) return;
    const zaak = officieleZaak(o);
    const aanvang = rng(`brk-eigendom:${o.identificatie}`).date(
      `${zaak.koopsom?.koopjaar ?? 2000}-01-01`,
      `${zaak.koopsom?.koopjaar ?? 2000}-12-31`,
    );
    const tweeEigenaren = /^2 eigenaren/.test(o.testgeval);
    zaak.gerechtigden.push(
      ingeschrevene(
        bsn,
        'eigenaar',
        tweeEigenaren ? { teller: 1, noemer: 2 } : { teller: 1, noemer: 1 },
        aanvang,
        zaak.identificatie,
      ),
    );
    if (tweeEigenaren) zaak.gerechtigden.push(kadasterMedeEigenaar(zaak.identificatie, aanvang));
    add(zaak);
  });
  return { zaken, perBsn, perObject };
}

function kadasterMedeEigenaar(zaak: string, aanvang: string): Gerechtigde {
  // A Kadaster natuurlijk persoon from the test environment (no BSN in BRP).
  return {
    identificatie: String(rng(`brk-zg:${zaak}:kadaster`).int(10_000_000, 99_999_999)),
    recht: 'eigenaar',
    aandeel: { teller: 1, noemer: 2 },
    aanvangsdatum: aanvang,
    persoon: { identificatie: '71303564', omschrijving: 'Christaan Goede', type: 'kadaster_natuurlijk_persoon' },
  };
}

function nietNatuurlijkeEigenaar(zaak: string, aanvang: string): Gerechtigde {
  return {
    identificatie: String(rng(`brk-zg:${zaak}:nnp`).int(10_000_000, 99_999_999)),
    recht: 'eigenaar',
    aandeel: { teller: 1, noemer: 1 },
    aanvangsdatum: aanvang,
    persoon: {
      identificatie: '71291441',
      omschrijving: 'Gemeente Den Testland',
      type: 'kadaster_niet_natuurlijk_persoon',
    },
  };
}

function extraPerceel(woning: KozRecord, eigenaar: string, perceel: PerceelAllocator): KozRecord {
  const r = rng(`brk-extra-perceel:${eigenaar}`);
  const sectie = r.pick(SECTIES);
  const perceelnummer = perceel(`extra:${eigenaar}`, woning.kadastraleGemeenteCode, r.int(1, 9999));
  const koopjaar = r.int(1995, 2025);
  const grootte = r.int(400, 25_000);
  const identificatie = identificatieVan(woning.kadastraleGemeenteCode, perceelnummer);
  return {
    identificatie,
    type: 'perceel',
    kadastraleGemeente: woning.kadastraleGemeente,
    kadastraleGemeenteCode: woning.kadastraleGemeenteCode,
    sectie,
    perceelnummer,
    kadastraleAanduiding: `${woning.kadastraleGemeente} ${sectie} ${perceelnummer}`,
    bebouwd: false,
    grootte,
    koopsom: { koopsom: Math.round((grootte * r.int(3, 9) * prijsniveau(koopjaar)) / 100) * 100, koopjaar },
    adressen: [],
    ...(woning.punt
      ? { punt: [woning.punt[0] + r.int(-900, 900), woning.punt[1] + r.int(-900, 900)] as [number, number] }
      : {}),
    gerechtigden: [
      ingeschrevene(
        eigenaar,
        'eigenaar',
        { teller: 1, noemer: 1 },
        r.date(`${koopjaar}-01-01`, `${koopjaar}-12-31`),
        identificatie,
      ),
    ],
    officieel: false,
  };
}

export function zakenVanBsn(bsn: string): KozRecord[] {
  const idx = brkIndex();
  return (idx.perBsn.get(bsn) ?? []).flatMap((id) => idx.zaken.get(id) ?? []);
}

export function zaakVanObject(adresseerbaarObjectIdentificatie: string): KozRecord | undefined {
  const idx = brkIndex();
  const id = idx.perObject.get(adresseerbaarObjectIdentificatie);
  return id ? idx.zaken.get(id) : undefined;
}
