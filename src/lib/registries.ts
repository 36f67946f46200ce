/**
 * The base registries this app shows, as plain data: the one list of their ids and the facts
 * about each that the app, the gateway double (mocks/) and the tests all need. Each registry's
 * facts are one file, src/lib/registry-facts/<id>.ts, found here by name: a new registry adds
 * that file and edits nothing here (issue 18). Everything else about a registry lives with the
 * registry: its query, mapper and texts in src/features/registries/<id> (the BRP in
 * src/features/brp) and src/i18n/<lang>/<id>.json, its double in mocks/handlers/<id>.ts and its
 * contract in mocks/contracts/<id>.yaml.
 *
 * A leaf on purpose: no imports, no logic beyond lookups (docs/decisions/080-registry-definition.md).
 * That is what lets the mock layer read it without importing the app's logic; eslint keeps this
 * file a leaf, and the facts files import only types from it.
 */

/**
 * The registries, by id: each src/lib/registry-facts/<id>.ts adds itself with
 *
 *   declare module '@/lib/registries' {
 *     interface RegistryCatalog { toeslagen: typeof facts }
 *   }
 *
 * so `RegistryId` is exactly the ids that have a facts file, and every `Record<RegistryId, …>`
 * in the app and the double must name a new one. An interface because only interfaces merge.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the facts files
export interface RegistryCatalog {}
export type RegistryId = keyof RegistryCatalog & string;

/** A registry's names as the citizen reads them (common:registries.<id>.* in i18n). */
export type RegistryNames = {
  /** What the data is about, short: the card's title ("Voertuigen"). */
  name: string;
  /** Who keeps it, as the citizen knows them ("RDW", "Uw gemeente"). */
  holder: string;
  /** The registry's own name ("Kentekenregister (Basisregistratie Voertuigen)"). */
  registry: string;
};

/**
 * Who acts on a remedy: the registry's holder (named by the gateway, `/bronhouders`), or a party
 * named on the row itself (the employer, the benefit payer, the pension fund).
 */
export type RemedyParty = 'houder' | 'werkgever' | 'uitkeringsinstantie' | 'pensioenfonds';

export type RemedyTerm =
  /** The holder decides within `duur` from receipt; `verlenging` is the most the law allows (null: none). */
  | { soort: 'beslistermijn'; duur: 'P4W' | 'P1M'; verlenging: 'P8W' | 'P2M' | null }
  /** The citizen lodges it within six weeks from the day after the decision was sent (Awb 6:7, 6:8). */
  | { soort: 'bezwaartermijn' }
  /** No statutory term for the citizen (the other party corrects its own filing). */
  | { soort: 'geen' };

/**
 * One remedy of a rule row, as data; src/lib/remedies.ts adds what is the same for every
 * registry (the GDPR articles of a correction, the Awb articles of an objection, the payroll
 * laws, the default terms). `law`: the registry's own statute, as a citizen can look it up.
 */
export type RemedySpec =
  | { id: 'correctie'; law: readonly string[]; term?: RemedyTerm }
  | { id: 'bezwaar'; law: readonly string[]; party?: RemedyParty }
  | { id: 'loonaangifte'; party: RemedyParty }
  | { id: 'opgave'; law: readonly string[] };

/** One row of the remedy rule table (src/lib/remedies.ts), for this registry. */
export type RemedyRow = {
  /** `<registry>-<what>`: the kind of data, as far as the remedy differs. */
  kind: string;
  /**
   * Which field ids the row is for (the first matching row wins). Absent: every field id (the
   * registry's last row). `'hint'`: no field id, only the kind the view gives the field.
   */
  match?: RegExp | 'hint';
  /** In the order to offer them: the route that fits this kind of data first. */
  remedies: readonly RemedySpec[];
  /** GDPR art. 19: the data categories, in the words of the processing-activities registers. */
  dataCategories: readonly string[];
  /** Only BRP data on civil status or nationality has its own zaaktype (an extension of eight weeks). */
  gegevenssoort?: 'staat-nationaliteit';
};

export type RegistryFacts = {
  id: string;
  /** Place on the overview and in every list of registries (ascending). */
  order: number;
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
  /** The names citizens read, both languages (B1 Dutch is the source). */
  names: { nl: RegistryNames; en: RegistryNames };
  /**
   * Who holds the data in the double's catalogue: a national body (its stable key and Dutch
   * name), or the municipality (of registration, or of the object's address).
   */
  bronhouder: 'gemeente' | { id: string; naam: string };
  /**
   * What a citizen can do when a field is wrong, per kind of field; the registry's last row
   * has no `match` (a catch-all). Sources: docs/legal/remedies.md.
   */
  remedies: readonly RemedyRow[];
};

const modules = import.meta.glob<RegistryFacts>(['./registry-facts/*.ts', '!./registry-facts/*.test.ts'], {
  eager: true,
  import: 'facts',
});

const all: readonly RegistryFacts[] = Object.values(modules).sort((a, b) => a.order - b.order);

/** Every registry, in the order the overview shows them. */
export const registryIds: readonly RegistryId[] = all.map((facts) => facts.id as RegistryId);

export const registryFacts: Readonly<Record<RegistryId, RegistryFacts>> = Object.fromEntries(
  all.map((facts) => [facts.id, facts]),
) as Record<RegistryId, RegistryFacts>;

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
