import type { Language } from '@/lib/i18n';
import type { BrpPersoon, Datum, Gezag, Kind, Nationaliteit, Ouder, Partner, Verblijfplaats } from '../api/brp';
import { formatDatum } from './datum';
import { RNI_GEMEENTE_CODE } from './sources';
import { LAND_EN, NATIONALITEIT_EN } from './tabellen-en';
import type {
  BrpKey,
  FieldVM,
  GroupVM,
  HolderVM,
  InOnderzoekItemVM,
  NoticeVM,
  PersoonViewModel,
  SectionId,
  SectionVM,
  Text,
} from './types';

type Waardetabel = { code?: string; omschrijving?: string };
type Flags = Partial<Record<string, unknown>> & { datumIngangOnderzoek?: Datum };

const text = (value: string): Text => ({ kind: 'text', text: value });
const key = (k: BrpKey, values?: Record<string, Text>): Text =>
  values ? { kind: 'key', key: k, values } : { kind: 'key', key: k };
const nonEmpty = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
/** Registry text, or nothing when it is empty. */
const textOf = (value: string | undefined): Text | undefined => (nonEmpty(value) ? text(value.trim()) : undefined);

/** A coded value in our own words when we know the code; otherwise the registry's description. */
function coded<C extends string>(value: Waardetabel | undefined, keys: Readonly<Record<C, BrpKey>>): Text | undefined {
  if (!value) return undefined;
  const known = value.code !== undefined && Object.hasOwn(keys, value.code) ? keys[value.code as C] : undefined;
  if (known) return key(known);
  if (nonEmpty(value.omschrijving)) return text(value.omschrijving);
  return textOf(value.code);
}

/** A table value shown as the registry has it (places, legal articles, permits). */
function registryText(value: Waardetabel | undefined): Text | undefined {
  if (nonEmpty(value?.omschrijving)) return text(value.omschrijving);
  if (nonEmpty(value?.code)) return text(value.code);
  return undefined;
}

/** A country or nationality: in English by its code (GBA tables 34 and 32), else as the registry has it. */
function tableName(
  value: Waardetabel | undefined,
  locale: Language,
  english: Readonly<Record<string, string>>,
): string | undefined {
  if (locale === 'en' && value?.code !== undefined && Object.hasOwn(english, value.code)) return english[value.code];
  return nonEmpty(value?.omschrijving) ? value.omschrijving : value?.code;
}
const translatedText = (value: Waardetabel | undefined, locale: Language, english: Readonly<Record<string, string>>) =>
  textOf(tableName(value, locale, english));
const landText = (value: Waardetabel | undefined, locale: Language) => translatedText(value, locale, LAND_EN);

type IoSource = { flags: Flags | undefined; flag: string | string[]; datum?: Datum | undefined };

/**
 * Builds fields and keeps only those with a value. `flags` is the spec's inOnderzoek object of
 * the group; `flag` names the property (or properties) in it that cover this field.
 */
class Fields {
  readonly items: FieldVM[] = [];
  constructor(
    private readonly locale: Language,
    private readonly prefix: string,
  ) {}

  add(
    id: string,
    labelKey: BrpKey,
    value: Text | undefined,
    options: { explanationKey?: BrpKey; io?: IoSource | IoSource[]; derived?: true } = {},
  ): this {
    if (!value) return this;
    const field: FieldVM = { id: `${this.prefix}${id}`, labelKey, value };
    if (options.derived) field.noAction = true;
    if (options.explanationKey) field.explanationKey = options.explanationKey;
    // A field can be covered by more than one inOnderzoek object (e.g. the street by the
    // verblijfadres flags, the whole address by the Adres `type` flag): the first one set wins.
    const sources = options.io === undefined ? [] : Array.isArray(options.io) ? options.io : [options.io];
    const sinds = sources
      .map((source) =>
        inOnderzoekSinds(source.flags, source.flag, this.locale, source.datum ?? source.flags?.datumIngangOnderzoek),
      )
      .find((found) => found !== undefined);
    if (sinds) field.inOnderzoekSinds = sinds;
    this.items.push(field);
    return this;
  }
}

/** The formatted start date when any of `flag` is set; the spec leaves the date optional. */
function inOnderzoekSinds(
  flags: Flags | undefined,
  flag: string | string[],
  locale: Language,
  datum: Datum | undefined = flags?.datumIngangOnderzoek,
): Text | undefined {
  if (!flags) return undefined;
  const names = Array.isArray(flag) ? flag : [flag];
  if (!names.some((name) => flags[name] === true)) return undefined;
  return formatDatum(datum, locale) ?? key('datum.onbekendeStartdatum');
}

function joinNonEmpty(parts: (string | undefined)[], separator = ' '): string | undefined {
  const joined = parts
    .filter(nonEmpty)
    .map((part) => part.trim())
    .join(separator);
  return joined === '' ? undefined : joined;
}

type Naam = NonNullable<BrpPersoon['naam']> | NonNullable<Partner['naam']>;

/** "Jan de Vries" for related persons (the API gives volledigeNaam only for the person self). */
function naamVan(naam: Naam | undefined): string | undefined {
  if (!naam) return undefined;
  const titel = naam.adellijkeTitelPredicaat;
  const predicaat = titel?.soort === 'predicaat' ? titel.omschrijving : undefined;
  const adellijkeTitel = titel?.soort === 'titel' ? titel.omschrijving : undefined;
  return joinNonEmpty([predicaat, naam.voornamen, adellijkeTitel, naam.voorvoegsel, naam.geslachtsnaam]);
}

/** "3077AW" → "3077 AW", the way PostNL writes it. */
function formatPostcode(postcode: string | undefined): string | undefined {
  if (!postcode) return undefined;
  const match = /^(\d{4})\s*([A-Za-z]{2})$/.exec(postcode.trim());
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : postcode.trim();
}

const GESLACHT: Record<'M' | 'V' | 'O', BrpKey> = {
  M: 'waarde.geslacht.M',
  V: 'waarde.geslacht.V',
  O: 'waarde.geslacht.O',
};

// ---------------------------------------------------------------------------------------------

function naamSection(p: BrpPersoon, locale: Language): SectionVM {
  const naam = p.naam;
  const io = naam?.inOnderzoek;
  const f = new Fields(locale, 'naam.');
  const titel = naam?.adellijkeTitelPredicaat;
  f.add('voornamen', 'naam.voornamen.label', textOf(naam?.voornamen), {
    explanationKey: 'naam.voornamen.uitleg',
    io: { flags: io, flag: 'voornamen' },
  })
    .add(
      'adellijkeTitelPredicaat',
      titel?.soort === 'predicaat' ? 'naam.predicaat.label' : 'naam.adellijkeTitel.label',
      registryText(titel),
      {
        explanationKey: titel?.soort === 'predicaat' ? 'naam.predicaat.uitleg' : 'naam.adellijkeTitel.uitleg',
        io: { flags: io, flag: 'adellijkeTitelPredicaat' },
      },
    )
    .add('voorvoegsel', 'naam.voorvoegsel.label', textOf(naam?.voorvoegsel), {
      explanationKey: 'naam.voorvoegsel.uitleg',
      io: { flags: io, flag: 'voorvoegsel' },
    })
    .add('geslachtsnaam', 'naam.geslachtsnaam.label', textOf(naam?.geslachtsnaam), {
      explanationKey: 'naam.geslachtsnaam.uitleg',
      io: { flags: io, flag: 'geslachtsnaam' },
    })
    .add(
      'aanduidingNaamgebruik',
      'naam.naamgebruik.label',
      coded(naam?.aanduidingNaamgebruik, {
        E: 'waarde.naamgebruik.E',
        N: 'waarde.naamgebruik.N',
        P: 'waarde.naamgebruik.P',
        V: 'waarde.naamgebruik.V',
      }),
      { explanationKey: 'naam.naamgebruik.uitleg', io: { flags: io, flag: 'aanduidingNaamgebruik' } },
    )
    .add('volledigeNaam', 'naam.volledigeNaam.label', textOf(naam?.volledigeNaam), {
      // Made from the first names and surname: a mistake is corrected there.
      derived: true,
      explanationKey: 'naam.volledigeNaam.uitleg',
      io: { flags: io, flag: 'volledigeNaam' },
    });
  return { id: 'naam', fields: f.items, groups: [] };
}

function geboorteFields(
  f: Fields,
  geboorte: BrpPersoon['geboorte'],
  locale: Language,
  labels: { datum: BrpKey; plaats: BrpKey; land: BrpKey },
  explanations: { datum?: BrpKey; plaats?: BrpKey; land?: BrpKey } = {},
): void {
  const io = geboorte?.inOnderzoek;
  f.add('datum', labels.datum, formatDatum(geboorte?.datum, locale), {
    ...(explanations.datum ? { explanationKey: explanations.datum } : {}),
    io: { flags: io, flag: 'datum' },
  })
    .add('plaats', labels.plaats, registryText(geboorte?.plaats), {
      ...(explanations.plaats ? { explanationKey: explanations.plaats } : {}),
      io: { flags: io, flag: 'plaats' },
    })
    .add('land', labels.land, landText(geboorte?.land, locale), {
      ...(explanations.land ? { explanationKey: explanations.land } : {}),
      io: { flags: io, flag: 'land' },
    });
}

function geboorteSection(p: BrpPersoon, locale: Language): SectionVM {
  const f = new Fields(locale, 'geboorte.');
  geboorteFields(
    f,
    p.geboorte,
    locale,
    { datum: 'geboorte.datum.label', plaats: 'geboorte.plaats.label', land: 'geboorte.land.label' },
    { datum: 'geboorte.datum.uitleg', plaats: 'geboorte.plaats.uitleg' },
  );
  // leeftijd is derived from the birth date; the page shows no age, so its flag belongs here.
  const datumField = f.items.find((field) => field.id === 'geboorte.datum');
  if (datumField && !datumField.inOnderzoekSinds) {
    const sinds = inOnderzoekSinds(p.inOnderzoek, 'leeftijd', locale, p.inOnderzoek?.datumIngangOnderzoekPersoon);
    if (sinds) datumField.inOnderzoekSinds = sinds;
  }
  return { id: 'geboorte', fields: f.items, groups: [] };
}

function geslachtSection(p: BrpPersoon, locale: Language): SectionVM {
  const f = new Fields(locale, 'geslacht.');
  f.add('geslacht', 'geslacht.geslacht.label', coded(p.geslacht, GESLACHT), {
    explanationKey: 'geslacht.geslacht.uitleg',
    io: { flags: p.inOnderzoek, flag: 'geslacht', datum: p.inOnderzoek?.datumIngangOnderzoekPersoon },
  });
  return { id: 'geslacht', fields: f.items, groups: [] };
}

const NATIONALITEIT_TYPE: Record<Exclude<Nationaliteit['type'], 'Nationaliteit'>, { titel: BrpKey; uitleg: BrpKey }> = {
  BehandeldAlsNederlander: {
    titel: 'nationaliteiten.behandeldAlsNederlander.titel',
    uitleg: 'nationaliteiten.behandeldAlsNederlander.uitleg',
  },
  VastgesteldNietNederlander: {
    titel: 'nationaliteiten.vastgesteldNietNederlander.titel',
    uitleg: 'nationaliteiten.vastgesteldNietNederlander.uitleg',
  },
  Staatloos: { titel: 'nationaliteiten.staatloos.titel', uitleg: 'nationaliteiten.staatloos.uitleg' },
  NationaliteitOnbekend: { titel: 'nationaliteiten.onbekend.titel', uitleg: 'nationaliteiten.onbekend.uitleg' },
};

function nationaliteitGroup(n: Nationaliteit, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `nationaliteiten.${index}.`);
  const io: Flags | undefined = n.inOnderzoek;
  let title: Text;
  if (n.type === 'Nationaliteit') {
    const naam = translatedText(n.nationaliteit, locale, NATIONALITEIT_EN);
    title = naam
      ? key('nationaliteiten.bekend.titel', { nationaliteit: naam })
      : key('nationaliteiten.bekend.titelZonderNaam');
    f.add('nationaliteit', 'nationaliteiten.nationaliteit.label', naam ?? key('waarde.onbekend'), {
      explanationKey: 'nationaliteiten.bekend.uitleg',
      io: { flags: io, flag: ['nationaliteit', 'type'] },
    });
  } else {
    const soort = NATIONALITEIT_TYPE[n.type];
    title = key(soort.titel);
    f.add('nationaliteit', 'nationaliteiten.nationaliteit.label', key(soort.titel), {
      explanationKey: soort.uitleg,
      io: { flags: io, flag: 'type' },
    });
  }
  f.add('redenOpname', 'nationaliteiten.redenOpname.label', registryText(n.redenOpname), {
    explanationKey: 'nationaliteiten.redenOpname.uitleg',
    io: { flags: io, flag: 'redenOpname' },
  }).add('datumIngangGeldigheid', 'nationaliteiten.sinds.label', formatDatum(n.datumIngangGeldigheid, locale), {
    explanationKey: 'nationaliteiten.sinds.uitleg',
  });
  return { id: `nationaliteit-${index}`, title, fields: f.items };
}

function adresRegel(v: Extract<Verblijfplaats, { type: 'Adres' }>): string | undefined {
  const a = v.verblijfadres;
  if (!a) return undefined;
  const straat = a.officieleStraatnaam ?? a.korteStraatnaam;
  const aanduiding =
    a.aanduidingBijHuisnummer?.code === 'to' ? 't/o' : a.aanduidingBijHuisnummer?.code === 'by' ? 'bij' : undefined;
  const nummer = a.huisnummer !== undefined ? `${a.huisnummer}${a.huisletter ?? ''}` : undefined;
  const toevoeging = nonEmpty(a.huisnummertoevoeging) ? `-${a.huisnummertoevoeging.trim()}` : '';
  return joinNonEmpty([straat, aanduiding, nummer ? `${nummer}${toevoeging}` : undefined]);
}

const FUNCTIE_ADRES: Record<'W' | 'B', BrpKey> = { W: 'waarde.functieAdres.W', B: 'waarde.functieAdres.B' };

function functieAdresUitleg(functie: Waardetabel | undefined): BrpKey {
  return functie?.code === 'B' ? 'verblijfplaats.functieAdres.uitlegBriefadres' : 'verblijfplaats.functieAdres.uitleg';
}

function verblijfplaatsSection(p: BrpPersoon, locale: Language): SectionVM {
  const v = p.verblijfplaats;
  const f = new Fields(locale, 'verblijfplaats.');
  if (v) {
    const io: Flags | undefined = v.inOnderzoek;
    switch (v.type) {
      case 'Adres': {
        const a = v.verblijfadres;
        const aio: Flags | undefined = a?.inOnderzoek;
        f.add('adres', 'verblijfplaats.adres.label', textOf(adresRegel(v)), {
          explanationKey: 'verblijfplaats.adres.uitleg',
          io: [
            {
              flags: aio,
              flag: [
                'officieleStraatnaam',
                'korteStraatnaam',
                'huisnummer',
                'huisletter',
                'huisnummertoevoeging',
                'aanduidingBijHuisnummer',
              ],
            },
            { flags: io, flag: 'type' },
          ],
        })
          .add(
            'postcodeWoonplaats',
            'verblijfplaats.postcodeWoonplaats.label',
            textOf(joinNonEmpty([formatPostcode(a?.postcode), a?.woonplaats])),
            {
              io: [
                { flags: aio, flag: ['postcode', 'woonplaats'] },
                { flags: io, flag: 'type' },
              ],
            },
          )
          .add('functieAdres', 'verblijfplaats.functieAdres.label', coded(v.functieAdres, FUNCTIE_ADRES), {
            explanationKey: functieAdresUitleg(v.functieAdres),
            io: { flags: io, flag: 'functieAdres' },
          })
          .add('datumVan', 'verblijfplaats.datumVan.label', formatDatum(v.datumVan, locale), {
            explanationKey: 'verblijfplaats.datumVan.uitleg',
            io: { flags: io, flag: 'datumVan' },
          })
          .add(
            'adresseerbaarObjectIdentificatie',
            'verblijfplaats.adresseerbaarObject.label',
            textOf(v.adresseerbaarObjectIdentificatie),
            {
              explanationKey: 'verblijfplaats.adresseerbaarObject.uitleg',
              io: { flags: io, flag: 'adresseerbaarObjectIdentificatie' },
            },
          )
          .add(
            'nummeraanduidingIdentificatie',
            'verblijfplaats.nummeraanduiding.label',
            textOf(v.nummeraanduidingIdentificatie),
            {
              explanationKey: 'verblijfplaats.nummeraanduiding.uitleg',
              io: { flags: io, flag: 'nummeraanduidingIdentificatie' },
            },
          );
        break;
      }
      case 'VerblijfplaatsBuitenland': {
        const a = v.verblijfadres;
        const aio: Flags | undefined = a?.inOnderzoek;
        const regels = [a?.regel1, a?.regel2, a?.regel3].filter(nonEmpty);
        f.add(
          'adresBuitenland',
          'verblijfplaats.adresBuitenland.label',
          regels.length ? { kind: 'lines', lines: regels.map(text) } : undefined,
          {
            explanationKey: 'verblijfplaats.adresBuitenland.uitleg',
            io: [
              { flags: aio, flag: ['regel1', 'regel2', 'regel3'] },
              { flags: io, flag: 'type' },
            ],
          },
        )
          .add('land', 'verblijfplaats.land.label', landText(a?.land, locale), {
            io: [
              { flags: aio, flag: 'land' },
              { flags: io, flag: 'type' },
            ],
          })
          .add('datumVan', 'verblijfplaats.datumVanBuitenland.label', formatDatum(v.datumVan, locale), {
            io: { flags: io, flag: 'datumVan' },
          });
        break;
      }
      case 'Locatie': {
        const lio: Flags | undefined = v.verblijfadres?.inOnderzoek;
        f.add(
          'locatiebeschrijving',
          'verblijfplaats.locatiebeschrijving.label',
          textOf(v.verblijfadres?.locatiebeschrijving),
          {
            explanationKey: 'verblijfplaats.locatiebeschrijving.uitleg',
            io: [
              { flags: lio, flag: 'locatiebeschrijving' },
              { flags: io, flag: 'type' },
            ],
          },
        )
          .add('functieAdres', 'verblijfplaats.functieAdres.label', coded(v.functieAdres, FUNCTIE_ADRES), {
            explanationKey: functieAdresUitleg(v.functieAdres),
            io: { flags: io, flag: 'functieAdres' },
          })
          .add('datumVan', 'verblijfplaats.datumVan.label', formatDatum(v.datumVan, locale), {
            explanationKey: 'verblijfplaats.datumVan.uitleg',
            io: { flags: io, flag: 'datumVan' },
          });
        break;
      }
      case 'VerblijfplaatsOnbekend':
        f.add('onbekend', 'verblijfplaats.onbekend.label', key('verblijfplaats.onbekend.waarde'), {
          explanationKey: 'verblijfplaats.onbekend.uitleg',
          io: { flags: io, flag: 'type' },
        }).add('datumVan', 'verblijfplaats.datumVanOnbekend.label', formatDatum(v.datumVan, locale), {
          io: { flags: io, flag: 'datumVan' },
        });
        break;
    }
  }
  const pio = p.inOnderzoek;
  const gemeenteDatum = pio?.datumIngangOnderzoekGemeente;
  f.add('gemeenteVanInschrijving', 'verblijfplaats.gemeente.label', registryText(p.gemeenteVanInschrijving), {
    explanationKey:
      p.gemeenteVanInschrijving?.code === RNI_GEMEENTE_CODE
        ? 'verblijfplaats.gemeente.uitlegRni'
        : 'verblijfplaats.gemeente.uitleg',
    io: { flags: pio, flag: 'gemeenteVanInschrijving', datum: gemeenteDatum },
  }).add(
    'datumInschrijvingInGemeente',
    'verblijfplaats.datumInschrijving.label',
    formatDatum(p.datumInschrijvingInGemeente, locale),
    {
      io: { flags: pio, flag: 'datumInschrijvingInGemeente', datum: gemeenteDatum },
    },
  );

  const laatste = v?.datumVan ?? v?.datumIngangGeldigheid;
  const laatsteText = formatDatum(laatste, locale);
  return {
    id: 'verblijfplaats',
    fields: f.items,
    groups: [],
    ...(laatsteText
      ? { laatsteWijziging: { labelKey: 'bron.laatsteWijziging.verblijfplaats', datum: laatsteText } }
      : {}),
  };
}

function immigratieSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const imm = p.immigratie;
  if (!imm) return undefined;
  const io: Flags | undefined = imm.inOnderzoek;
  const f = new Fields(locale, 'immigratie.');
  f.add(
    'datumVestigingInNederland',
    'immigratie.datumVestiging.label',
    formatDatum(imm.datumVestigingInNederland, locale),
    {
      explanationKey: 'immigratie.datumVestiging.uitleg',
      io: { flags: io, flag: 'datumVestigingInNederland' },
    },
  )
    .add('landVanwaarIngeschreven', 'immigratie.landVanwaar.label', landText(imm.landVanwaarIngeschreven, locale), {
      explanationKey: 'immigratie.landVanwaar.uitleg',
      io: { flags: io, flag: 'landVanwaarIngeschreven' },
    })
    .add(
      'vanuitVerblijfplaatsOnbekend',
      'immigratie.vanuitOnbekend.label',
      imm.vanuitVerblijfplaatsOnbekend ? key('waarde.ja') : undefined,
      {
        explanationKey: 'immigratie.vanuitOnbekend.uitleg',
        io: { flags: io, flag: 'vanuitVerblijfplaatsOnbekend' },
      },
    );
  return { id: 'immigratie', fields: f.items, groups: [] };
}

function relatedNaamTitle(naam: Naam | undefined, fallback: Text): Text {
  const volledig = naamVan(naam);
  return volledig ? text(volledig) : fallback;
}

function relatedNaamField(f: Fields, naam: Naam | undefined, labelKey: BrpKey): void {
  const nio: Flags | undefined = naam?.inOnderzoek;
  const volledig = naamVan(naam);
  f.add('naam', labelKey, volledig ? text(volledig) : undefined, {
    io: { flags: nio, flag: ['voornamen', 'adellijkeTitelPredicaat', 'voorvoegsel', 'geslachtsnaam'] },
  });
}

const SOORT_VERBINTENIS: Record<'H' | 'P', BrpKey> = { H: 'waarde.soortVerbintenis.H', P: 'waarde.soortVerbintenis.P' };

function partnerGroup(partner: Partner, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `partners.${index}.`);
  const io: Flags | undefined = partner.inOnderzoek;
  relatedNaamField(f, partner.naam, 'partners.naam.label');
  f.add('soortVerbintenis', 'partners.soortVerbintenis.label', coded(partner.soortVerbintenis, SOORT_VERBINTENIS), {
    explanationKey: 'partners.soortVerbintenis.uitleg',
    io: { flags: io, flag: 'soortVerbintenis' },
  });
  const aangaan = partner.aangaanHuwelijkPartnerschap;
  const aio: Flags | undefined = aangaan?.inOnderzoek;
  f.add('aangaanDatum', 'partners.aangaanDatum.label', formatDatum(aangaan?.datum, locale), {
    io: { flags: aio, flag: 'datum' },
  }).add(
    'aangaanPlaats',
    'partners.aangaanPlaats.label',
    textOf(joinNonEmpty([aangaan?.plaats?.omschrijving, tableName(aangaan?.land, locale, LAND_EN)], ', ')),
    { io: { flags: aio, flag: ['plaats', 'land'] } },
  );
  const ontbinding = partner.ontbindingHuwelijkPartnerschap;
  f.add('ontbindingDatum', 'partners.ontbindingDatum.label', formatDatum(ontbinding?.datum, locale), {
    explanationKey: 'partners.ontbindingDatum.uitleg',
    io: { flags: ontbinding?.inOnderzoek, flag: 'datum' },
  });
  geboorteFields(f, partner.geboorte, locale, {
    datum: 'relatie.geboortedatum.label',
    plaats: 'relatie.geboorteplaats.label',
    land: 'relatie.geboorteland.label',
  });
  return {
    id: `partner-${index}`,
    title: relatedNaamTitle(partner.naam, key('partners.zonderNaam', { nummer: text(String(index + 1)) })),
    fields: f.items,
  };
}

function ouderGroup(ouder: Ouder, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `ouders.${index}.`);
  const io: Flags | undefined = ouder.inOnderzoek;
  relatedNaamField(f, ouder.naam, 'ouders.naam.label');
  f.add('geslacht', 'ouders.geslacht.label', coded(ouder.geslacht, GESLACHT), { io: { flags: io, flag: 'geslacht' } });
  geboorteFields(f, ouder.geboorte, locale, {
    datum: 'relatie.geboortedatum.label',
    plaats: 'relatie.geboorteplaats.label',
    land: 'relatie.geboorteland.label',
  });
  f.add(
    'datumIngangFamilierechtelijkeBetrekking',
    'ouders.familierechtelijkeBetrekking.label',
    formatDatum(ouder.datumIngangFamilierechtelijkeBetrekking, locale),
    {
      explanationKey: 'ouders.familierechtelijkeBetrekking.uitleg',
      io: { flags: io, flag: 'datumIngangFamilierechtelijkeBetrekking' },
    },
  );
  const nummer = text(ouder.ouderAanduiding ?? String(index + 1));
  return {
    id: `ouder-${index}`,
    title: relatedNaamTitle(ouder.naam, key('ouders.zonderNaam', { nummer })),
    fields: f.items,
  };
}

function kindGroup(kind: Kind, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `kinderen.${index}.`);
  relatedNaamField(f, kind.naam, 'kinderen.naam.label');
  geboorteFields(f, kind.geboorte, locale, {
    datum: 'relatie.geboortedatum.label',
    plaats: 'relatie.geboorteplaats.label',
    land: 'relatie.geboorteland.label',
  });
  return {
    id: `kind-${index}`,
    title: relatedNaamTitle(kind.naam, key('kinderen.zonderNaam', { nummer: text(String(index + 1)) })),
    fields: f.items,
  };
}

const GEZAG_TYPE: Record<Gezag['type'], { label: BrpKey; uitleg: BrpKey }> = {
  GezamenlijkOuderlijkGezag: {
    label: 'gezag.type.GezamenlijkOuderlijkGezag.label',
    uitleg: 'gezag.type.GezamenlijkOuderlijkGezag.uitleg',
  },
  EenhoofdigOuderlijkGezag: {
    label: 'gezag.type.EenhoofdigOuderlijkGezag.label',
    uitleg: 'gezag.type.EenhoofdigOuderlijkGezag.uitleg',
  },
  GezamenlijkGezag: { label: 'gezag.type.GezamenlijkGezag.label', uitleg: 'gezag.type.GezamenlijkGezag.uitleg' },
  Voogdij: { label: 'gezag.type.Voogdij.label', uitleg: 'gezag.type.Voogdij.uitleg' },
  TijdelijkGeenGezag: { label: 'gezag.type.TijdelijkGeenGezag.label', uitleg: 'gezag.type.TijdelijkGeenGezag.uitleg' },
  GezagNietTeBepalen: { label: 'gezag.type.GezagNietTeBepalen.label', uitleg: 'gezag.type.GezagNietTeBepalen.uitleg' },
};

/** The people who hold gezag, one per line; unnamed people are still counted. */
function gezaghouders(g: Gezag): Text | undefined {
  const naam = (n: { naam?: { volledigeNaam?: string } } | undefined): string | undefined =>
    n ? (n.naam?.volledigeNaam ?? '') : undefined;
  let names: (string | undefined)[] = [];
  let onbekendeDerde = false;
  switch (g.type) {
    case 'GezamenlijkOuderlijkGezag':
      names = (g.ouders ?? []).map(naam);
      break;
    case 'EenhoofdigOuderlijkGezag':
      names = [naam(g.ouder)];
      break;
    case 'GezamenlijkGezag':
      names = [naam(g.ouder), g.derde?.type === 'BekendeDerde' ? naam(g.derde) : undefined];
      onbekendeDerde = g.derde?.type === 'OnbekendeDerde';
      break;
    case 'Voogdij':
      names = (g.derden ?? []).map(naam);
      break;
    case 'TijdelijkGeenGezag':
    case 'GezagNietTeBepalen':
      return undefined;
  }
  const present = names.filter((n): n is string => n !== undefined);
  if (present.length === 0 && !onbekendeDerde) return undefined;
  const values: Text[] = present.map((n) => (n.trim() ? text(n) : key('gezag.naamOnbekend')));
  if (onbekendeDerde) values.push(key('gezag.onbekendeDerde'));
  return { kind: 'lines', lines: values };
}

function gezagGroup(g: Gezag, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `gezag.${index}.`);
  const soort = GEZAG_TYPE[g.type];
  // The relation has only a boolean inOnderzoek without a date.
  const io: Flags = { inOnderzoek: g.inOnderzoek };
  f.add('type', 'gezag.soort.label', key(soort.label), {
    explanationKey: soort.uitleg,
    io: { flags: io, flag: 'inOnderzoek' },
  }).add('gezaghouders', 'gezag.houders.label', gezaghouders(g));
  if (g.type === 'TijdelijkGeenGezag' || g.type === 'GezagNietTeBepalen') {
    f.add('toelichting', 'gezag.toelichting.label', textOf(g.toelichting), {
      explanationKey: 'gezag.toelichting.uitleg',
    });
  }
  const minderjarige = g.minderjarige.naam?.volledigeNaam;
  return {
    id: `gezag-${index}`,
    title: nonEmpty(minderjarige)
      ? key('gezag.titel', { naam: text(minderjarige) })
      : key('gezag.titelZonderNaam', { nummer: text(String(index + 1)) }),
    fields: f.items,
  };
}

function verblijfstitelSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const t = p.verblijfstitel;
  if (!t) return undefined;
  const io: Flags | undefined = t.inOnderzoek;
  const f = new Fields(locale, 'verblijfstitel.');
  f.add('aanduiding', 'verblijfstitel.aanduiding.label', registryText(t.aanduiding), {
    explanationKey: 'verblijfstitel.aanduiding.uitleg',
    io: { flags: io, flag: 'aanduiding' },
  })
    .add('datumIngang', 'verblijfstitel.datumIngang.label', formatDatum(t.datumIngang, locale), {
      io: { flags: io, flag: 'datumIngang' },
    })
    .add('datumEinde', 'verblijfstitel.datumEinde.label', formatDatum(t.datumEinde, locale), {
      explanationKey: 'verblijfstitel.datumEinde.uitleg',
      io: { flags: io, flag: 'datumEinde' },
    });
  return { id: 'verblijfstitel', fields: f.items, groups: [] };
}

function kiesrechtSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const eu = p.europeesKiesrecht;
  const uitsluiting = p.uitsluitingKiesrecht;
  if (!eu && !uitsluiting?.uitgeslotenVanKiesrecht) return undefined;
  const f = new Fields(locale, 'kiesrecht.');
  f.add(
    'europeesKiesrecht',
    'kiesrecht.europees.label',
    coded(eu?.aanduiding, { '1': 'waarde.europeesKiesrecht.1', '2': 'waarde.europeesKiesrecht.2' }),
    { explanationKey: 'kiesrecht.europees.uitleg' },
  )
    .add('einddatumUitsluitingEuropees', 'kiesrecht.europeesEinde.label', formatDatum(eu?.einddatumUitsluiting, locale))
    .add(
      'uitgeslotenVanKiesrecht',
      'kiesrecht.uitgesloten.label',
      uitsluiting?.uitgeslotenVanKiesrecht ? key('waarde.ja') : undefined,
      {
        explanationKey: 'kiesrecht.uitgesloten.uitleg',
      },
    )
    .add('einddatumUitsluiting', 'kiesrecht.uitgeslotenEinde.label', formatDatum(uitsluiting?.einddatum, locale));
  return { id: 'kiesrecht', fields: f.items, groups: [] };
}

function curateleSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  if (!p.indicatieCurateleRegister) return undefined;
  const f = new Fields(locale, 'curatele.');
  f.add('indicatieCurateleRegister', 'curatele.indicatie.label', key('waarde.ja'), {
    explanationKey: 'curatele.indicatie.uitleg',
    io: { flags: p.inOnderzoek, flag: 'indicatieCurateleRegister', datum: p.inOnderzoek?.datumIngangOnderzoekGezag },
  });
  return { id: 'curatele', fields: f.items, groups: [] };
}

function overlijdenSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const o = p.overlijden;
  if (!o) return undefined;
  const io: Flags | undefined = o.inOnderzoek;
  const f = new Fields(locale, 'overlijden.');
  f.add('datum', 'overlijden.datum.label', formatDatum(o.datum, locale), { io: { flags: io, flag: 'datum' } })
    .add('plaats', 'overlijden.plaats.label', registryText(o.plaats), { io: { flags: io, flag: 'plaats' } })
    .add('land', 'overlijden.land.label', landText(o.land, locale), { io: { flags: io, flag: 'land' } });
  return { id: 'overlijden', fields: f.items, groups: [] };
}

function listSection(
  id: SectionId,
  groups: GroupVM[],
  emptyKey: BrpKey,
  laatste?: SectionVM['laatsteWijziging'],
): SectionVM {
  return {
    id,
    fields: [],
    groups,
    ...(groups.length ? {} : { emptyKey }),
    ...(laatste ? { laatsteWijziging: laatste } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Notices

const OPSCHORTING_REDEN: Record<'O' | 'E' | 'M' | 'R' | 'F', BrpKey> = {
  O: 'meldingen.opschorting.reden.O',
  E: 'meldingen.opschorting.reden.E',
  M: 'meldingen.opschorting.reden.M',
  R: 'meldingen.opschorting.reden.R',
  F: 'meldingen.opschorting.reden.F',
};

function notices(p: BrpPersoon, locale: Language): NoticeVM[] {
  const out: NoticeVM[] = [];
  if (p.overlijden) {
    const datum = formatDatum(p.overlijden.datum, locale);
    out.push({
      id: 'overleden',
      type: 'info',
      headingKey: 'meldingen.overleden.titel',
      body: [datum ? key('meldingen.overleden.tekst', { datum }) : key('meldingen.overleden.tekstZonderDatum')],
    });
  }
  const v = p.verblijfplaats;
  if ((v?.type === 'Adres' || v?.type === 'Locatie') && v.indicatieVastgesteldVerblijftNietOpAdres) {
    out.push({
      id: 'nietOpAdres',
      type: 'warning',
      headingKey: 'meldingen.nietOpAdres.titel',
      body: [key('meldingen.nietOpAdres.tekst'), key('meldingen.nietOpAdres.actie')],
    });
  }
  if (p.opschortingBijhouding) {
    const code = p.opschortingBijhouding.reden?.code;
    const reden: BrpKey =
      code !== undefined && Object.hasOwn(OPSCHORTING_REDEN, code)
        ? OPSCHORTING_REDEN[code as keyof typeof OPSCHORTING_REDEN]
        : 'meldingen.opschorting.reden.onbekend';
    const datum = formatDatum(p.opschortingBijhouding.datum, locale);
    out.push({
      id: 'opschorting',
      type: 'info',
      headingKey: 'meldingen.opschorting.titel',
      body: [...(datum ? [key('meldingen.opschorting.sinds', { datum })] : []), key(reden)],
    });
  }
  if (p.geheimhoudingPersoonsgegevens) {
    out.push({
      id: 'geheimhouding',
      type: 'info',
      headingKey: 'meldingen.geheimhouding.titel',
      body: [key('meldingen.geheimhouding.tekst'), key('meldingen.geheimhouding.wie')],
    });
  }
  return out;
}

function inOnderzoekSummary(sections: SectionVM[]): InOnderzoekItemVM[] {
  const items: InOnderzoekItemVM[] = [];
  for (const section of sections) {
    for (const field of section.fields) {
      if (field.inOnderzoekSinds)
        items.push({ sectionId: section.id, labelKey: field.labelKey, sinds: field.inOnderzoekSinds });
    }
    for (const group of section.groups) {
      for (const field of group.fields) {
        if (field.inOnderzoekSinds) {
          items.push({
            sectionId: section.id,
            labelKey: field.labelKey,
            group: group.title,
            sinds: field.inOnderzoekSinds,
          });
        }
      }
    }
  }
  return items;
}

function holder(p: BrpPersoon): HolderVM {
  const gemeente = p.gemeenteVanInschrijving;
  if (gemeente?.code === RNI_GEMEENTE_CODE) return { kind: 'rni' };
  if (nonEmpty(gemeente?.omschrijving)) return { kind: 'gemeente', naam: gemeente.omschrijving };
  return { kind: 'onbekend' };
}

/**
 * The BRP Persoon as the page shows it. Pure: same input, same output; `locale` only changes how
 * dates are written. Branches on codes and types, never on descriptions.
 */
export function toViewModel(p: BrpPersoon, locale: Language): PersoonViewModel {
  const laatsteNationaliteit = (p.nationaliteiten ?? [])
    .map((n) => n.datumIngangGeldigheid)
    .filter((d): d is Extract<Datum, { type: 'Datum' }> => d?.type === 'Datum')
    .sort((a, b) => b.datum.localeCompare(a.datum))[0];
  const laatsteNationaliteitText = formatDatum(laatsteNationaliteit, locale);

  const sections = [
    naamSection(p, locale),
    geboorteSection(p, locale),
    geslachtSection(p, locale),
    listSection(
      'nationaliteiten',
      (p.nationaliteiten ?? []).map((n, i) => nationaliteitGroup(n, i, locale)),
      'nationaliteiten.geen',
      laatsteNationaliteitText
        ? { labelKey: 'bron.laatsteWijziging.nationaliteiten', datum: laatsteNationaliteitText }
        : undefined,
    ),
    verblijfplaatsSection(p, locale),
    immigratieSection(p, locale),
    listSection(
      'partners',
      (p.partners ?? []).map((x, i) => partnerGroup(x, i, locale)),
      'partners.geen',
    ),
    listSection(
      'ouders',
      (p.ouders ?? []).map((x, i) => ouderGroup(x, i, locale)),
      'ouders.geen',
    ),
    listSection(
      'kinderen',
      (p.kinderen ?? []).map((x, i) => kindGroup(x, i, locale)),
      'kinderen.geen',
    ),
    listSection(
      'gezag',
      (p.gezag ?? []).map((x, i) => gezagGroup(x, i, locale)),
      'gezag.geen',
    ),
    verblijfstitelSection(p, locale),
    kiesrechtSection(p, locale),
    curateleSection(p, locale),
    overlijdenSection(p, locale),
  ].filter((section): section is SectionVM => section !== undefined);

  const inschrijving = new Fields(locale, 'inschrijving.');
  inschrijving
    .add(
      'datumInschrijvingInGemeente',
      'bron.inschrijving.gemeente',
      formatDatum(p.datumInschrijvingInGemeente, locale),
    )
    .add('datumEersteInschrijvingGBA', 'bron.inschrijving.eerste', formatDatum(p.datumEersteInschrijvingGBA, locale), {
      derived: true,
      explanationKey: 'bron.inschrijving.eersteUitleg',
    });

  return {
    ...(nonEmpty(p.naam?.volledigeNaam) ? { volledigeNaam: p.naam.volledigeNaam } : {}),
    notices: notices(p, locale),
    inOnderzoek: inOnderzoekSummary(sections),
    sections,
    holder: holder(p),
    inschrijving: inschrijving.items,
  };
}
