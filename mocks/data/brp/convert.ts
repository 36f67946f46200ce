import type { components } from '@/generated/brp';
import { gatewayNow } from '../../gateway/clock';
import { leeftijd as berekenLeeftijd, toDatum } from './datum';
import type {
  GbaGeboorte,
  GbaGezag,
  GbaInOnderzoek,
  GbaNaam,
  GbaNationaliteit,
  GbaPersoon,
  GbaVerblijfplaats,
  GbaWaardetabel,
} from './gba-types';
import { covers, geboorteElements, inOnderzoekFor, naamElements } from './in-onderzoek';

type S = components['schemas'];
export type Persoon = S['Persoon'];
type Waardetabel = S['Waardetabel'];

export type ConvertOptions = {
  /** "Today" for leeftijd; defaults to the gateway clock's (gateway/clock.ts). */
  today?: Date;
  /** Looks up another persoonslijst, used for the names/ages in gezag relations. */
  resolve?: (bsn: string) => GbaPersoon | undefined;
};

const GBA_ONBEKEND_BAG_ID = '0000000000000000';

function wt(v: GbaWaardetabel | undefined): Waardetabel | undefined {
  if (!v || (v.code === undefined && v.omschrijving === undefined)) return undefined;
  const out: Waardetabel = {};
  if (v.code !== undefined) out.code = v.code;
  if (v.omschrijving !== undefined) out.omschrijving = v.omschrijving;
  return out;
}

/** Drops undefined properties so the output has no `"key": undefined` noise. */
function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/** Official VoorlettersMapper: first letter + "." per voornaam; one-letter names stay bare. */
export function voorletters(voornamen: string | undefined): string | undefined {
  const v = nonEmpty(voornamen);
  if (!v || v === '.') return v;
  return v
    .split(/\s+/)
    .map((n) => (n.length > 1 ? `${[...n][0] ?? ''}.` : `${n} `))
    .join('')
    .trim();
}

/** Official VolledigeNaamMapper: predicaat voornamen titel voorvoegsel geslachtsnaam. */
export function volledigeNaam(naam: GbaNaam | undefined): string | undefined {
  if (!naam) return undefined;
  const t = naam.adellijkeTitelPredicaat;
  const predicaat = t?.soort === 'predicaat' ? t.omschrijving : undefined;
  const titel = t?.soort === 'titel' ? t.omschrijving : undefined;
  const s = [predicaat, nonEmpty(naam.voornamen), titel, nonEmpty(naam.voorvoegsel), nonEmpty(naam.geslachtsnaam)]
    .filter((x): x is string => !!x)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s || undefined;
}

function titelPredicaat(t: GbaNaam['adellijkeTitelPredicaat']): S['AdellijkeTitelPredicaatType'] | undefined {
  if (!t?.code) return undefined;
  const out: S['AdellijkeTitelPredicaatType'] = { code: t.code };
  if (t.omschrijving) out.omschrijving = t.omschrijving;
  if (t.soort === 'titel' || t.soort === 'predicaat') out.soort = t.soort;
  return out;
}

function naamGerelateerde(
  n: GbaNaam | undefined,
  cat: string,
  io: GbaInOnderzoek | undefined,
): S['NaamGerelateerde'] | undefined {
  if (!n) return undefined;
  const out = compact({
    voornamen: nonEmpty(n.voornamen),
    adellijkeTitelPredicaat: titelPredicaat(n.adellijkeTitelPredicaat),
    voorvoegsel: nonEmpty(n.voorvoegsel),
    geslachtsnaam: nonEmpty(n.geslachtsnaam),
    voorletters: voorletters(n.voornamen),
    inOnderzoek: inOnderzoekFor(io, naamElements(cat)) as S['NaamInOnderzoek'] | undefined,
  });
  return Object.keys(out).length ? out : undefined;
}

function geboorte(g: GbaGeboorte | undefined, cat: string, io: GbaInOnderzoek | undefined): S['Geboorte'] | undefined {
  if (!g) return undefined;
  const out = compact({
    datum: toDatum(g.datum),
    land: wt(g.land),
    plaats: wt(g.plaats),
    inOnderzoek: inOnderzoekFor(io, geboorteElements(cat)) as S['GeboorteInOnderzoek'] | undefined,
  });
  return Object.keys(out).length ? out : undefined;
}

/**
 * The mock data encodes "bijzonder Nederlanderschap" and the other special cases in the
 * nationaliteit code (LO3 table 32): 0000 onbekend, 0002 behandeld als Nederlander,
 * 0499 staatloos, 0500 vastgesteld niet-Nederlander. Each becomes its own 2.7 type.
 */
function nationaliteit(n: GbaNationaliteit): S['AbstractNationaliteit'] {
  const code = n.nationaliteit?.code;
  const base = { redenOpname: wt(n.redenOpname), datumIngangGeldigheid: toDatum(n.datumIngangGeldigheid) };
  const bijzonderIo = inOnderzoekFor(n.inOnderzoek, { type: ['040510', '046510'], redenOpname: ['046310'] });
  const simpleIo = inOnderzoekFor(n.inOnderzoek, { type: ['040510'], redenOpname: ['046310'] });
  switch (code) {
    case '0002':
      return compact({ type: 'BehandeldAlsNederlander', ...base, inOnderzoek: bijzonderIo });
    case '0500':
      return compact({ type: 'VastgesteldNietNederlander', ...base, inOnderzoek: bijzonderIo });
    case '0499':
      return compact({ type: 'Staatloos', ...base, inOnderzoek: simpleIo });
    case '0000':
    case undefined:
      return compact({ type: 'NationaliteitOnbekend', ...base, inOnderzoek: simpleIo });
    default:
      return compact({
        type: 'Nationaliteit',
        nationaliteit: wt(n.nationaliteit),
        ...base,
        inOnderzoek: inOnderzoekFor(n.inOnderzoek, {
          type: ['040510'],
          nationaliteit: ['040510'],
          redenOpname: ['046310'],
        }),
      });
  }
}

const isBlank = (s: string | undefined) => !s || !s.trim() || s === '.';
const isBagId = (s: string | undefined): s is string => !!s && /^[0-9]{16}$/.test(s) && s !== GBA_ONBEKEND_BAG_ID;

type VerblijfplaatsKind = 'Adres' | 'Locatie' | 'VerblijfplaatsBuitenland' | 'VerblijfplaatsOnbekend';

/** Type decision of the official VerblijfplaatsConverter. */
export function verblijfplaatsType(v: GbaVerblijfplaats): VerblijfplaatsKind {
  const buitenlandOnbekend =
    (!v.land || v.land.code === '0000') && isBlank(v.regel1) && isBlank(v.regel2) && isBlank(v.regel3);
  const adresOnbekend =
    isBlank(v.straat) &&
    isBlank(v.naamOpenbareRuimte) &&
    !Number(v.huisnummer ?? '0') &&
    isBlank(v.huisletter) &&
    isBlank(v.huisnummertoevoeging) &&
    !v.aanduidingBijHuisnummer &&
    isBlank(v.postcode) &&
    isBlank(v.woonplaats) &&
    !isBagId(v.adresseerbaarObjectIdentificatie) &&
    !isBagId(v.nummeraanduidingIdentificatie);
  if (!buitenlandOnbekend) return 'VerblijfplaatsBuitenland';
  if (!adresOnbekend) return 'Adres';
  if (!isBlank(v.locatiebeschrijving)) return 'Locatie';
  return 'VerblijfplaatsOnbekend';
}

/** Per 2.7 field the GBA elements (category 08) it is derived from. */
const ADRES_IO = {
  type: ['081110'],
  datumVan: ['081030'],
  datumIngangGeldigheid: ['088510'],
  functieAdres: ['081010'],
  adresseerbaarObjectIdentificatie: ['081180'],
  nummeraanduidingIdentificatie: ['081190'],
};
const VERBLIJFADRES_BINNENLAND_IO = {
  officieleStraatnaam: ['081115'],
  korteStraatnaam: ['081110'],
  huisnummer: ['081120'],
  huisletter: ['081130'],
  huisnummertoevoeging: ['081140'],
  aanduidingBijHuisnummer: ['081150'],
  postcode: ['081160'],
  woonplaats: ['081170'],
};
const BUITENLAND_IO = { type: ['081310'], datumVan: ['081320'], datumIngangGeldigheid: ['088510'] };
const VERBLIJFADRES_BUITENLAND_IO = { regel1: ['081330'], regel2: ['081340'], regel3: ['081350'], land: ['081310'] };
const LOCATIE_IO = {
  type: ['081210'],
  datumVan: ['081030'],
  functieAdres: ['081010'],
  datumIngangGeldigheid: ['088510'],
};
const ONBEKEND_IO = { type: ['081310'], datumVan: ['081320'], datumIngangGeldigheid: ['088510'] };

/** `089999`: it has been established that the person no longer lives at the address. */
const VASTGESTELD_VERBLIJFT_NIET_OP_ADRES = '089999';

function verblijfplaats(v: GbaVerblijfplaats): S['AbstractVerblijfplaats'] {
  const io = v.inOnderzoek;
  const nietOpAdres = io?.aanduidingGegevensInOnderzoek === VASTGESTELD_VERBLIJFT_NIET_OP_ADRES;
  const ioFor = (m: Record<string, readonly string[]>) => inOnderzoekFor(io, m, 'datumIngangOnderzoek', nietOpAdres);
  const datumIngangGeldigheid = toDatum(v.datumIngangGeldigheid);
  const type = verblijfplaatsType(v);
  if (type === 'VerblijfplaatsBuitenland') {
    const verblijfadres = compact({
      regel1: nonEmpty(v.regel1),
      regel2: nonEmpty(v.regel2),
      regel3: nonEmpty(v.regel3),
      land: wt(v.land),
      inOnderzoek: ioFor(VERBLIJFADRES_BUITENLAND_IO),
    });
    return compact({
      type,
      verblijfadres,
      datumVan: toDatum(v.datumAanvangAdresBuitenland),
      datumIngangGeldigheid,
      inOnderzoek: ioFor(BUITENLAND_IO),
    });
  }
  if (type === 'Adres') {
    const huisnummer = Number(v.huisnummer ?? '');
    const verblijfadres = compact({
      officieleStraatnaam: nonEmpty(v.naamOpenbareRuimte),
      korteStraatnaam: isBlank(v.straat) ? undefined : v.straat,
      huisnummer: Number.isInteger(huisnummer) && huisnummer > 0 ? huisnummer : undefined,
      huisletter: nonEmpty(v.huisletter),
      huisnummertoevoeging: nonEmpty(v.huisnummertoevoeging),
      aanduidingBijHuisnummer: wt(v.aanduidingBijHuisnummer),
      postcode: nonEmpty(v.postcode),
      woonplaats: isBlank(v.woonplaats) ? undefined : v.woonplaats,
      inOnderzoek: ioFor(VERBLIJFADRES_BINNENLAND_IO),
    });
    return compact({
      type,
      verblijfadres,
      functieAdres: wt(v.functieAdres),
      adresseerbaarObjectIdentificatie: isBagId(v.adresseerbaarObjectIdentificatie)
        ? v.adresseerbaarObjectIdentificatie
        : undefined,
      nummeraanduidingIdentificatie: isBagId(v.nummeraanduidingIdentificatie)
        ? v.nummeraanduidingIdentificatie
        : undefined,
      datumVan: toDatum(v.datumAanvangAdreshouding),
      datumIngangGeldigheid,
      indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres ? true : undefined,
      inOnderzoek: ioFor(ADRES_IO),
    });
  }
  if (type === 'Locatie') {
    return compact({
      type,
      verblijfadres: compact({
        locatiebeschrijving: nonEmpty(v.locatiebeschrijving),
        inOnderzoek: ioFor({ locatiebeschrijving: ['081210'] }),
      }),
      functieAdres: wt(v.functieAdres),
      datumVan: toDatum(v.datumAanvangAdreshouding),
      datumIngangGeldigheid,
      indicatieVastgesteldVerblijftNietOpAdres: nietOpAdres ? true : undefined,
      inOnderzoek: ioFor(LOCATIE_IO),
    });
  }
  return compact({
    type,
    datumVan: toDatum(v.datumAanvangAdresBuitenland),
    datumIngangGeldigheid,
    inOnderzoek: ioFor(ONBEKEND_IO),
  });
}

/** Official AdresregelsMapper: "Straat 12 A-1" and "1234 AB  WOONPLAATS" (two spaces, capitals). */
export function adresregel1Binnenland(v: GbaVerblijfplaats): string | undefined {
  const huisnummer = Number(v.huisnummer ?? '0');
  if (isBlank(v.straat) || isBlank(v.postcode) || !huisnummer) return undefined;
  let r = v.straat ?? '';
  if (v.aanduidingBijHuisnummer?.code === 'to') r += ' t/o';
  if (v.aanduidingBijHuisnummer?.code === 'by') r += ' bij';
  r += ` ${huisnummer}`;
  const letter = nonEmpty(v.huisletter);
  const toevoeging = nonEmpty(v.huisnummertoevoeging);
  if (letter) r += ` ${letter}`;
  if (toevoeging) r += letter ? toevoeging : `${/^\d/.test(toevoeging) ? '-' : ' '}${toevoeging}`;
  return r;
}

function adresregel2Binnenland(v: GbaVerblijfplaats, gemeente: GbaWaardetabel | undefined): string | undefined {
  const postcode = nonEmpty(v.postcode);
  if (isBlank(v.straat) || !postcode || !Number(v.huisnummer ?? '0')) return undefined;
  const plaats = !isBlank(v.woonplaats) ? v.woonplaats : gemeente?.omschrijving;
  return `${postcode.slice(0, 4)} ${postcode.slice(4).trim()}  ${(plaats ?? '').toUpperCase()}`.trimEnd();
}

type NaamgebruikDelen = { voorletters?: string; voorvoegsel?: string; geslachtsnaam?: string };

/** The surname as used per aanduidingNaamgebruik (E/P/V/N) with the partner's name. */
function samengesteldeNaam(
  eigen: NaamgebruikDelen,
  partner: NaamgebruikDelen | undefined,
  gebruik: string | undefined,
  hoofdletter: boolean,
) {
  const cap = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  const deel = (n: NaamgebruikDelen | undefined, first: boolean) => {
    if (!n?.geslachtsnaam) return '';
    const vv = n.voorvoegsel ? (first && hoofdletter ? cap(n.voorvoegsel) : n.voorvoegsel) : '';
    return [vv, n.geslachtsnaam].filter(Boolean).join(' ');
  };
  switch (partner?.geslachtsnaam ? gebruik : 'E') {
    case 'P':
      return deel(partner, true);
    case 'V':
      return `${deel(partner, true)}-${deel(eigen, false)}`;
    case 'N':
      return `${deel(eigen, true)}-${deel(partner, false)}`;
    default:
      return deel(eigen, true);
  }
}

/**
 * The partner used for naamgebruik: the current one, else the most recently dissolved one
 * (the 2.7 description: "alleen de actuele of de laatst ontbonden partner").
 */
function naamgebruikPartner(p: GbaPersoon): GbaNaam | undefined {
  const partners = p.partners ?? [];
  const actueel = partners.find((x) => !x.ontbindingHuwelijkPartnerschap?.datum);
  if (actueel) return actueel.naam;
  return [...partners].sort((a, b) =>
    (b.ontbindingHuwelijkPartnerschap?.datum ?? '').localeCompare(a.ontbindingHuwelijkPartnerschap?.datum ?? ''),
  )[0]?.naam;
}

function adressering(p: GbaPersoon): S['Adressering'] | undefined {
  const v = p.verblijfplaats;
  const out: S['Adressering'] = {};
  if (v) {
    const type = verblijfplaatsType(v);
    const io = v.inOnderzoek;
    const nietOpAdres = io?.aanduidingGegevensInOnderzoek === VASTGESTELD_VERBLIJFT_NIET_OP_ADRES;
    if (type === 'Adres') {
      out.adresregel1 = adresregel1Binnenland(v);
      out.adresregel2 = adresregel2Binnenland(v, p.gemeenteVanInschrijving);
    } else if (type === 'Locatie') {
      out.adresregel1 = nonEmpty(v.locatiebeschrijving);
      out.adresregel2 = p.gemeenteVanInschrijving?.omschrijving?.toUpperCase();
    } else if (type === 'VerblijfplaatsBuitenland' && v.land && (v.regel1 || v.regel2 || v.regel3)) {
      out.adresregel1 = nonEmpty(v.regel1);
      out.adresregel2 = nonEmpty(v.regel2);
      out.adresregel3 = nonEmpty(v.regel3);
      out.land = wt(v.land);
    }
    if (nietOpAdres && (type === 'Adres' || type === 'Locatie')) out.indicatieVastgesteldVerblijftNietOpAdres = true;
    const code = io?.aanduidingGegevensInOnderzoek;
    if (code) {
      const regel1 =
        nietOpAdres || covers(code, ['081110', '081115', '081120', '081130', '081140', '081150', '081210', '081330']);
      const regel2 = nietOpAdres || covers(code, ['081160', '081170', '081340']);
      const regel3 = covers(code, ['081350']);
      const land = covers(code, ['081310']);
      const ioOut: S['AdresseringInOnderzoek'] = compact({
        adresregel1: regel1 && out.adresregel1 !== undefined ? true : undefined,
        adresregel2: regel2 && out.adresregel2 !== undefined ? true : undefined,
        adresregel3: regel3 && out.adresregel3 !== undefined ? true : undefined,
        land: land && out.land !== undefined ? true : undefined,
      });
      const d = toDatum(io.datumIngangOnderzoek);
      if (Object.keys(ioOut).length && d) ioOut.datumIngangOnderzoekVerblijfplaats = d;
      if (Object.keys(ioOut).length) out.inOnderzoek = ioOut;
    }
  }
  // Aanhef, aanschrijfwijze and gebruikInLopendeTekst for persons without adellijke titel/
  // predicaat (features adressering/aanhef, aanschrijfwijze/niet-adellijk, gebruikinlopendetekst).
  const naam = p.naam;
  if (naam?.geslachtsnaam && !naam.adellijkeTitelPredicaat?.code) {
    const eigen = { voorvoegsel: nonEmpty(naam.voorvoegsel), geslachtsnaam: nonEmpty(naam.geslachtsnaam) };
    const pn = naamgebruikPartner(p);
    const partner = pn
      ? { voorvoegsel: nonEmpty(pn.voorvoegsel), geslachtsnaam: nonEmpty(pn.geslachtsnaam) }
      : undefined;
    const gebruik = naam.aanduidingNaamgebruik?.code;
    const vl = voorletters(naam.voornamen);
    const geslacht = p.geslacht?.code;
    const hoofd = samengesteldeNaam(eigen, partner, gebruik, true);
    const klein = samengesteldeNaam(eigen, partner, gebruik, false);
    out.aanschrijfwijze = { naam: [vl, klein].filter(Boolean).join(' ') };
    if (geslacht === 'M') {
      out.aanhef = `Geachte heer ${hoofd}`;
      out.gebruikInLopendeTekst = `de heer ${hoofd}`;
    } else if (geslacht === 'V') {
      out.aanhef = `Geachte mevrouw ${hoofd}`;
      out.gebruikInLopendeTekst = `mevrouw ${hoofd}`;
    } else {
      out.aanhef = `Geachte ${[vl, hoofd].filter(Boolean).join(' ')}`;
      out.gebruikInLopendeTekst = [vl, klein].filter(Boolean).join(' ');
    }
  }
  compact(out);
  return Object.keys(out).length ? out : undefined;
}

const GEZAG_TYPE_27: Record<string, string> = {
  // 2.7 renamed the GBA-variant/mock type; all other names are unchanged.
  TweehoofdigOuderlijkGezag: 'GezamenlijkOuderlijkGezag',
};

function gezag(
  p: GbaPersoon,
  g: GbaGezag,
  opts: Required<Pick<ConvertOptions, 'today'>> & ConvertOptions,
): S['Gezagsrelatie'] {
  const naamVan = (bsn: string | undefined): S['NaamVolledigeNaam'] => {
    const other = bsn ? (bsn === p.burgerservicenummer ? p : opts.resolve?.(bsn)) : undefined;
    return compact({ volledigeNaam: volledigeNaam(other?.naam) });
  };
  const persoonRef = (x: { burgerservicenummer?: string } | undefined) =>
    compact({ burgerservicenummer: x?.burgerservicenummer, naam: naamVan(x?.burgerservicenummer) });
  // The mock data leaves `minderjarige` out for TijdelijkGeenGezag/GezagNietTeBepalen; 2.7
  // requires it. Such a relation on a persoonslijst is about that person, so use them.
  const minderjarigeBsn = g.minderjarige?.burgerservicenummer ?? p.burgerservicenummer ?? '';
  const minderjarigeGba = minderjarigeBsn === p.burgerservicenummer ? p : opts.resolve?.(minderjarigeBsn);
  const minderjarige: S['Minderjarige'] = compact({
    burgerservicenummer: minderjarigeBsn,
    naam: minderjarigeGba ? naamVan(minderjarigeBsn) : undefined,
    leeftijd:
      minderjarigeGba && !minderjarigeGba.overlijden
        ? berekenLeeftijd(minderjarigeGba.geboorte?.datum, opts.today)
        : undefined,
  });
  const type = GEZAG_TYPE_27[g.type ?? ''] ?? g.type ?? 'GezagNietTeBepalen';
  switch (type) {
    case 'GezamenlijkOuderlijkGezag':
      return { type, minderjarige, ouders: (g.ouders ?? []).map(persoonRef) } as S['GezamenlijkOuderlijkGezag'];
    case 'EenhoofdigOuderlijkGezag':
      return compact({
        type,
        minderjarige,
        ouder: g.ouder ? persoonRef(g.ouder) : undefined,
      }) as S['EenhoofdigOuderlijkGezag'];
    case 'GezamenlijkGezag':
      return compact({
        type,
        minderjarige,
        ouder: g.ouder ? persoonRef(g.ouder) : undefined,
        derde: g.derde?.burgerservicenummer
          ? { type: 'BekendeDerde', ...persoonRef(g.derde) }
          : { type: 'OnbekendeDerde' },
      }) as S['GezamenlijkGezag'];
    case 'Voogdij':
      return {
        type,
        minderjarige,
        derden: (g.derden ?? []).map((d) => ({ type: 'BekendeDerde' as const, ...persoonRef(d) })),
      } as S['Voogdij'];
    case 'TijdelijkGeenGezag':
      // 2.7 requires `toelichting`, the mock data has none: a neutral explanation is given.
      return { type, minderjarige, toelichting: g.toelichting ?? 'Tijdelijk geen gezag.' } as S['TijdelijkGeenGezag'];
    default:
      return {
        type: 'GezagNietTeBepalen',
        minderjarige,
        toelichting: g.toelichting ?? 'Gezag is niet te bepalen.',
      } as S['GezagNietTeBepalen'];
  }
}

/** Converts one GBA-format persoonslijst to the 2.7 `Persoon` (all fields; `fields` filtering is separate). */
export function toPersoon(p: GbaPersoon, options: ConvertOptions = {}): Persoon {
  const opts = { ...options, today: options.today ?? new Date(gatewayNow()) };
  const pio = p.persoonInOnderzoek;
  const vio = p.verblijfplaats?.inOnderzoek;
  const gio = p.gezagInOnderzoek;
  const overleden = !!p.overlijden?.datum;

  const naamBase = naamGerelateerde(p.naam, '01', pio);
  const naamIo = inOnderzoekFor(pio, {
    ...naamElements('01'),
    aanduidingNaamgebruik: ['016110'],
    volledigeNaam: ['010210', '010220', '010230', '010240'],
  }) as S['NaamPersoonInOnderzoek'] | undefined;
  const naam: S['NaamPersoon'] | undefined = p.naam
    ? compact({
        ...naamBase,
        volledigeNaam: volledigeNaam(p.naam),
        aanduidingNaamgebruik: wt(p.naam.aanduidingNaamgebruik),
        inOnderzoek: naamIo,
      })
    : undefined;

  const persoonIo = {
    ...(inOnderzoekFor(
      pio,
      { burgerservicenummer: ['010120'], geslacht: ['010410'], leeftijd: ['010310'] },
      'datumIngangOnderzoekPersoon',
    ) ?? {}),
    ...(inOnderzoekFor(
      vio,
      { gemeenteVanInschrijving: ['080910'], datumInschrijvingInGemeente: ['080920'] },
      'datumIngangOnderzoekGemeente',
    ) ?? {}),
    ...(inOnderzoekFor(
      gio,
      { indicatieCurateleRegister: ['113310'], indicatieGezagMinderjarige: ['113210'] },
      'datumIngangOnderzoekGezag',
    ) ?? {}),
  } as S['PersoonInOnderzoek'];

  const imm = p.immigratie;
  const immLand = imm?.landVanwaarIngeschreven;
  const immigratie: S['Immigratie'] | undefined =
    imm && (imm.datumVestigingInNederland || immLand)
      ? compact({
          datumVestigingInNederland: toDatum(imm.datumVestigingInNederland),
          landVanwaarIngeschreven: immLand && immLand.code !== '0000' ? wt(immLand) : undefined,
          // Land 0000 = came back from "verblijfplaats onbekend"; any other land = from abroad.
          vanuitVerblijfplaatsOnbekend: immLand?.code === '0000' ? true : undefined,
          indicatieVestigingVanuitBuitenland: immLand?.code && immLand.code !== '0000' ? true : undefined,
          inOnderzoek: inOnderzoekFor(vio, {
            datumVestigingInNederland: ['081420'],
            landVanwaarIngeschreven: ['081410'],
            vanuitVerblijfplaatsOnbekend: ['081410'],
            indicatieVestigingVanuitBuitenland: ['081410'],
          }) as S['ImmigratieInOnderzoek'] | undefined,
        })
      : undefined;

  const persoon: Persoon = compact({
    aNummer: nonEmpty(p.aNummer),
    burgerservicenummer: nonEmpty(p.burgerservicenummer),
    datumEersteInschrijvingGBA: toDatum(p.datumEersteInschrijvingGBA),
    geheimhoudingPersoonsgegevens:
      p.geheimhoudingPersoonsgegevens && p.geheimhoudingPersoonsgegevens !== '0' ? true : undefined,
    geslacht: wt(p.geslacht),
    inOnderzoek: Object.keys(persoonIo).length ? persoonIo : undefined,
    uitsluitingKiesrecht: p.uitsluitingKiesrecht?.uitgeslotenVanKiesrecht
      ? compact({ uitgeslotenVanKiesrecht: true, einddatum: toDatum(p.uitsluitingKiesrecht.einddatum) })
      : undefined,
    europeesKiesrecht: p.europeesKiesrecht?.aanduiding
      ? compact({
          aanduiding: wt(p.europeesKiesrecht.aanduiding),
          einddatumUitsluiting: toDatum(p.europeesKiesrecht.einddatumUitsluiting),
        })
      : undefined,
    // No leeftijd for a deceased person: it is an age "op het moment van bevragen".
    leeftijd: overleden ? undefined : berekenLeeftijd(p.geboorte?.datum, opts.today),
    naam,
    nationaliteiten: p.nationaliteiten?.length ? p.nationaliteiten.map(nationaliteit) : undefined,
    geboorte: geboorte(p.geboorte, '01', pio),
    opschortingBijhouding: p.opschortingBijhouding?.reden
      ? compact({ reden: wt(p.opschortingBijhouding.reden), datum: toDatum(p.opschortingBijhouding.datum) })
      : undefined,
    overlijden: p.overlijden
      ? compact({
          datum: toDatum(p.overlijden.datum),
          land: wt(p.overlijden.land),
          plaats: wt(p.overlijden.plaats),
          inOnderzoek: inOnderzoekFor(p.overlijden.inOnderzoek, {
            datum: ['060810'],
            plaats: ['060820'],
            land: ['060830'],
          }) as S['OverlijdenInOnderzoek'] | undefined,
        })
      : undefined,
    verblijfplaats: p.verblijfplaats ? verblijfplaats(p.verblijfplaats) : undefined,
    immigratie,
    gemeenteVanInschrijving: wt(p.gemeenteVanInschrijving),
    datumInschrijvingInGemeente: toDatum(p.datumInschrijvingInGemeente),
    adressering: adressering(p),
    indicatieCurateleRegister: p.indicatieCurateleRegister ? true : undefined,
    indicatieGezagMinderjarige: wt(p.indicatieGezagMinderjarige),
    gezag: p.gezag?.length ? p.gezag.map((g) => gezag(p, g, opts)) : undefined,
    verblijfstitel: p.verblijfstitel?.aanduiding
      ? compact({
          aanduiding: wt(p.verblijfstitel.aanduiding),
          datumIngang: toDatum(p.verblijfstitel.datumIngang),
          datumEinde: toDatum(p.verblijfstitel.datumEinde),
        })
      : undefined,
    kinderen: p.kinderen?.length
      ? p.kinderen.map((k) =>
          compact({
            burgerservicenummer: nonEmpty(k.burgerservicenummer),
            naam: naamGerelateerde(k.naam, '09', k.inOnderzoek),
            geboorte: geboorte(k.geboorte, '09', k.inOnderzoek),
            inOnderzoek: inOnderzoekFor(k.inOnderzoek, { burgerservicenummer: ['090120'] }) as
              S['KindInOnderzoek'] | undefined,
          }),
        )
      : undefined,
    ouders: p.ouders?.length
      ? p.ouders.map((o) => {
          // Ouder 1 is GBA category 02, ouder 2 is category 03.
          const cat = o.ouderAanduiding === '2' ? '03' : '02';
          return compact({
            burgerservicenummer: nonEmpty(o.burgerservicenummer),
            geslacht: wt(o.geslacht),
            ouderAanduiding: o.ouderAanduiding,
            datumIngangFamilierechtelijkeBetrekking: toDatum(o.datumIngangFamilierechtelijkeBetrekking),
            naam: naamGerelateerde(o.naam, cat, o.inOnderzoek),
            geboorte: geboorte(o.geboorte, cat, o.inOnderzoek),
            inOnderzoek: inOnderzoekFor(o.inOnderzoek, {
              burgerservicenummer: [`${cat}0120`],
              geslacht: [`${cat}0410`],
              datumIngangFamilierechtelijkeBetrekking: [`${cat}6210`],
            }) as S['OuderInOnderzoek'] | undefined,
          });
        })
      : undefined,
    partners: p.partners?.length
      ? p.partners.map((x) =>
          compact({
            burgerservicenummer: nonEmpty(x.burgerservicenummer),
            geslacht: wt(x.geslacht),
            soortVerbintenis: wt(x.soortVerbintenis),
            naam: naamGerelateerde(x.naam, '05', x.inOnderzoek),
            geboorte: geboorte(x.geboorte, '05', x.inOnderzoek),
            inOnderzoek: inOnderzoekFor(x.inOnderzoek, {
              burgerservicenummer: ['050120'],
              geslacht: ['050410'],
              soortVerbintenis: ['051510'],
            }) as S['PartnerInOnderzoek'] | undefined,
            aangaanHuwelijkPartnerschap: x.aangaanHuwelijkPartnerschap
              ? compact({
                  datum: toDatum(x.aangaanHuwelijkPartnerschap.datum),
                  land: wt(x.aangaanHuwelijkPartnerschap.land),
                  plaats: wt(x.aangaanHuwelijkPartnerschap.plaats),
                  inOnderzoek: inOnderzoekFor(x.inOnderzoek, {
                    datum: ['050610'],
                    plaats: ['050620'],
                    land: ['050630'],
                  }) as S['AangaanHuwelijkPartnerschapInOnderzoek'] | undefined,
                })
              : undefined,
            ontbindingHuwelijkPartnerschap: x.ontbindingHuwelijkPartnerschap?.datum
              ? compact({
                  datum: toDatum(x.ontbindingHuwelijkPartnerschap.datum),
                  inOnderzoek: inOnderzoekFor(x.inOnderzoek, { datum: ['050710'] }) as
                    S['OntbindingHuwelijkPartnerschapInOnderzoek'] | undefined,
                })
              : undefined,
          }),
        )
      : undefined,
    rni: p.rni?.length
      ? p.rni.map((r) =>
          compact({
            deelnemer: wt(r.deelnemer),
            omschrijvingVerdrag: nonEmpty(r.omschrijvingVerdrag),
            categorie: nonEmpty(r.categorie),
          }),
        )
      : undefined,
    verificatie: p.verificatie
      ? compact({ datum: toDatum(p.verificatie.datum), omschrijving: nonEmpty(p.verificatie.omschrijving) })
      : undefined,
  });
  return persoon;
}
