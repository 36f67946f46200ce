import {
  registryFacts,
  registryIds,
  type RegistryCatalog,
  type RegistryId,
  type RemedyParty,
  type RemedyRow,
  type RemedySpec,
  type RemedyTerm,
} from './registries';

/**
 * The rule table: for each registry and kind of field, what a citizen can do when it is wrong
 * (the remedy), with which organisation, within which term, on which legal basis, and which
 * data categories the field is (for the recipients who must hear of a correction, GDPR art.
 * 19). The "Klopt dit niet?" link, the route page, the choice of zaaktype when filing, the
 * art. 19 list and the tests all read this one table. Sources and what could not be verified:
 * docs/legal/remedies.md.
 *
 * One table, assembled: each registry's rows are plain data in its facts file
 * (src/lib/registry-facts/<id>.ts: field pattern or kind hint, the remedies with the registry's
 * own statute, data categories); this module adds what the law gives every registry alike.
 *
 * A GDPR correction (art. 16) is for a wrong fact. Data that is itself a decision has its own
 * remedy: the WOZ value is a beschikking (bezwaar), income follows the tax assessment (bezwaar)
 * or the employer's payroll return (the employer corrects it), a benefit is a decision
 * (bezwaar), the trade register is what the registrant reported (a change is an opgave).
 */

/** What the citizen can do; `inApp` ones are filed here as a ZGW zaak, the others are explained. */
export const remedyIds = ['correctie', 'bezwaar', 'loonaangifte', 'opgave'] as const;
export type RemedyId = (typeof remedyIds)[number];

export type { RemedyParty, RemedyTerm } from './registries';

export type Remedy = {
  id: RemedyId;
  inApp: boolean;
  party: RemedyParty;
  term: RemedyTerm;
  /** Where the law says so, as a citizen can look it up (Dutch citations, shown as they are). */
  legalBasis: readonly string[];
};

/**
 * Kinds of field, per registry, as far as the remedy differs: the `kind`s of every registry's
 * rows (src/lib/registry-facts/<id>.ts), so a wrong kind in a mapper fails the typecheck.
 */
export type FieldKind = {
  [K in RegistryId]: RegistryCatalog[K] extends { remedies: ReadonlyArray<{ kind: infer Kind }> } ? Kind : never;
}[RegistryId];

/** What a registry view can tell about one field or row beyond its id: the kind and the party named on it. */
export type RemedyContext = { kind?: FieldKind; partij?: string };

export type Gegevenssoort = NonNullable<RemedyRow['gegevenssoort']>;

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
// The remedies: what is the same for every registry, added to each registry's own rows

const AVG_CORRECTIE = ['AVG artikel 16', 'AVG artikel 12 lid 3'] as const;
const BEZWAAR = ['Algemene wet bestuursrecht artikel 6:7 en 6:8', 'Algemene termijnenwet'] as const;
const LOONAANGIFTE = ['Wet op de loonbelasting 1964 (loonaangifte)', 'Wet SUWI (polisadministratie)'] as const;

/** A registry's remedy as data, with what the law gives every registry alike. */
function remedyOf(spec: RemedySpec): Remedy {
  switch (spec.id) {
    case 'correctie':
      // The GDPR month (art. 12(3)), extendable by two; a registry's own law may say otherwise (BRP).
      return {
        id: 'correctie',
        inApp: true,
        party: 'houder',
        term: spec.term ?? { soort: 'beslistermijn', duur: 'P1M', verlenging: 'P2M' },
        legalBasis: [...spec.law, ...AVG_CORRECTIE],
      };
    case 'bezwaar':
      return {
        id: 'bezwaar',
        inApp: false,
        party: spec.party ?? 'houder',
        term: { soort: 'bezwaartermijn' },
        legalBasis: [...BEZWAAR, ...spec.law],
      };
    case 'loonaangifte':
      return { id: 'loonaangifte', inApp: false, party: spec.party, term: { soort: 'geen' }, legalBasis: LOONAANGIFTE };
    case 'opgave':
      return { id: 'opgave', inApp: false, party: 'houder', term: { soort: 'geen' }, legalBasis: spec.law };
  }
}

/** Every field id (a registry's last row). */
const ANY = /^/;
/** No field id: the row is found by the kind the view gives (the source of an income, a job or a benefit). */
const BY_HINT = /(?!)/;

/**
 * Rows in order: per registry (in overview order) its rows from src/lib/registry-facts/<id>.ts,
 * where the first matching row wins and the last is a catch-all.
 */
export const REMEDY_RULES: readonly RemedyRule[] = registryIds.flatMap((registry) =>
  registryFacts[registry].remedies.map((row): RemedyRule => ({
    registry,
    match: row.match === undefined ? ANY : row.match === 'hint' ? BY_HINT : row.match,
    kind: row.kind as FieldKind,
    remedies: row.remedies.map(remedyOf),
    dataCategories: row.dataCategories,
    ...(row.gegevenssoort ? { gegevenssoort: row.gegevenssoort } : {}),
  })),
);

/** Every kind of field in the table (for parsing a kind that came through a URL or a draft). */
export const fieldKinds = [...new Set(REMEDY_RULES.map((row) => row.kind))] as [FieldKind, ...FieldKind[]];

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
