/**
 * The processing-activities register (RvVA, Logius "Register van Verwerkingsactiviteiten")
 * of the mock universe: which organisations process citizens' data, why, on what legal
 * basis, which data, how long, and whether the processing is confidential.
 *
 * Every log line (events.ts) points at one activity here by its uuid, so the register is
 * the single place where legal texts live (LEGAL.md: terms and bases are data, not views).
 * The RvVA spec only knows DPV enums for the legal basis and one `recipients` object; what
 * the newer standard leaves open is taken from the older VNG model (handeling, afnemer,
 * vertrouwelijkheid, bewaartermijn) and added as Dutch extension fields.
 *
 * Activities and organisations are fixed arrays, so an event can refer to an activity by a
 * small integer (its index in `ACTIVITIES`): that keeps the 1,000,000-record auditor
 * universe of issue 6 in compact typed columns.
 */
import type { RegistryId } from '@/lib/registries';
import { rng } from '../seed';

/** How the data reached the organisation (LEGAL.md: BRP disclosure kinds) or `intern` for the holder's own processing. */
export type Verstrekkingswijze = 'spontaan' | 'adhoc' | 'selectie' | 'intern';

/** Data categories, in plain Dutch so the app can show them as they are. At most 32 (events keep them as a bit mask). */
export const CATEGORIEEN = [
  'naam',
  'burgerservicenummer',
  'geboortedatum',
  'geslacht',
  'adres',
  'nationaliteit',
  'burgerlijke staat',
  'kinderen',
  'overlijden',
  'reisdocument',
  'rijbewijs',
  'pasfoto en vingerafdrukken',
  'inkomen',
  'dienstverband',
  'uitkering',
  'pensioen',
  'voertuig',
  'kenteken',
  'eigendom onroerend goed',
  'WOZ-waarde',
  'onderneming',
  'diploma',
  'studiefinanciering',
  'zorgverzekering',
  'boete',
  'verblijfsrecht',
] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

const CATEGORIE_BIT = new Map<Categorie, number>(CATEGORIEEN.map((c, i) => [c, 1 << i]));
export function categorieMask(categories: readonly Categorie[]): number {
  let mask = 0;
  for (const c of categories) mask |= CATEGORIE_BIT.get(c) ?? 0;
  return mask >>> 0;
}
export function categorieenUitMask(mask: number): Categorie[] {
  return CATEGORIEEN.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * A deterministic uuid for a register key: the RvVA spec identifies activities and entities
 * by uuid, and the same key must give the same id in the browser, Vitest and Node.
 * Version nibble 8 ("custom", RFC 9562) because it is neither random nor a name-based v5.
 */
export function uuidVoor(key: string): string {
  const r = rng(`rvva:${key}`);
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(r.next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------
// Organisations (RvVA Entity)

export type OrganisatieSoort =
  | 'rijksoverheid'
  | 'uitvoeringsorganisatie'
  | 'gemeente'
  | 'pensioenfonds'
  | 'zorgverzekeraar'
  | 'politie en justitie'
  | 'inlichtingendienst'
  | 'notaris'
  | 'statistiek'
  | 'toezichthouder';

export type Organisatie = {
  key: string;
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  adres?: string;
  postcode?: string;
  plaats?: string;
  telefoon?: string;
  website: string;
};

type OrganisatieInput = Omit<Organisatie, 'id'>;

const LANDELIJK: OrganisatieInput[] = [
  {
    key: 'rvig',
    naam: 'Rijksdienst voor Identiteitsgegevens (RvIG)',
    soort: 'rijksoverheid',
    plaats: 'Den Haag',
    website: 'https://www.rvig.nl',
  },
  {
    key: 'belastingdienst',
    naam: 'Belastingdienst',
    soort: 'rijksoverheid',
    plaats: 'Apeldoorn',
    telefoon: '0800-0543',
    website: 'https://www.belastingdienst.nl',
  },
  {
    key: 'toeslagen',
    naam: 'Dienst Toeslagen',
    soort: 'rijksoverheid',
    plaats: 'Utrecht',
    telefoon: '0800-0543',
    website: 'https://www.belastingdienst.nl/toeslagen',
  },
  {
    key: 'svb',
    naam: 'Sociale Verzekeringsbank (SVB)',
    soort: 'uitvoeringsorganisatie',
    plaats: 'Amstelveen',
    website: 'https://www.svb.nl',
  },
  { key: 'uwv', naam: 'UWV', soort: 'uitvoeringsorganisatie', plaats: 'Amsterdam', website: 'https://www.uwv.nl' },
  {
    key: 'duo',
    naam: 'Dienst Uitvoering Onderwijs (DUO)',
    soort: 'uitvoeringsorganisatie',
    plaats: 'Groningen',
    website: 'https://duo.nl',
  },
  { key: 'rdw', naam: 'RDW', soort: 'uitvoeringsorganisatie', plaats: 'Zoetermeer', website: 'https://www.rdw.nl' },
  {
    key: 'kadaster',
    naam: 'Kadaster',
    soort: 'uitvoeringsorganisatie',
    plaats: 'Apeldoorn',
    website: 'https://www.kadaster.nl',
  },
  {
    key: 'kvk',
    naam: 'Kamer van Koophandel (KVK)',
    soort: 'uitvoeringsorganisatie',
    plaats: 'Utrecht',
    website: 'https://www.kvk.nl',
  },
  { key: 'cak', naam: 'CAK', soort: 'uitvoeringsorganisatie', plaats: 'Den Haag', website: 'https://www.hetcak.nl' },
  {
    key: 'cjib',
    naam: 'Centraal Justitieel Incassobureau (CJIB)',
    soort: 'politie en justitie',
    plaats: 'Leeuwarden',
    website: 'https://www.cjib.nl',
  },
  {
    key: 'cbs',
    naam: 'Centraal Bureau voor de Statistiek (CBS)',
    soort: 'statistiek',
    plaats: 'Den Haag',
    website: 'https://www.cbs.nl',
  },
  { key: 'abp', naam: 'Pensioenfonds ABP', soort: 'pensioenfonds', plaats: 'Heerlen', website: 'https://www.abp.nl' },
  {
    key: 'pfzw',
    naam: 'Pensioenfonds Zorg en Welzijn (PFZW)',
    soort: 'pensioenfonds',
    plaats: 'Zeist',
    website: 'https://www.pfzw.nl',
  },
  {
    key: 'pmt',
    naam: 'Pensioenfonds Metaal en Techniek (PMT)',
    soort: 'pensioenfonds',
    plaats: 'Den Haag',
    website: 'https://www.pmt.nl',
  },
  {
    key: 'zilveren-kruis',
    naam: 'Zilveren Kruis Zorgverzekeringen',
    soort: 'zorgverzekeraar',
    plaats: 'Zeist',
    website: 'https://www.zilverenkruis.nl',
  },
  { key: 'vgz', naam: 'VGZ', soort: 'zorgverzekeraar', plaats: 'Arnhem', website: 'https://www.vgz.nl' },
  { key: 'cz', naam: 'CZ', soort: 'zorgverzekeraar', plaats: 'Tilburg', website: 'https://www.cz.nl' },
  { key: 'menzis', naam: 'Menzis', soort: 'zorgverzekeraar', plaats: 'Wageningen', website: 'https://www.menzis.nl' },
  {
    key: 'politie',
    naam: 'Politie',
    soort: 'politie en justitie',
    plaats: 'Den Haag',
    telefoon: '0900-8844',
    website: 'https://www.politie.nl',
  },
  { key: 'fiod', naam: 'FIOD', soort: 'politie en justitie', plaats: 'Utrecht', website: 'https://www.fiod.nl' },
  {
    key: 'aivd',
    naam: 'Algemene Inlichtingen- en Veiligheidsdienst (AIVD)',
    soort: 'inlichtingendienst',
    plaats: 'Zoetermeer',
    website: 'https://www.aivd.nl',
  },
  // Fictional offices: notaries are private practices; the mock must not name a real one.
  {
    key: 'notaris-west',
    naam: 'Notariskantoor Aan de Haven (fictief)',
    soort: 'notaris',
    plaats: 'Rotterdam',
    website: 'https://www.knb.nl',
  },
  {
    key: 'notaris-oost',
    naam: 'Notariskantoor De Linde (fictief)',
    soort: 'notaris',
    plaats: 'Utrecht',
    website: 'https://www.knb.nl',
  },
];

/**
 * The municipalities in the BRP test data (gemeente van inschrijving, with historical ones
 * as the data has them), plus a few large ones for synthetic subjects. RNI (1999) is not a
 * municipality and has no desk here.
 */
export const GEMEENTEN: ReadonlyArray<readonly [code: string, naam: string]> = [
  ['0518', "'s-Gravenhage"],
  ['1916', 'Leidschendam-Voorburg'],
  ['0599', 'Rotterdam'],
  ['0363', 'Amsterdam'],
  ['0530', 'Hellevoetsluis'],
  ['0344', 'Utrecht'],
  ['1810', 'Toetsoog'],
  ['0627', 'Waddinxveen'],
  ['0228', 'Ede'],
  ['0014', 'Groningen'],
  ['0935', 'Maastricht'],
  ['0109', 'Coevorden'],
  ['0626', 'Voorschoten'],
  ['0402', 'Hilversum'],
  ['1901', 'Bodegraven-Reeuwijk'],
  ['0034', 'Almere'],
  ['1676', 'Schouwen-Duiveland'],
  ['0281', 'Tiel'],
  ['0153', 'Enschede'],
  ['0361', 'Alkmaar'],
  ['1681', 'Borger-Odoorn'],
  ['0653', 'Gaasterlân-Sleat'],
  ['0394', 'Haarlemmermeer'],
  ['0928', 'Kerkrade'],
  ['1926', 'Pijnacker-Nootdorp'],
  ['0400', 'Den Helder'],
  ['0058', 'Dongeradeel'],
  ['0531', 'Hendrik-Ido-Ambacht'],
  ['0595', 'Reeuwijk'],
  ['0988', 'Weert'],
  ['0416', 'Langedijk'],
  ['1700', 'Twenterand'],
  ['1783', 'Westland'],
  ['0794', 'Helmond'],
  ['1927', 'Molenwaard'],
  ['0160', 'Hardenberg'],
  ['0995', 'Lelystad'],
  ['1970', 'Noardeast-Fryslân'],
  ['0772', 'Eindhoven'],
  ['0855', 'Tilburg'],
  ['0202', 'Arnhem'],
  ['0268', 'Nijmegen'],
  ['0193', 'Zwolle'],
  ['0080', 'Leeuwarden'],
  ['0546', 'Leiden'],
  ['0392', 'Haarlem'],
];

const slug = (naam: string) =>
  naam
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^'s-/, 's')
    .replace(/[^a-z0-9]+/g, '');

function gemeenteOrganisatie(code: string, naam: string): OrganisatieInput {
  return {
    key: `gemeente-${code}`,
    naam: `Gemeente ${naam}`,
    soort: 'gemeente',
    plaats: naam.replace(/^'s-Gravenhage$/, 'Den Haag'),
    telefoon: '14 + netnummer',
    website: `https://www.${slug(naam)}.nl`,
  };
}

/**
 * Supervisors (issue 15): they process personal data themselves when an auditor reveals who is
 * behind a pseudonym. Appended after the municipalities so every existing index stays put.
 */
const TOEZICHTHOUDERS: OrganisatieInput[] = [
  {
    key: 'ap',
    naam: 'Autoriteit Persoonsgegevens',
    soort: 'toezichthouder',
    plaats: 'Den Haag',
    website: 'https://www.autoriteitpersoonsgegevens.nl',
  },
  {
    key: 'ctivd',
    naam: 'Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten (CTIVD)',
    soort: 'toezichthouder',
    plaats: 'Den Haag',
    website: 'https://www.ctivd.nl',
  },
];

export const ORGANISATIES: readonly Organisatie[] = [
  ...LANDELIJK,
  ...GEMEENTEN.map(([code, naam]) => gemeenteOrganisatie(code, naam)),
  ...TOEZICHTHOUDERS,
].map((o) => ({
  ...o,
  id: uuidVoor(`entity:${o.key}`),
}));

const organisatieByKey = new Map(ORGANISATIES.map((o) => [o.key, o]));
const organisatieById = new Map(ORGANISATIES.map((o) => [o.id, o]));
const organisatieIndexByKey = new Map(ORGANISATIES.map((o, i) => [o.key, i]));
export const organisatie = (key: string): Organisatie | undefined => organisatieByKey.get(key);
export const findOrganisatie = (id: string): Organisatie | undefined => organisatieById.get(id);
/** Index into `ORGANISATIES` (events keep organisations as small integers); throws for an unknown key. */
export function organisatieIndex(key: string): number {
  const i = organisatieIndexByKey.get(key);
  if (i === undefined) throw new Error(`Unknown organisation ${key}`);
  return i;
}

// ---------------------------------------------------------------------------------------
// Processing activities

/** DPV legal bases (the RvVA enum). */
export type DpvLegalBasis =
  | 'Consent'
  | 'Contract'
  | 'LegalObligation'
  | 'LegitimateInterest'
  | 'OfficialAuthorityOfController'
  | 'PublicInterest'
  | 'VitalInterest';
/** DPV processing operations (the RvVA enum). */
export type DpvOperation =
  'Copy' | 'Disclose' | 'Obtain' | 'Organise' | 'Remove' | 'Store' | 'Transfer' | 'Transform' | 'Use';

/** Whether a person or a machine does it: `gemengd` means some events each way. */
export type Uitvoering = 'mens' | 'systeem' | 'gemengd';

export type Verwerkingsactiviteit = {
  /** Stable readable key, e.g. `svb-aow` or `gemeente-0518:reisdocument`. */
  key: string;
  id: string;
  /** The organisation that performs (controls) the processing. */
  organisatie: string;
  naam: string;
  /** Short name of the action in a log line (LDV span name), like VNG's "handeling". */
  handeling: string;
  /** Doel, in plain Dutch. */
  doel: string;
  /** The law (with article where well known). */
  grondslag: string;
  legalBasis: DpvLegalBasis[];
  operations: DpvOperation[];
  categorieen: Categorie[];
  /** ISO 8601 duration. */
  bewaartermijn: string;
  /** The bewaartermijn in words, with its reason. */
  bewaartermijnToelichting: string;
  /** Receiving organisations (keys); the first is the RvVA `recipients` entity. */
  ontvangers: string[];
  /** The registry the data came from (the "bron" of GDPR art. 15(1)(g)). */
  bron: RegistryId;
  verstrekkingswijze: Verstrekkingswijze;
  uitvoering: Uitvoering;
  /**
   * Confidential (VNG `vertrouwelijkheid: vertrouwelijk`): criminal investigation and the
   * intelligence services (GDPR art. 23; Wet BRP art. 3.22 keeps disclosures to them out of
   * the citizen's view). Its log lines are never sent to the citizen.
   */
  vertrouwelijk: boolean;
  /** May still happen after the person's death: the death notice itself, settling, archiving. */
  naOverlijden: boolean;
  /** The application that logs it (LDV `resource`). */
  systeem: string;
};

type Input = Omit<Verwerkingsactiviteit, 'id' | 'vertrouwelijk' | 'naOverlijden' | 'ontvangers'> & {
  vertrouwelijk?: boolean;
  naOverlijden?: boolean;
  ontvangers?: string[];
};

const BRP_PROTOCOL = {
  bewaartermijn: 'P20Y',
  bewaartermijnToelichting:
    '20 jaar: de BRP houdt vast aan wie gegevens zijn verstrekt (protocollering, Wet BRP art. 3.22).',
};
const FISCAAL = {
  bewaartermijn: 'P7Y',
  bewaartermijnToelichting: '7 jaar: de fiscale bewaarplicht (Algemene wet inzake rijksbelastingen art. 52).',
};

/** Standing spontaneous provision of BRP changes to one afnemer. */
function spontaan(key: string, org: string, wet: string, doel: string, extra: Categorie[] = []): Input {
  return {
    key,
    organisatie: org,
    naam: 'Ontvangen van wijzigingen uit de BRP (spontane verstrekking)',
    handeling: 'BRP-wijziging verwerken',
    doel,
    grondslag: wet,
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Store', 'Use'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'burgerlijke staat', 'overlijden', ...extra],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar na afloop van de relatie met de organisatie.',
    bron: 'brp',
    verstrekkingswijze: 'spontaan',
    uitvoering: 'systeem',
    naOverlijden: true,
    systeem: `${org}-brp-afnemer`,
  };
}

const LANDELIJKE_ACTIVITEITEN: Input[] = [
  // --- RvIG: the BRP disclosure itself (the root of each spontaneous-provision trace)
  {
    key: 'rvig-verstrekking',
    organisatie: 'rvig',
    naam: 'Verstrekken van BRP-gegevens aan afnemers',
    handeling: 'BRP-gegevens verstrekken',
    doel: 'Overheidsorganen en aangewezen derden van juiste persoonsgegevens voorzien, zodat u die niet steeds opnieuw hoeft op te geven.',
    grondslag: 'Wet BRP art. 3.3 (overheidsorganen) en art. 3.6 (derden)',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Disclose', 'Transfer'],
    categorieen: [
      'naam',
      'burgerservicenummer',
      'geboortedatum',
      'adres',
      'burgerlijke staat',
      'nationaliteit',
      'overlijden',
    ],
    ...BRP_PROTOCOL,
    bron: 'brp',
    verstrekkingswijze: 'spontaan',
    uitvoering: 'systeem',
    naOverlijden: true,
    systeem: 'brp-verstrekkingsvoorziening',
  },
  {
    key: 'rvig-verstrekking-vertrouwelijk',
    organisatie: 'rvig',
    naam: 'Verstrekken van BRP-gegevens aan opsporings- en inlichtingendiensten',
    handeling: 'BRP-gegevens verstrekken',
    doel: 'Opsporing van strafbare feiten en bescherming van de nationale veiligheid.',
    grondslag: 'Wet BRP art. 3.3 jo. art. 3.22 lid 2 (geen inzage in verstrekkingen aan deze diensten)',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Disclose', 'Transfer'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'nationaliteit'],
    ...BRP_PROTOCOL,
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'systeem',
    vertrouwelijk: true,
    systeem: 'brp-verstrekkingsvoorziening',
  },
  // --- Belastingdienst / Toeslagen
  spontaan(
    'belastingdienst-brp',
    'belastingdienst',
    'Wet BRP art. 3.3; Algemene wet inzake rijksbelastingen',
    'Belastingen heffen en innen op het juiste adres en voor de juiste persoon.',
    ['kinderen'],
  ),
  {
    key: 'belastingdienst-aangifte-ib',
    organisatie: 'belastingdienst',
    naam: 'Aangifte en aanslag inkomstenbelasting',
    handeling: 'Aangifte inkomstenbelasting verwerken',
    doel: 'De inkomstenbelasting vaststellen, met een vooraf ingevulde aangifte.',
    grondslag: 'Wet inkomstenbelasting 2001; Algemene wet inzake rijksbelastingen art. 8 en 11',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store', 'Transform'],
    categorieen: [
      'naam',
      'burgerservicenummer',
      'inkomen',
      'dienstverband',
      'uitkering',
      'eigendom onroerend goed',
      'WOZ-waarde',
    ],
    ...FISCAAL,
    bron: 'bri',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    systeem: 'ib-aangifteketen',
  },
  {
    key: 'belastingdienst-bri',
    organisatie: 'belastingdienst',
    naam: 'Registratie van het inkomen (BRI)',
    handeling: 'Inkomen registreren',
    doel: 'Het vastgestelde inkomen registreren, zodat andere overheden (toeslagen, DUO, CAK) het niet opnieuw vragen.',
    grondslag: 'Algemene wet inzake rijksbelastingen art. 21c e.v.',
    legalBasis: ['LegalObligation'],
    operations: ['Store', 'Organise'],
    categorieen: ['burgerservicenummer', 'inkomen'],
    ...FISCAAL,
    bron: 'bri',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'basisregistratie-inkomen',
  },
  {
    key: 'belastingdienst-selectie-aanslag',
    organisatie: 'belastingdienst',
    naam: 'Jaarlijkse selectie voor de aanslagregeling',
    handeling: 'Selectie uit BRP ontvangen',
    doel: 'Bepalen wie een aangifte of aanslag krijgt.',
    grondslag: 'Wet BRP art. 3.3; Algemene wet inzake rijksbelastingen art. 6',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'burgerlijke staat'],
    ...FISCAAL,
    bron: 'brp',
    verstrekkingswijze: 'selectie',
    uitvoering: 'systeem',
    systeem: 'ib-aangifteketen',
  },
  {
    key: 'belastingdienst-mrb',
    organisatie: 'belastingdienst',
    naam: 'Heffing motorrijtuigenbelasting',
    handeling: 'Motorrijtuigenbelasting berekenen',
    doel: 'Motorrijtuigenbelasting heffen van de houder van het kenteken.',
    grondslag: 'Wet op de motorrijtuigenbelasting 1994 art. 1 en 7',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'adres', 'voertuig', 'kenteken'],
    ...FISCAAL,
    bron: 'rdw',
    verstrekkingswijze: 'spontaan',
    uitvoering: 'systeem',
    systeem: 'mrb-heffing',
  },
  {
    key: 'belastingdienst-omzetbelasting',
    organisatie: 'belastingdienst',
    naam: 'Omzetbelasting van ondernemers',
    handeling: 'Btw-aangifte verwerken',
    doel: 'Omzetbelasting heffen van uw onderneming.',
    grondslag: 'Wet op de omzetbelasting 1968; Handelsregisterwet 2007 art. 28',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use', 'Store'],
    categorieen: ['naam', 'onderneming', 'inkomen'],
    ...FISCAAL,
    bron: 'kvk',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'omzetbelasting',
  },
  {
    key: 'toeslagen-toetsing',
    organisatie: 'toeslagen',
    naam: 'Maandelijkse toetsing van toeslagen',
    handeling: 'Recht op toeslag toetsen',
    doel: 'Zorgtoeslag en huurtoeslag goed berekenen, zodat u niet te veel of te weinig krijgt.',
    grondslag: 'Algemene wet inkomensafhankelijke regelingen (Awir) art. 16 en 17',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use', 'Transform'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'inkomen', 'burgerlijke staat'],
    ...FISCAAL,
    bron: 'bri',
    verstrekkingswijze: 'selectie',
    uitvoering: 'systeem',
    systeem: 'toeslagen-berekening',
  },
  // --- SVB
  spontaan(
    'svb-brp',
    'svb',
    'Wet BRP art. 3.3; Algemene Ouderdomswet; Algemene Kinderbijslagwet',
    'AOW-opbouw, AOW en kinderbijslag bijhouden.',
    ['kinderen', 'nationaliteit'],
  ),
  {
    key: 'svb-aow',
    organisatie: 'svb',
    naam: 'Uitbetaling AOW',
    handeling: 'AOW-uitkering berekenen',
    doel: 'Uw AOW-pensioen berekenen en uitbetalen.',
    grondslag: 'Algemene Ouderdomswet art. 7 en 17',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'burgerlijke staat', 'uitkering'],
    bewaartermijn: 'P10Y',
    bewaartermijnToelichting: '10 jaar na de laatste betaling.',
    bron: 'brp',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'aow-betaalsysteem',
  },
  {
    key: 'svb-kinderbijslag',
    organisatie: 'svb',
    naam: 'Uitbetaling kinderbijslag',
    handeling: 'Kinderbijslag berekenen',
    doel: 'Kinderbijslag per kwartaal berekenen en uitbetalen.',
    grondslag: 'Algemene Kinderbijslagwet art. 7 en 14',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'kinderen'],
    bewaartermijn: 'P10Y',
    bewaartermijnToelichting: '10 jaar na de laatste betaling.',
    bron: 'brp',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'akw-betaalsysteem',
  },
  {
    key: 'svb-onverzekerden',
    organisatie: 'svb',
    naam: 'Opsporen van onverzekerden voor de zorgverzekering',
    handeling: 'Verzekeringsplicht controleren',
    doel: 'Nagaan of iedereen die dat moet een zorgverzekering heeft.',
    grondslag: 'Zorgverzekeringswet art. 9a',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['burgerservicenummer', 'geboortedatum', 'adres', 'zorgverzekering'],
    bewaartermijn: 'P2Y',
    bewaartermijnToelichting: '2 jaar; een overeenkomst wordt direct verwijderd.',
    bron: 'brp',
    verstrekkingswijze: 'selectie',
    uitvoering: 'systeem',
    systeem: 'wanbetalers-onverzekerden',
  },
  // --- Pension funds and health insurers (derden: standing BRP recipients)
  spontaan(
    'abp-brp',
    'abp',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Pensioenwet',
    'Uw pensioen opbouwen en uitkeren en het partnerpensioen regelen.',
  ),
  spontaan(
    'pfzw-brp',
    'pfzw',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Pensioenwet',
    'Uw pensioen opbouwen en uitkeren en het partnerpensioen regelen.',
  ),
  spontaan(
    'pmt-brp',
    'pmt',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Pensioenwet',
    'Uw pensioen opbouwen en uitkeren en het partnerpensioen regelen.',
  ),
  {
    key: 'pensioen-uitkering',
    organisatie: 'abp',
    naam: 'Uitbetaling ouderdomspensioen',
    handeling: 'Pensioen uitbetalen',
    doel: 'Uw pensioen maandelijks uitbetalen.',
    grondslag: 'Pensioenwet; pensioenreglement',
    legalBasis: ['Contract', 'LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'pensioen'],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar (fiscale bewaarplicht).',
    bron: 'uwv',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'pensioenadministratie',
  },
  spontaan(
    'zilveren-kruis-brp',
    'zilveren-kruis',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Zorgverzekeringswet art. 2 en 3',
    'Uw zorgverzekering uitvoeren (zorgplicht) op het juiste adres.',
    ['zorgverzekering'],
  ),
  spontaan(
    'vgz-brp',
    'vgz',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Zorgverzekeringswet art. 2 en 3',
    'Uw zorgverzekering uitvoeren (zorgplicht) op het juiste adres.',
    ['zorgverzekering'],
  ),
  spontaan(
    'cz-brp',
    'cz',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Zorgverzekeringswet art. 2 en 3',
    'Uw zorgverzekering uitvoeren (zorgplicht) op het juiste adres.',
    ['zorgverzekering'],
  ),
  spontaan(
    'menzis-brp',
    'menzis',
    'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Zorgverzekeringswet art. 2 en 3',
    'Uw zorgverzekering uitvoeren (zorgplicht) op het juiste adres.',
    ['zorgverzekering'],
  ),
  {
    key: 'cak-eigen-bijdrage',
    organisatie: 'cak',
    naam: 'Eigen bijdrage Wlz en Wmo',
    handeling: 'Eigen bijdrage berekenen',
    doel: 'De eigen bijdrage voor langdurige zorg of ondersteuning berekenen en innen.',
    grondslag: 'Wet langdurige zorg art. 3.2.5; Wet maatschappelijke ondersteuning 2015 art. 2.1.4',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'inkomen', 'burgerlijke staat'],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar (fiscale bewaarplicht).',
    bron: 'bri',
    verstrekkingswijze: 'selectie',
    uitvoering: 'systeem',
    systeem: 'cak-eigen-bijdrage',
  },
  // --- UWV
  spontaan(
    'uwv-brp',
    'uwv',
    'Wet BRP art. 3.3; Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI)',
    'Uitkeringen en de polisadministratie bijhouden.',
  ),
  {
    key: 'uwv-polis',
    organisatie: 'uwv',
    naam: 'Polisadministratie: loonaangifte verwerken',
    handeling: 'Loonaangifte verwerken',
    doel: 'Lonen, uitkeringen en dienstverbanden vastleggen die uw werkgever of uitkeringsinstantie opgeeft.',
    grondslag: 'Wet SUWI art. 33; Wet op de loonbelasting 1964 art. 28',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Store'],
    categorieen: ['burgerservicenummer', 'dienstverband', 'inkomen', 'uitkering'],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar na het einde van het kalenderjaar.',
    bron: 'uwv',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'polisadministratie',
  },
  {
    key: 'uwv-ww',
    organisatie: 'uwv',
    naam: 'Beoordelen en uitbetalen van een WW-uitkering',
    handeling: 'WW-uitkering behandelen',
    doel: 'Uw recht op WW vaststellen en uitbetalen.',
    grondslag: 'Werkloosheidswet art. 15 en 16',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'dienstverband', 'inkomen', 'uitkering'],
    bewaartermijn: 'P10Y',
    bewaartermijnToelichting: '10 jaar na de laatste betaling.',
    bron: 'uwv',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    systeem: 'ww-behandeling',
  },
  // --- DUO
  spontaan(
    'duo-brp',
    'duo',
    'Wet BRP art. 3.3; Wet studiefinanciering 2000 art. 9.1',
    'Studiefinanciering (uitwonend of thuiswonend) en terugbetaling bijhouden.',
  ),
  {
    key: 'duo-studiefinanciering',
    organisatie: 'duo',
    naam: 'Toekennen en uitbetalen van studiefinanciering',
    handeling: 'Studiefinanciering berekenen',
    doel: 'Uw studiefinanciering berekenen en uitbetalen.',
    grondslag: 'Wet studiefinanciering 2000 art. 3.1 en 9.1',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'studiefinanciering', 'inkomen'],
    bewaartermijn: 'P15Y',
    bewaartermijnToelichting: '15 jaar na de terugbetaling.',
    bron: 'duo',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'studiefinanciering',
  },
  {
    key: 'duo-diplomaregister',
    organisatie: 'duo',
    naam: "Registratie van diploma's",
    handeling: 'Diploma registreren',
    doel: "Behaalde diploma's vastleggen, zodat u ze kunt aantonen.",
    grondslag: 'Wet op het onderwijstoezicht; Wet register onderwijsdeelnemers art. 2',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Store', 'Organise'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'diploma'],
    bewaartermijn: 'P100Y',
    bewaartermijnToelichting: 'Permanent (zolang u leeft), zodat uw diploma aantoonbaar blijft.',
    bron: 'duo',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'diplomaregister',
  },
  // --- RDW
  spontaan(
    'rdw-brp',
    'rdw',
    'Wet BRP art. 3.3; Wegenverkeerswet 1994 art. 43',
    'Het kentekenregister op het juiste adres houden.',
  ),
  {
    key: 'rdw-tenaamstelling',
    organisatie: 'rdw',
    naam: 'Kentekenregistratie (tenaamstelling)',
    handeling: 'Kenteken op naam zetten',
    doel: 'Vastleggen wie houder is van een voertuig.',
    grondslag: 'Wegenverkeerswet 1994 art. 42 en 43; Kentekenreglement',
    legalBasis: ['LegalObligation'],
    operations: ['Store', 'Organise'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'voertuig', 'kenteken'],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar na het einde van de tenaamstelling.',
    bron: 'rdw',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    systeem: 'kentekenregister',
  },
  {
    key: 'rdw-apk',
    organisatie: 'rdw',
    naam: 'Registratie van de APK-keuring',
    handeling: 'APK-keuring registreren',
    doel: 'Vastleggen dat uw voertuig is goedgekeurd en u herinneren aan de vervaldatum.',
    grondslag: 'Wegenverkeerswet 1994 art. 72 en 79',
    legalBasis: ['LegalObligation'],
    operations: ['Store', 'Use'],
    categorieen: ['naam', 'adres', 'voertuig', 'kenteken'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar.',
    bron: 'rdw',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'apk-registratie',
  },
  {
    key: 'rdw-verzekeringscontrole',
    organisatie: 'rdw',
    naam: 'Controle WA-verzekering',
    handeling: 'WA-verzekering controleren',
    doel: 'Nagaan of elk voertuig met een kenteken verzekerd is.',
    grondslag: 'Wet aansprakelijkheidsverzekering motorrijtuigen art. 2 en 30',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['kenteken', 'voertuig'],
    bewaartermijn: 'P2Y',
    bewaartermijnToelichting: '2 jaar.',
    bron: 'rdw',
    verstrekkingswijze: 'selectie',
    uitvoering: 'systeem',
    systeem: 'wam-controle',
  },
  // --- CJIB, police (routine), confidential investigation and intelligence
  {
    key: 'cjib-inning',
    organisatie: 'cjib',
    naam: 'Inning van een verkeersboete',
    handeling: 'Kentekenhouder en adres opvragen',
    doel: 'Een verkeersboete naar de kentekenhouder sturen en innen.',
    grondslag: 'Wet administratiefrechtelijke handhaving verkeersvoorschriften (Wahv) art. 4 en 5',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'adres', 'kenteken', 'boete'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar na betaling.',
    bron: 'rdw',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'systeem',
    systeem: 'wahv-inning',
  },
  {
    key: 'cjib-brp',
    organisatie: 'cjib',
    naam: 'Adres opvragen voor een beschikking',
    handeling: 'Adres opvragen in de BRP',
    doel: 'De beschikking of aanmaning naar uw actuele adres sturen.',
    grondslag: 'Wet BRP art. 3.3; Wahv art. 4',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain'],
    categorieen: ['naam', 'adres', 'geboortedatum'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar na betaling.',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'systeem',
    systeem: 'wahv-inning',
  },
  {
    key: 'politie-identiteit',
    organisatie: 'politie',
    naam: 'Vaststellen van de identiteit',
    handeling: 'Identiteit controleren',
    doel: 'Bij een controle of melding vaststellen wie u bent.',
    grondslag: 'Politiewet 2012 art. 8a; Wet politiegegevens art. 8',
    legalBasis: ['LegalObligation', 'OfficialAuthorityOfController'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'reisdocument'],
    bewaartermijn: 'P1Y',
    bewaartermijnToelichting: '1 jaar (Wet politiegegevens art. 8).',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    systeem: 'politie-bevragingen',
  },
  {
    key: 'politie-opsporing',
    organisatie: 'politie',
    naam: 'Opsporing in een strafrechtelijk onderzoek',
    handeling: 'Gegevens raadplegen in onderzoek',
    doel: 'Opsporing van strafbare feiten.',
    grondslag: 'Wet politiegegevens art. 9; Wetboek van Strafvordering',
    legalBasis: ['LegalObligation', 'OfficialAuthorityOfController'],
    operations: ['Obtain', 'Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'nationaliteit'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar (Wet politiegegevens art. 9).',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    vertrouwelijk: true,
    systeem: 'politie-onderzoek',
  },
  {
    key: 'politie-kentekenonderzoek',
    organisatie: 'politie',
    naam: 'Kentekenonderzoek in een strafrechtelijk onderzoek',
    handeling: 'Kentekenhouder opvragen',
    doel: 'Opsporing van strafbare feiten.',
    grondslag: 'Wet politiegegevens art. 9; Wegenverkeerswet 1994 art. 42a',
    legalBasis: ['LegalObligation', 'OfficialAuthorityOfController'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'adres', 'voertuig', 'kenteken'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar (Wet politiegegevens art. 9).',
    bron: 'rdw',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    vertrouwelijk: true,
    systeem: 'politie-onderzoek',
  },
  {
    key: 'aivd-onderzoek',
    organisatie: 'aivd',
    naam: 'Onderzoek door de inlichtingen- en veiligheidsdienst',
    handeling: 'Gegevens verwerven',
    doel: 'Bescherming van de nationale veiligheid.',
    grondslag: 'Wet op de inlichtingen- en veiligheidsdiensten 2017 art. 39',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Obtain', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'nationaliteit'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: 'Zolang nodig voor het doel (Wiv 2017 art. 20).',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    vertrouwelijk: true,
    systeem: 'aivd',
  },
  {
    key: 'fiod-opsporing',
    organisatie: 'fiod',
    naam: 'Opsporing van fiscale fraude',
    handeling: 'Fiscale gegevens raadplegen',
    doel: 'Opsporing van fiscale en financiële fraude.',
    grondslag: 'Wet op de bijzondere opsporingsdiensten art. 4; Algemene wet inzake rijksbelastingen art. 43c',
    legalBasis: ['LegalObligation', 'OfficialAuthorityOfController'],
    operations: ['Obtain', 'Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'inkomen', 'onderneming'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar (Wet justitiële en strafvorderlijke gegevens).',
    bron: 'bri',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    vertrouwelijk: true,
    systeem: 'fiod-onderzoek',
  },
  // --- Notaries, Kadaster, KVK, CBS
  {
    key: 'notaris-west-brp',
    organisatie: 'notaris-west',
    naam: 'Opvragen van persoonsgegevens voor een akte',
    handeling: 'Persoonsgegevens opvragen',
    doel: 'Uw identiteit en burgerlijke staat vaststellen voor een notariële akte (koop, hypotheek, testament).',
    grondslag: 'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Wet op het notarisambt art. 39',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'geboortedatum', 'adres', 'burgerlijke staat'],
    bewaartermijn: 'P20Y',
    bewaartermijnToelichting: 'Minimaal 20 jaar (Wet op het notarisambt: protocol van akten).',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    systeem: 'knb-brp-netwerk',
  },
  {
    key: 'notaris-oost-brp',
    organisatie: 'notaris-oost',
    naam: 'Opvragen van persoonsgegevens voor een akte',
    handeling: 'Persoonsgegevens opvragen',
    doel: 'Uw identiteit en burgerlijke staat vaststellen voor een notariële akte (koop, hypotheek, testament).',
    grondslag: 'Wet BRP art. 3.6 jo. Besluit BRP (bijlage derden); Wet op het notarisambt art. 39',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['naam', 'geboortedatum', 'adres', 'burgerlijke staat'],
    bewaartermijn: 'P20Y',
    bewaartermijnToelichting: 'Minimaal 20 jaar (Wet op het notarisambt: protocol van akten).',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    systeem: 'knb-brp-netwerk',
  },
  {
    key: 'kadaster-inschrijving',
    organisatie: 'kadaster',
    naam: 'Inschrijving in de openbare registers',
    handeling: 'Akte inschrijven',
    doel: 'Eigendom en andere rechten op onroerend goed openbaar vastleggen.',
    grondslag: 'Kadasterwet art. 3 en 8; Burgerlijk Wetboek boek 3 art. 16 e.v.',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Store', 'Organise'],
    categorieen: ['naam', 'geboortedatum', 'adres', 'eigendom onroerend goed'],
    bewaartermijn: 'P100Y',
    bewaartermijnToelichting: 'Permanent: de openbare registers zijn blijvend.',
    bron: 'brk',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    systeem: 'brk-registratie',
  },
  {
    key: 'kadaster-inzage',
    organisatie: 'kadaster',
    naam: 'Verstrekking uit de openbare registers',
    handeling: 'Kadastraal bericht verstrekken',
    doel: 'Iedereen die daarom vraagt inzage geven in wie eigenaar is (openbaar register).',
    grondslag: 'Kadasterwet art. 107',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Disclose'],
    categorieen: ['naam', 'eigendom onroerend goed'],
    bewaartermijn: 'P1Y',
    bewaartermijnToelichting: '1 jaar (logging van de verstrekking).',
    bron: 'brk',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'systeem',
    systeem: 'kadaster-online',
  },
  {
    key: 'kvk-registratie',
    organisatie: 'kvk',
    naam: 'Inschrijving en wijziging in het Handelsregister',
    handeling: 'Handelsregister bijwerken',
    doel: 'Ondernemingen en hun eigenaren openbaar registreren.',
    grondslag: 'Handelsregisterwet 2007 art. 2 en 9',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Store', 'Organise'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'onderneming'],
    bewaartermijn: 'P10Y',
    bewaartermijnToelichting: '10 jaar na uitschrijving.',
    bron: 'kvk',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    systeem: 'handelsregister',
  },
  {
    key: 'kvk-verstrekking',
    organisatie: 'kvk',
    naam: 'Verstrekking uit het Handelsregister',
    handeling: 'Uittreksel verstrekken',
    doel: 'Iedereen die daarom vraagt laten zien met wie hij zaken doet (openbaar register).',
    grondslag: 'Handelsregisterwet 2007 art. 21 en 22',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Disclose'],
    categorieen: ['naam', 'onderneming'],
    bewaartermijn: 'P1Y',
    bewaartermijnToelichting: '1 jaar (logging van de verstrekking).',
    bron: 'kvk',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'systeem',
    systeem: 'kvk-api',
  },
  {
    key: 'cbs-statistiek',
    organisatie: 'cbs',
    naam: 'Samenstellen van officiële statistieken',
    handeling: 'Gegevens voor statistiek ontvangen',
    doel: 'Statistieken maken over de bevolking, inkomen en werk; nooit over u als persoon.',
    grondslag: 'Wet op het Centraal bureau voor de statistiek art. 33',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Obtain', 'Transform'],
    categorieen: ['geboortedatum', 'geslacht', 'adres', 'inkomen', 'dienstverband'],
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: 'Zolang nodig voor de statistiek; direct gepseudonimiseerd.',
    bron: 'brp',
    verstrekkingswijze: 'selectie',
    uitvoering: 'systeem',
    systeem: 'cbs-microdata',
  },
];

/** Processing per municipality: the same kind of activity, each municipality its own controller. */
const GEMEENTE_ACTIVITEITEN: Array<Omit<Input, 'organisatie'>> = [
  {
    key: 'reisdocument',
    naam: 'Aanvraag en uitgifte van een paspoort of identiteitskaart',
    handeling: 'Reisdocument aanvragen',
    doel: 'Uw paspoort of identiteitskaart maken en uitreiken.',
    grondslag: 'Paspoortwet art. 26 en 40; Paspoortuitvoeringsregeling Nederland 2001',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use', 'Store'],
    categorieen: [
      'naam',
      'burgerservicenummer',
      'geboortedatum',
      'nationaliteit',
      'adres',
      'reisdocument',
      'pasfoto en vingerafdrukken',
    ],
    bewaartermijn: 'P11Y',
    bewaartermijnToelichting: '11 jaar (aanvraagdossier); vingerafdrukken alleen tot de uitreiking.',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    systeem: 'reisdocumentenstation',
  },
  {
    key: 'rijbewijs',
    naam: 'Aanvraag van een rijbewijs',
    handeling: 'Rijbewijs aanvragen',
    doel: 'Uw rijbewijs aanvragen bij de RDW en uitreiken.',
    grondslag: 'Wegenverkeerswet 1994 art. 107 en 116; Reglement rijbewijzen',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use', 'Transfer'],
    categorieen: ['naam', 'burgerservicenummer', 'geboortedatum', 'adres', 'rijbewijs', 'pasfoto en vingerafdrukken'],
    bewaartermijn: 'P11Y',
    bewaartermijnToelichting: '11 jaar.',
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    ontvangers: ['rdw'],
    systeem: 'rijbewijzenloket',
  },
  {
    key: 'uittreksel',
    naam: 'Uittreksel uit de BRP voor uzelf',
    handeling: 'Uittreksel maken',
    doel: 'U een uittreksel of verklaring geven op uw eigen verzoek.',
    grondslag: 'Wet BRP art. 2.55',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Disclose'],
    categorieen: ['naam', 'geboortedatum', 'adres', 'nationaliteit', 'burgerlijke staat'],
    ...BRP_PROTOCOL,
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    systeem: 'burgerzaken',
  },
  {
    key: 'bijhouding',
    naam: 'Bijhouden van de persoonslijst (burgerzaken)',
    handeling: 'Persoonslijst bijwerken',
    doel: 'Uw gegevens in de BRP actueel houden na een verhuizing, huwelijk, geboorte of overlijden.',
    grondslag: 'Wet BRP art. 2.1, 2.38 en 2.39',
    legalBasis: ['LegalObligation'],
    operations: ['Store', 'Organise'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'burgerlijke staat', 'kinderen', 'overlijden'],
    ...BRP_PROTOCOL,
    bron: 'brp',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    naOverlijden: true,
    systeem: 'burgerzaken',
  },
  {
    key: 'adrescontrole',
    naam: 'Adrescontrole bij inschrijving (BAG)',
    handeling: 'Adres controleren in de BAG',
    doel: 'Nagaan of het adres bestaat en geschikt is voor bewoning.',
    grondslag: 'Wet BRP art. 2.41; Wet basisregistratie adressen en gebouwen',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use'],
    categorieen: ['adres'],
    ...BRP_PROTOCOL,
    bron: 'bag',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'burgerzaken',
  },
  {
    key: 'archivering',
    naam: 'Archiveren van de persoonslijst na overlijden',
    handeling: 'Persoonslijst archiveren',
    doel: 'De persoonslijst van een overleden persoon opschorten en bewaren.',
    grondslag: 'Wet BRP art. 2.3 en 2.4; Archiefwet 1995',
    legalBasis: ['LegalObligation'],
    operations: ['Store'],
    categorieen: ['naam', 'burgerservicenummer', 'overlijden'],
    bewaartermijn: 'P100Y',
    bewaartermijnToelichting: 'Blijvend (Archiefwet).',
    bron: 'brp',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    naOverlijden: true,
    systeem: 'burgerzaken',
  },
  {
    key: 'adresonderzoek',
    naam: 'Onderzoek naar uw woonadres',
    handeling: 'Adresonderzoek uitvoeren',
    doel: 'Nagaan of u echt woont waar u staat ingeschreven.',
    grondslag: 'Wet BRP art. 2.8 en 2.39; Landelijke Aanpak Adreskwaliteit',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'adres', 'burgerlijke staat'],
    ...BRP_PROTOCOL,
    bron: 'brp',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'mens',
    systeem: 'burgerzaken',
  },
  {
    key: 'woz',
    naam: 'Waardebepaling en WOZ-beschikking',
    handeling: 'WOZ-waarde bepalen',
    doel: 'De WOZ-waarde van uw woning bepalen en u een beschikking sturen.',
    grondslag: 'Wet waardering onroerende zaken art. 22 en 29',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store', 'Transform'],
    categorieen: ['naam', 'adres', 'eigendom onroerend goed', 'WOZ-waarde'],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar (fiscale bewaarplicht).',
    bron: 'woz',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'woz-administratie',
  },
  {
    key: 'belastingen',
    naam: 'Heffing onroerendezaakbelasting en afvalstoffenheffing',
    handeling: 'Gemeentelijke aanslag opleggen',
    doel: 'Gemeentelijke belastingen heffen.',
    grondslag: 'Gemeentewet art. 220 en 229; Wet milieubeheer art. 15.33',
    legalBasis: ['LegalObligation'],
    operations: ['Use', 'Store'],
    categorieen: ['naam', 'adres', 'eigendom onroerend goed', 'WOZ-waarde'],
    bewaartermijn: 'P7Y',
    bewaartermijnToelichting: '7 jaar (fiscale bewaarplicht).',
    bron: 'brk',
    verstrekkingswijze: 'intern',
    uitvoering: 'systeem',
    systeem: 'gemeentebelastingen',
  },
  {
    key: 'parkeerhandhaving',
    naam: 'Parkeercontrole met de scanauto',
    handeling: 'Parkeerrecht controleren',
    doel: 'Controleren of voor een geparkeerd voertuig is betaald of een vergunning geldt.',
    grondslag: 'Gemeentewet art. 225 en 234 (parkeerbelasting); Algemene wet inzake rijksbelastingen',
    legalBasis: ['LegalObligation', 'PublicInterest'],
    operations: ['Obtain', 'Use'],
    categorieen: ['kenteken'],
    bewaartermijn: 'P2D',
    bewaartermijnToelichting: 'Direct verwijderd als er is betaald; anders tot de naheffing is afgehandeld.',
    bron: 'rdw',
    verstrekkingswijze: 'adhoc',
    uitvoering: 'systeem',
    systeem: 'parkeerscan',
  },
  {
    key: 'bijstand',
    naam: 'Uitvoering van de bijstand',
    handeling: 'Recht op bijstand toetsen',
    doel: 'Uw recht op bijstand vaststellen en de uitkering betalen.',
    grondslag: 'Participatiewet art. 17 en 64; Wet SUWI art. 62',
    legalBasis: ['LegalObligation'],
    operations: ['Obtain', 'Use', 'Store'],
    categorieen: ['naam', 'burgerservicenummer', 'adres', 'inkomen', 'uitkering', 'burgerlijke staat'],
    bewaartermijn: 'P10Y',
    bewaartermijnToelichting: '10 jaar na de laatste betaling.',
    bron: 'uwv',
    verstrekkingswijze: 'intern',
    uitvoering: 'gemengd',
    systeem: 'sociaal-domein',
  },
];

/**
 * Supervision and audit (issue 15): an auditor who reveals the person behind a pseudonym
 * processes that person's data, so the reveal is logged in the person's own processing log
 * under one of these activities. CTIVD supervision of the intelligence services is
 * confidential, like the processing it supervises. Appended last so existing indices stay put.
 */
const TOEZICHT: Omit<
  Input,
  'bron' | 'verstrekkingswijze' | 'uitvoering' | 'operations' | 'categorieen' | 'legalBasis' | 'handeling'
>[] = [
  {
    key: 'ap-toezicht',
    organisatie: 'ap',
    naam: 'Toezicht op het gebruik van persoonsgegevens (toezicht/audit)',
    doel: 'Controleren of een organisatie uw gegevens gebruikt zoals de wet het toestaat, bijvoorbeeld na een klacht. Daarvoor keek een medewerker van de toezichthouder wie u bent.',
    grondslag: 'AVG art. 57 en 58; Uitvoeringswet AVG art. 6',
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar na het einde van het onderzoek (aanname van deze testomgeving).',
    systeem: 'ap-toezichtsdossier',
  },
  {
    key: 'ctivd-toezicht',
    organisatie: 'ctivd',
    naam: 'Toezicht op de inlichtingen- en veiligheidsdiensten (toezicht/audit)',
    doel: 'Controleren of de inlichtingen- en veiligheidsdiensten zich aan de wet houden.',
    grondslag: 'Wet op de inlichtingen- en veiligheidsdiensten 2017 (toezicht door de CTIVD)',
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: 'Zolang nodig voor het toezicht (aanname van deze testomgeving).',
    systeem: 'ctivd-toezicht',
    vertrouwelijk: true,
  },
  {
    key: 'rvig-privacycontrole',
    organisatie: 'rvig',
    naam: 'Controle door de functionaris gegevensbescherming (toezicht/audit)',
    doel: 'Controleren of de Rijksdienst voor Identiteitsgegevens uw gegevens goed gebruikt en alleen doorgeeft aan wie dat mag. Daarvoor keek de controleur wie u bent.',
    grondslag: 'AVG art. 38 en 39',
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar na het einde van de controle (aanname van deze testomgeving).',
    systeem: 'rvig-privacycontrole',
  },
  {
    key: 'gemeente-0599:fg-controle',
    organisatie: 'gemeente-0599',
    naam: 'Controle door de functionaris gegevensbescherming (toezicht/audit)',
    doel: 'Controleren of de gemeente uw gegevens goed gebruikt, bijvoorbeeld na een klacht. Daarvoor keek de functionaris gegevensbescherming wie u bent.',
    grondslag: 'AVG art. 38 en 39',
    bewaartermijn: 'P5Y',
    bewaartermijnToelichting: '5 jaar na het einde van de controle (aanname van deze testomgeving).',
    systeem: 'fg-dossier',
  },
];
const toezicht = (a: (typeof TOEZICHT)[number]): Input => ({
  ...a,
  handeling: 'Identiteit bekeken voor toezicht',
  legalBasis: ['LegalObligation', 'OfficialAuthorityOfController'],
  operations: ['Use'],
  categorieen: ['naam', 'burgerservicenummer'],
  bron: 'brp',
  // A one-off look-up of one person, in the citizen's own words "eenmalige opvraging".
  verstrekkingswijze: 'adhoc',
  uitvoering: 'mens',
});

function complete(input: Input): Verwerkingsactiviteit {
  return {
    ...input,
    id: uuidVoor(`activity:${input.key}`),
    ontvangers: input.ontvangers ?? [input.organisatie],
    vertrouwelijk: input.vertrouwelijk ?? false,
    naOverlijden: input.naOverlijden ?? false,
  };
}

/**
 * All activities; an event stores its activity as an index into this array. Order is
 * fixed (national first, then per municipality), so indices are stable across runs.
 */
export const ACTIVITIES: readonly Verwerkingsactiviteit[] = [
  ...LANDELIJKE_ACTIVITEITEN.map(complete),
  ...GEMEENTEN.flatMap(([code]) =>
    GEMEENTE_ACTIVITEITEN.map((a) => {
      const org = `gemeente-${code}`;
      return complete({
        ...a,
        key: `${org}:${a.key}`,
        organisatie: org,
        ontvangers: a.ontvangers ? [org, ...a.ontvangers] : [org],
      });
    }),
  ),
  ...TOEZICHT.map((a) => complete(toezicht(a))),
];

const indexByKey = new Map(ACTIVITIES.map((a, i) => [a.key, i]));
const indexById = new Map(ACTIVITIES.map((a, i) => [a.id, i]));
/** Whether each activity (by index) is confidential: a typed column for fast filtering. */
export const CONFIDENTIAL_BY_INDEX: Uint8Array = Uint8Array.from(ACTIVITIES, (a) => (a.vertrouwelijk ? 1 : 0));

/** Index of an activity by key (`svb-aow`, `gemeente-0518:reisdocument`); throws for an unknown key (a programming error). */
export function activityIndex(key: string): number {
  const i = indexByKey.get(key);
  if (i === undefined) throw new Error(`Unknown processing activity ${key}`);
  return i;
}

// ---------------------------------------------------------------------------------------
// Registers and versions

/**
 * Each organisation keeps its own register (LDV: "Een Register bevat statische informatie
 * over Verwerkingsactiviteiten die voorkomen bij een Verantwoordelijke"). The gateway serves
 * them all under one base, one register per organisation: `{REGISTER_BASE}{entityId}/…`
 * (mocks/contracts/ldv-gateway.yaml). A log record's `dpl.core.processing_activity_id` points
 * at the *version* of the activity in force when it happened.
 */
export const REGISTER_BASE = 'https://mijn-gegevens.example/api/rvva/';

const organisatieIdByKey = (key: string) => organisatieByKey.get(key)?.id ?? '';

/** The RvVA entity of an organisation, in its own register. */
export const entityUri = (entityId: string): string => `${REGISTER_BASE}${entityId}/entities/${entityId}`;

/** The register URI of an activity, or of one of its versions. */
export function activityUri(a: Verwerkingsactiviteit, version?: number): string {
  return `${REGISTER_BASE}${organisatieIdByKey(a.organisatie)}/processing_activities/${a.id}${version ? `/versions/${version}` : ''}`;
}

const URI = /\/rvva\/([0-9a-f-]{36})\/processing_activities\/([0-9a-f-]{36})(?:\/versions\/(\d+))?$/i;

/** Register, activity and version of a register URI (undefined for anything else). */
export function parseActivityUri(
  uri: string,
): { registerId: string; activityId: string; version: number | undefined } | undefined {
  const m = URI.exec(uri);
  return m
    ? { registerId: m[1]!.toLowerCase(), activityId: m[2]!.toLowerCase(), version: m[3] ? Number(m[3]) : undefined }
    : undefined;
}

/** An activity by uuid, by register URI (of the activity or a version), or by key. */
export function findActivity(idOrUri: string): Verwerkingsactiviteit | undefined {
  const parsed = parseActivityUri(idOrUri);
  if (parsed) {
    const a = ACTIVITIES[indexById.get(parsed.activityId) ?? -1];
    // A URI into the wrong organisation's register names no activity.
    return a && organisatieIdByKey(a.organisatie) === parsed.registerId ? a : undefined;
  }
  const i = indexById.get(idOrUri) ?? indexByKey.get(idOrUri);
  return i === undefined ? undefined : ACTIVITIES[i];
}

/** The first version of every activity is valid from this moment. */
export const VALID_FROM = '2020-01-01T00:00:00Z';

/** What a register version may say differently from the current one. */
export type VersieVelden = Pick<
  Verwerkingsactiviteit,
  'naam' | 'doel' | 'grondslag' | 'legalBasis' | 'bewaartermijn' | 'bewaartermijnToelichting'
>;
export type Versie = VersieVelden & { version: number; validFrom: string };

/**
 * Register history: the earlier versions of a few activities, newest last. The current
 * definition above is the latest version; a record points at the version in force at its
 * start. These changes are edits of the register (a more precise article, a shorter
 * retention, a purpose in plainer words), not claims about when a law changed.
 */
const HISTORIE: Readonly<Record<string, ReadonlyArray<Partial<VersieVelden> & { tot: string }>>> = {
  // The legal basis changed: from public interest alone to a legal obligation, citing both articles.
  'kvk-verstrekking': [
    { tot: '2025-01-01T00:00:00Z', grondslag: 'Handelsregisterwet 2007 art. 21', legalBasis: ['PublicInterest'] },
  ],
  'cbs-statistiek': [{ tot: '2024-07-01T00:00:00Z', doel: 'Statistieken maken over de bevolking.' }],
  // Per municipality (key suffix): scan data kept shorter since mid-2025.
  ':parkeerhandhaving': [
    {
      tot: '2025-06-01T00:00:00Z',
      bewaartermijn: 'P7D',
      bewaartermijnToelichting: '7 dagen, daarna verwijderd als er is betaald.',
    },
  ],
};

function historieVan(a: Verwerkingsactiviteit) {
  return HISTORIE[a.key] ?? HISTORIE[a.key.slice(a.key.indexOf(':'))] ?? [];
}

/** Every version of an activity, oldest first; the last is the current definition. */
export function versionsOf(a: Verwerkingsactiviteit): Versie[] {
  const current: VersieVelden = {
    naam: a.naam,
    doel: a.doel,
    grondslag: a.grondslag,
    legalBasis: a.legalBasis,
    bewaartermijn: a.bewaartermijn,
    bewaartermijnToelichting: a.bewaartermijnToelichting,
  };
  const out: Versie[] = [];
  let validFrom = VALID_FROM;
  for (const [i, { tot, ...changed }] of historieVan(a).entries()) {
    out.push({ ...current, ...changed, version: i + 1, validFrom });
    validFrom = tot;
  }
  out.push({ ...current, version: out.length + 1, validFrom });
  return out;
}

/** Per activity (by index): version start times, for a typed lookup per event. */
const VERSION_STARTS: ReadonlyArray<readonly number[]> = ACTIVITIES.map((a) =>
  versionsOf(a).map((v) => Date.parse(v.validFrom)),
);

/** The version number in force at `t` (ms). */
export function versionAt(activity: number, t: number): number {
  const starts = VERSION_STARTS[activity] ?? [0];
  let version = 1;
  for (let v = 0; v < starts.length; v++) if ((starts[v] ?? 0) <= t) version = v + 1;
  return version;
}

/**
 * Pure: is this activity (uuid, register URI, key or index) confidential? Unknown ids are
 * treated as confidential, so a typo can only hide a record, never leak one.
 */
export function isConfidential(activityId: string | number): boolean {
  if (typeof activityId === 'number') return CONFIDENTIAL_BY_INDEX[activityId] !== 0;
  return findActivity(activityId)?.vertrouwelijk ?? true;
}
