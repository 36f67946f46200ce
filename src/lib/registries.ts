/**
 * The base registries this app shows, as plain data: the one list of their ids and the facts
 * about each that the app, the gateway double (mocks/) and the tests all need. Everything else
 * about a registry lives with the registry: its query, mapper and texts in
 * src/features/registries/<id> (the BRP in src/features/brp), its double in mocks/handlers/<id>.ts.
 *
 * A leaf on purpose: no imports, no logic (docs/decisions/080-registry-definition.md). That is
 * what lets the mock layer read it without importing the app's logic; eslint keeps it a leaf.
 */

/** Every registry, in the order the overview shows them. */
export const registryIds = ['brp', 'bag', 'brk', 'woz', 'rdw', 'kvk', 'bri', 'uwv', 'duo'] as const;
export type RegistryId = (typeof registryIds)[number];

export type RegistryFacts = {
  /** URL segment of the detail page, Dutch as citizens see it: /mijn-gegevens/<slug>. */
  slug: string;
  /**
   * Registries whose answer this one needs before it can be asked: BAG and WOZ are keyed by
   * the address (the BAG ids in the BRP's verblijfplaats), not by the BSN.
   */
  dependsOn: readonly RegistryId[];
  /**
   * Colour in charts: distinguishable, ≥ 3:1 against white (WCAG 1.4.11), no two blues side by
   * side (the BRI was #007bc7 next to the BRP's #01689b).
   */
  colour: string;
  /**
   * The law that lets the holder keep the data: its Dutch title, and for English readers a
   * descriptive gloss with the Dutch title in brackets (not an official translation).
   */
  legalBasis: { nl: string; en: string };
  /** Short Dutch name in the double's own texts (the auditor's trail, a zaak's subject line). */
  label: string;
  /** What a correction is about, in a Dutch sentence: "Correctie in het <subject>". */
  subject: string;
  /**
   * Registries under our own contract (mocks/contracts/<id>.yaml) asked by
   * `POST <path> { burgerservicenummer }` (path without /api), answering `{ <listKey>: [...] }`:
   * one definition for the app's query, the double's handler and the contract test.
   */
  zoek?: { path: string; listKey: string };
};

export const registryFacts: Readonly<Record<RegistryId, RegistryFacts>> = {
  brp: {
    slug: 'persoonsgegevens',
    legalBasis: {
      nl: 'Wet basisregistratie personen (Wet BRP)',
      en: 'Personal Records Database Act (Wet BRP)',
    },
    dependsOn: [],
    colour: '#01689b',
    label: 'BRP',
    subject: 'BRP',
  },
  bag: {
    slug: 'adres',
    legalBasis: {
      nl: 'Wet basisregistratie adressen en gebouwen (Wet BAG)',
      en: 'Addresses and Buildings Register Act (Wet basisregistratie adressen en gebouwen)',
    },
    dependsOn: ['brp'],
    colour: '#8b4a6a',
    label: 'BAG',
    subject: 'BAG',
  },
  brk: {
    slug: 'eigendom',
    legalBasis: {
      nl: 'Kadasterwet',
      en: 'Cadastre Act (Kadasterwet)',
    },
    dependsOn: [],
    colour: '#39870c',
    label: 'Kadaster (BRK)',
    subject: 'BRK',
  },
  woz: {
    slug: 'woz-waarde',
    legalBasis: {
      nl: 'Wet waardering onroerende zaken (Wet WOZ)',
      en: 'Valuation of Immovable Property Act (Wet waardering onroerende zaken)',
    },
    dependsOn: ['brp'],
    colour: '#a90061',
    label: 'WOZ',
    subject: 'WOZ',
  },
  rdw: {
    slug: 'voertuigen',
    legalBasis: {
      nl: 'Wegenverkeerswet 1994 (kentekenregister)',
      en: 'Road Traffic Act 1994 (Wegenverkeerswet 1994), vehicle register',
    },
    dependsOn: [],
    colour: '#ca6100',
    label: 'RDW',
    subject: 'kentekenregister',
    zoek: { path: '/rdw/voertuigen/_zoek', listKey: 'voertuigen' },
  },
  kvk: {
    slug: 'handelsregister',
    legalBasis: {
      nl: 'Handelsregisterwet 2007',
      en: 'Trade Register Act 2007 (Handelsregisterwet 2007)',
    },
    dependsOn: [],
    colour: '#42145f',
    label: 'Handelsregister (KvK)',
    subject: 'Handelsregister',
    zoek: { path: '/kvk/inschrijvingen/_zoek', listKey: 'inschrijvingen' },
  },
  bri: {
    slug: 'inkomen',
    legalBasis: {
      nl: 'Algemene wet inzake rijksbelastingen (basisregistratie inkomen)',
      en: 'General State Taxes Act (Algemene wet inzake rijksbelastingen), income register',
    },
    dependsOn: [],
    colour: '#00756b',
    label: 'Inkomen (BRI)',
    subject: 'inkomensgegevens',
    zoek: { path: '/bri/inkomens/_zoek', listKey: 'inkomens' },
  },
  uwv: {
    slug: 'werk-en-uitkering',
    legalBasis: {
      nl: 'Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI)',
      en: 'Work and Income (Implementation Structure) Act (Wet SUWI)',
    },
    dependsOn: [],
    colour: '#6e5a00',
    label: 'UWV',
    subject: 'polisadministratie',
    zoek: { path: '/uwv/inkomstenverhoudingen/_zoek', listKey: 'inkomstenverhoudingen' },
  },
  duo: {
    slug: 'diplomas',
    legalBasis: {
      nl: 'Wet register onderwijsdeelnemers',
      en: 'Education Participants Register Act (Wet register onderwijsdeelnemers)',
    },
    dependsOn: [],
    colour: '#d52b1e',
    label: 'DUO',
    subject: 'diplomaregister',
    zoek: { path: '/duo/diplomas/_zoek', listKey: 'diplomas' },
  },
};

/** The `_zoek` endpoint of a registry that has one (throws for one that has not: a programming error). */
export function zoekOf(id: RegistryId): { path: string; listKey: string } {
  const zoek = registryFacts[id].zoek;
  if (!zoek) throw new Error(`registry ${id} has no _zoek endpoint`);
  return zoek;
}

export const isRegistryId = (value: unknown): value is RegistryId =>
  typeof value === 'string' && (registryIds as readonly string[]).includes(value);

export const registryBySlug = (slug: string): RegistryId | undefined =>
  registryIds.find((id) => registryFacts[id].slug === slug);
