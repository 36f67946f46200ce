import type { RegistryId } from './registry-view';

/**
 * The rule table: for each registry and kind of field, what a citizen can do when it is wrong
 * (the remedy), with which organisation, within which term, on which legal basis, and which
 * data categories the field is (for the recipients who must hear of a correction, GDPR art.
 * 19). The "Klopt dit niet?" link, the route page, the choice of zaaktype when filing, the
 * art. 19 list and the tests all read this one table. Sources and what could not be verified:
 * docs/legal/remedies.md.
 *
 * A registry definition (issue 18's `defineRegistry({ …, remedy })`) can point at its rows:
 * rows are plain data keyed by registry, with a field pattern and an optional kind hint.
 *
 * A GDPR correction (art. 16) is for a wrong fact. Data that is itself a decision has its own
 * remedy: the WOZ value is a beschikking (bezwaar), income follows the tax assessment (bezwaar)
 * or the employer's payroll return (the employer corrects it), a benefit is a decision
 * (bezwaar), the trade register is what the registrant reported (a change is an opgave).
 */

/** What the citizen can do; `inApp` ones are filed here as a ZGW zaak, the others are explained. */
export const remedyIds = ['correctie', 'bezwaar', 'loonaangifte', 'opgave'] as const;
export type RemedyId = (typeof remedyIds)[number];

/**
 * Who acts on it: the registry's holder (named by the gateway, `/bronhouders`), or a party named
 * on the row itself (the employer, the benefit payer, the pension fund).
 */
export type RemedyParty = 'houder' | 'werkgever' | 'uitkeringsinstantie' | 'pensioenfonds';

export type RemedyTerm =
  /** The holder decides within `duur` from receipt; `verlenging` is the most the law allows (null: none). */
  | { soort: 'beslistermijn'; duur: 'P4W' | 'P1M'; verlenging: 'P8W' | 'P2M' | null }
  /** The citizen lodges it within six weeks from the day after the decision was sent (Awb 6:7, 6:8). */
  | { soort: 'bezwaartermijn' }
  /** No statutory term for the citizen (the other party corrects its own filing). */
  | { soort: 'geen' };

export type Remedy = {
  id: RemedyId;
  inApp: boolean;
  party: RemedyParty;
  term: RemedyTerm;
  /** Where the law says so, as a citizen can look it up (Dutch citations, shown as they are). */
  legalBasis: readonly string[];
};

/** Kinds of field, per registry, as far as the remedy differs. */
export const fieldKinds = [
  'brp-staat',
  'brp-nationaliteit',
  'brp-verblijfplaats',
  'brp-overig',
  'bag-adres',
  'brk-registratie',
  'woz-waarde',
  'woz-object',
  'rdw-voertuig',
  'kvk-inschrijving',
  'bri-aanslag',
  'bri-loongegevens',
  'bri-aangifte',
  'uwv-dienstbetrekking',
  'uwv-uitkering',
  'uwv-pensioen',
  'uwv-polis',
  'duo-diploma',
] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** What a registry view can tell about one field or row beyond its id: the kind and the party named on it. */
export type RemedyContext = { kind?: FieldKind; partij?: string };

/** Only BRP data on civil status or nationality has its own zaaktype (an extension of eight weeks). */
export type Gegevenssoort = 'staat-nationaliteit';

export type RemedyRule = {
  registry: RegistryId;
  /** Field ids this row is for (the first matching row wins); rows with a kind hint match on the hint. */
  match: RegExp;
  kind: FieldKind;
  /** In the order to offer them: the route that fits this kind of data first. */
  remedies: readonly Remedy[];
  /** For the in-app correction: the holder's zaaktype for this kind of data. */
  gegevenssoort?: Gegevenssoort;
  /**
   * GDPR art. 19: the data categories of this field, in the words of the processing-activities
   * registers. Empty when no category fits: the recipients of the whole registry are shown then,
   * and the page says so.
   */
  dataCategories: readonly string[];
};

// ---------------------------------------------------------------------------------------
// The remedies

const AVG_CORRECTIE = ['AVG artikel 16', 'AVG artikel 12 lid 3'] as const;
const BEZWAAR = ['Algemene wet bestuursrecht artikel 6:7 en 6:8', 'Algemene termijnenwet'] as const;

const correctie = (
  legalBasis: readonly string[],
  term: RemedyTerm = { soort: 'beslistermijn', duur: 'P1M', verlenging: 'P2M' },
): Remedy => ({
  id: 'correctie',
  inApp: true,
  party: 'houder',
  term,
  legalBasis,
});
const bezwaar = (party: RemedyParty, extra: readonly string[]): Remedy => ({
  id: 'bezwaar',
  inApp: false,
  party,
  term: { soort: 'bezwaartermijn' },
  legalBasis: [...BEZWAAR, ...extra],
});
const loonaangifte = (party: RemedyParty): Remedy => ({
  id: 'loonaangifte',
  inApp: false,
  party,
  term: { soort: 'geen' },
  legalBasis: ['Wet op de loonbelasting 1964 (loonaangifte)', 'Wet SUWI (polisadministratie)'],
});

/**
 * BRP: a request to the municipality of registration (Wet BRP art. 2.58), four weeks. The
 * GDPR month is never earlier, so four weeks is the term. Civil status and nationality may be
 * extended by eight weeks (Wet GBA art. 82; conservative reading, docs/legal/remedies.md).
 */
const BRP_STAAT = [
  correctie(['Wet BRP artikel 2.58', 'Wet GBA artikel 82', ...AVG_CORRECTIE], {
    soort: 'beslistermijn',
    duur: 'P4W',
    verlenging: 'P8W',
  }),
];
const BRP_OVERIG = [
  correctie(['Wet BRP artikel 2.58', ...AVG_CORRECTIE], { soort: 'beslistermijn', duur: 'P4W', verlenging: null }),
];

const WOZ_BEZWAAR = bezwaar('houder', ['Wet waardering onroerende zaken']);
const WOZ_CORRECTIE = correctie(['Wet waardering onroerende zaken', ...AVG_CORRECTIE]);
const BRI_CORRECTIE = correctie(['Algemene wet inzake rijksbelastingen', ...AVG_CORRECTIE]);
const UWV_CORRECTIE = correctie(['Wet SUWI', ...AVG_CORRECTIE]);
const KVK_OPGAVE: Remedy = {
  id: 'opgave',
  inApp: false,
  party: 'houder',
  term: { soort: 'geen' },
  legalBasis: ['Handelsregisterwet 2007'],
};

const rule = (
  registry: RegistryId,
  match: RegExp,
  kind: FieldKind,
  remedies: readonly Remedy[],
  dataCategories: readonly string[],
  gegevenssoort?: Gegevenssoort,
): RemedyRule => ({ registry, match, kind, remedies, dataCategories, ...(gegevenssoort ? { gegevenssoort } : {}) });

/** Every field id (a registry's last row). */
const ANY = /^/;
/** No field id: the row is found by the kind the view gives (the source of an income, a job or a benefit). */
const BY_HINT = /(?!)/;

/** Rows in order: per registry the first matching row wins; every registry ends with a catch-all. */
export const REMEDY_RULES: readonly RemedyRule[] = [
  // BRP: field ids as the BRP page makes them (naam.voornamen, partners.0.naam, verblijfplaats.adres …).
  rule('brp', /^naam\./, 'brp-staat', BRP_STAAT, ['naam'], 'staat-nationaliteit'),
  rule('brp', /^geboorte\./, 'brp-staat', BRP_STAAT, ['geboortedatum'], 'staat-nationaliteit'),
  rule('brp', /^geslacht\./, 'brp-staat', BRP_STAAT, ['geslacht'], 'staat-nationaliteit'),
  rule('brp', /^(partners|ouders)\./, 'brp-staat', BRP_STAAT, ['burgerlijke staat'], 'staat-nationaliteit'),
  rule('brp', /^kinderen\./, 'brp-staat', BRP_STAAT, ['kinderen'], 'staat-nationaliteit'),
  rule('brp', /^overlijden\./, 'brp-staat', BRP_STAAT, ['overlijden'], 'staat-nationaliteit'),
  rule('brp', /^nationaliteit/, 'brp-nationaliteit', BRP_STAAT, ['nationaliteit'], 'staat-nationaliteit'),
  rule('brp', /^(verblijfplaats|adressering|immigratie)\./, 'brp-verblijfplaats', BRP_OVERIG, ['adres']),
  rule('brp', /^verblijfstitel\./, 'brp-overig', BRP_OVERIG, ['verblijfsrecht']),
  rule('brp', /^burgerservicenummer/, 'brp-overig', BRP_OVERIG, ['burgerservicenummer']),
  rule('brp', ANY, 'brp-overig', BRP_OVERIG, []),

  rule(
    'bag',
    ANY,
    'bag-adres',
    [correctie(['Wet basisregistraties adressen en gebouwen', ...AVG_CORRECTIE])],
    ['adres'],
  ),
  rule('brk', ANY, 'brk-registratie', [correctie(['Kadasterwet', ...AVG_CORRECTIE])], ['eigendom onroerend goed']),

  // WOZ: the value (each row of the values table) is a beschikking; object facts can be corrected.
  rule('woz', /^(waarde|peildatum|rij\.)/, 'woz-waarde', [WOZ_BEZWAAR, WOZ_CORRECTIE], ['WOZ-waarde']),
  rule('woz', ANY, 'woz-object', [WOZ_CORRECTIE, WOZ_BEZWAAR], ['WOZ-waarde']),

  rule('rdw', ANY, 'rdw-voertuig', [correctie(['Wegenverkeerswet 1994', ...AVG_CORRECTIE])], ['voertuig', 'kenteken']),

  // KVK: the registrant reports changes (opgave); a correction request is for KVK's own errors.
  rule(
    'kvk',
    ANY,
    'kvk-inschrijving',
    [KVK_OPGAVE, correctie(['Handelsregisterwet 2007', ...AVG_CORRECTIE])],
    ['onderneming'],
  ),

  // BRI: by the source of that year's income (the view gives the kind per fact and row).
  rule(
    'bri',
    BY_HINT,
    'bri-aanslag',
    [bezwaar('houder', ['Algemene wet inzake rijksbelastingen']), BRI_CORRECTIE],
    ['inkomen'],
  ),
  rule('bri', BY_HINT, 'bri-loongegevens', [loonaangifte('werkgever'), BRI_CORRECTIE], ['inkomen']),
  rule('bri', ANY, 'bri-aangifte', [BRI_CORRECTIE], ['inkomen']),

  // UWV: by the row (a job, a benefit, a pension).
  rule(
    'uwv',
    BY_HINT,
    'uwv-dienstbetrekking',
    [loonaangifte('werkgever'), UWV_CORRECTIE],
    ['dienstverband', 'inkomen'],
  ),
  rule('uwv', BY_HINT, 'uwv-uitkering', [bezwaar('uitkeringsinstantie', []), UWV_CORRECTIE], ['uitkering']),
  rule('uwv', BY_HINT, 'uwv-pensioen', [loonaangifte('pensioenfonds'), UWV_CORRECTIE], ['pensioen']),
  rule('uwv', ANY, 'uwv-polis', [UWV_CORRECTIE], ['dienstverband', 'inkomen', 'uitkering']),

  rule('duo', ANY, 'duo-diploma', [correctie(AVG_CORRECTIE)], ['diploma']),
];

/**
 * The row for one field: by the kind the view gave it (`hint`), else by the field id. Every
 * registry has a catch-all row, so there is always an answer.
 */
export function remedyRule(registry: RegistryId, fieldId: string, hint?: FieldKind): RemedyRule {
  const rows = REMEDY_RULES.filter((r) => r.registry === registry);
  const byKind = hint ? rows.filter((r) => r.kind === hint) : [];
  const found =
    (byKind.length ? (byKind.find((r) => r.match.test(fieldId)) ?? byKind[0]) : undefined) ??
    rows.find((r) => r.match.test(fieldId));
  if (!found) throw new Error(`No remedy rule for ${registry}`);
  return found;
}

/** The remedy filed in this app for this row (there is at most one). */
export const inAppRemedy = (row: RemedyRule): Remedy | undefined => row.remedies.find((r) => r.inApp);

/**
 * Whether "Klopt dit niet?" first shows the routes: when there is any route besides the
 * in-app correction, or the data's source decides the route (income: show which it is).
 */
export const needsRoutePage = (row: RemedyRule): boolean =>
  row.remedies.length > 1 || row.registry === 'bri' || !row.remedies[0]?.inApp;
