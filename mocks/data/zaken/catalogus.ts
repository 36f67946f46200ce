import type { RegistryId } from '@/lib/registry-view';
import { getGbaPersoon } from '../brp/index';
import { rng } from '../seed';

/**
 * The mock Catalogi API 1.3.1 content: who holds which registry (the "bronhouder"), and per
 * holder, registry and kind of request one zaaktype with its statustypen, eigenschappen,
 * resultaattypen and initiator roltype. Everything is derived from names with stable UUIDs,
 * so a URL stays the same across resets, processes and the browser worker.
 */

export type VerzoekSoort = 'correctie' | 'uitleg';
export const verzoekSoorten: readonly VerzoekSoort[] = ['correctie', 'uitleg'];

export type HolderSoort = 'gemeente' | 'rni' | 'landelijk';

/** JSON-able description of a holder; the app shows `naam`. */
export type Holder = {
  /** Stable key: `gemeente-0599`, `rvig-rni`, `kadaster` … */
  id: string;
  naam: string;
  soort: HolderSoort;
  /** Fictitious RSIN that passes the 11-check (the mock's `verantwoordelijkeOrganisatie`). */
  rsin: string;
  gemeentecode?: string;
};

/** A UUID (v4 layout) derived from a name: the same name always gives the same UUID. */
export function stableUuid(name: string): string {
  const r = rng(`uuid:${name}`);
  const hex = Array.from({ length: 32 }, () => r.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((r.int(0, 3) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A 9-digit number that passes the RSIN/BSN 11-check, derived from a name. */
export function stableRsin(name: string): string {
  const r = rng(`rsin:${name}`);
  for (;;) {
    const digits = [r.int(1, 9), ...Array.from({ length: 7 }, () => r.int(0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const check = sum % 11;
    if (check <= 9) return [...digits, check].join('');
  }
}

/** The portal itself, as `bronorganisatie` of every zaak it creates. */
export const PORTAAL_RSIN = stableRsin('mijn-gegevens-portaal');

function landelijk(id: string, naam: string): Holder {
  return { id, naam, soort: 'landelijk', rsin: stableRsin(id) };
}

const FIXED: Record<Exclude<RegistryId, 'brp' | 'bag' | 'woz'>, Holder> = {
  brk: landelijk('kadaster', 'Kadaster'),
  rdw: landelijk('rdw', 'RDW'),
  kvk: landelijk('kvk', 'Kamer van Koophandel'),
  bri: landelijk('belastingdienst', 'Belastingdienst'),
  uwv: landelijk('uwv', 'UWV'),
  duo: landelijk('duo', 'DUO'),
};

/** The registries this catalogue has holders for: the gateway's own knowledge, not the app's list. */
export const REGISTRATIES: readonly RegistryId[] = ['brp', 'bag', 'woz', ...(Object.keys(FIXED) as RegistryId[])];
export const isRegistratie = (value: unknown): value is RegistryId => REGISTRATIES.includes(value as RegistryId);

/** Persons in the Registratie Niet-Ingezetenen: their BRP data is held by RvIG, not a municipality. */
const RNI_GEMEENTE = '1999';
const RNI: Holder = { id: 'rvig-rni', naam: 'Rijksdienst voor Identiteitsgegevens (RNI)', soort: 'rni', rsin: stableRsin('rvig-rni') };

export function gemeenteHolder(code: string, naam: string): Holder {
  return { id: `gemeente-${code}`, naam: `Gemeente ${naam}`, soort: 'gemeente', rsin: stableRsin(`gemeente-${code}`), gemeentecode: code };
}

export type HolderOptions = {
  /** For BAG/WOZ objects outside the municipality of registration: the object's municipality. */
  gemeente?: { code: string; naam: string };
};

/**
 * Who must correct a registry's data about this person: BRP → the municipality of
 * registration (RNI persons → RvIG), BAG/WOZ → the municipality of the address, the rest a
 * fixed national body. Undefined when no holder follows (a BAG correction for someone without
 * a Dutch address and no object municipality given).
 */
export function holderFor(registry: RegistryId, bsn: string, options: HolderOptions = {}): Holder | undefined {
  if (registry !== 'brp' && registry !== 'bag' && registry !== 'woz') return FIXED[registry];
  if ((registry === 'bag' || registry === 'woz') && options.gemeente) {
    return gemeenteHolder(options.gemeente.code, options.gemeente.naam);
  }
  const gemeente = getGbaPersoon(bsn)?.gemeenteVanInschrijving;
  if (!gemeente?.code) return undefined;
  if (gemeente.code === RNI_GEMEENTE) return registry === 'brp' ? RNI : undefined;
  return gemeenteHolder(gemeente.code, gemeente.omschrijving ?? gemeente.code);
}

// ---------------------------------------------------------------------------------------
// Types of the catalogue (internal; serialised with absolute URLs by the handlers)

/**
 * The statustypen of every zaaktype, in order. Catalogi derives `isEindstatus` from the
 * highest volgnummer, so there is exactly one end status: how a request ended (granted,
 * refused, withdrawn) is its resultaat, posted before the end status.
 */
export type StatustypeCode = 'ontvangen' | 'in_behandeling' | 'aanvullende_informatie' | 'afgehandeld';
export type ResultaattypeCode = 'toegekend' | 'afgewezen' | 'ingetrokken';
export type EigenschapNaam = 'huidigeWaarde' | 'voorgesteldeWaarde' | 'toelichting' | 'beperkingGevraagd' | 'veld' | 'registratie';

export type Statustype = {
  uuid: string;
  zaaktypeUuid: string;
  code: StatustypeCode;
  omschrijving: string;
  /** What clients map on (docs/decisions/022-zgw-catalogue-conventions.md), never the volgnummer. */
  omschrijvingGeneriek: string;
  statustekst: string;
  volgnummer: number;
  isEindstatus: boolean;
};
export type Eigenschap = {
  uuid: string;
  zaaktypeUuid: string;
  naam: EigenschapNaam;
  definitie: string;
  lengte: number;
  waardenverzameling: string[];
};
export type Archiefnominatie = 'blijvend_bewaren' | 'vernietigen';
export type Resultaattype = {
  uuid: string;
  zaaktypeUuid: string;
  code: ResultaattypeCode;
  omschrijving: string;
  /** VNG Referentielijsten "resultaattypeomschrijving generiek". */
  omschrijvingGeneriek: string;
  toelichting: string;
  archiefnominatie: Archiefnominatie;
  /** ISO 8601 period from the brondatum (here: the day the zaak ends). */
  archiefactietermijn: string;
  /** Who may post it: the citizen only withdraws; every other outcome is the holder's decision. */
  doorIndiener: boolean;
};
export type Roltype = { uuid: string; zaaktypeUuid: string };
export type Zaaktype = {
  uuid: string;
  identificatie: string;
  omschrijving: string;
  registry: RegistryId;
  soort: VerzoekSoort;
  holder: Holder;
  /** The statutory term; the server derives `uiterlijkeEinddatumAfdoening` from it (startdatum + doorlooptijd). */
  doorlooptijd: string;
  servicenorm: string;
  verlengingMogelijk: boolean;
  verlengingstermijn: string | null;
  grondslag: string;
  statustypen: Statustype[];
  eigenschappen: Eigenschap[];
  resultaattypen: Resultaattype[];
  roltype: Roltype;
  zaakobjecttypeUuid: string;
};

export const CATALOGUS_UUID = stableUuid('catalogus:mijn-gegevens');
export const INFORMATIEOBJECTTYPE_UUID = stableUuid('informatieobjecttype:bewijsstuk');

const STATUSTYPEN: ReadonlyArray<Omit<Statustype, 'uuid' | 'zaaktypeUuid' | 'isEindstatus'>> = [
  { code: 'ontvangen', omschrijving: 'Ontvangen', omschrijvingGeneriek: 'Ontvangen', statustekst: 'Uw verzoek is ontvangen.', volgnummer: 1 },
  { code: 'in_behandeling', omschrijving: 'In behandeling', omschrijvingGeneriek: 'In behandeling', statustekst: 'Uw verzoek wordt behandeld.', volgnummer: 2 },
  {
    code: 'aanvullende_informatie', omschrijving: 'Aanvullende informatie nodig', omschrijvingGeneriek: 'Aanvullende informatie nodig',
    statustekst: 'Wij hebben meer informatie van u nodig.', volgnummer: 3,
  },
  { code: 'afgehandeld', omschrijving: 'Afgehandeld', omschrijvingGeneriek: 'Afgehandeld', statustekst: 'Uw verzoek is afgehandeld.', volgnummer: 4 },
];
const HIGHEST_VOLGNUMMER = Math.max(...STATUSTYPEN.map((s) => s.volgnummer));

const EIGENSCHAPPEN: ReadonlyArray<Omit<Eigenschap, 'uuid' | 'zaaktypeUuid'>> = [
  { naam: 'registratie', definitie: 'De basisregistratie waarin het gegeven staat (brp, bag, brk …).', lengte: 10, waardenverzameling: [] },
  { naam: 'veld', definitie: 'Het pad van het gegeven in de registratie, bijvoorbeeld verblijfplaats.', lengte: 200, waardenverzameling: [] },
  { naam: 'huidigeWaarde', definitie: 'De waarde zoals die nu in de registratie staat.', lengte: 1000, waardenverzameling: [] },
  { naam: 'voorgesteldeWaarde', definitie: 'De waarde die volgens de burger juist is.', lengte: 1000, waardenverzameling: [] },
  { naam: 'toelichting', definitie: 'De verklaring van de burger in eigen woorden (AVG art. 16).', lengte: 4000, waardenverzameling: [] },
  {
    naam: 'beperkingGevraagd', definitie: 'Of de burger vraagt het gebruik te beperken zolang de juistheid wordt onderzocht (AVG art. 18).',
    lengte: 3, waardenverzameling: ['ja', 'nee'],
  },
];

/**
 * The outcomes of a request. A table, so a later outcome (say "Deels toegekend" or "Buiten
 * behandeling gesteld") is one more row. The archive terms are this mock holder's choice for
 * its selectielijst; a real holder takes them from its own selectielijst.
 */
const RESULTAATTYPEN: ReadonlyArray<Omit<Resultaattype, 'uuid' | 'zaaktypeUuid'>> = [
  {
    code: 'toegekend', omschrijving: 'Toegekend', omschrijvingGeneriek: 'Toegekend', toelichting: 'Het gegeven is gecorrigeerd of aangevuld.',
    archiefnominatie: 'vernietigen', archiefactietermijn: 'P5Y', doorIndiener: false,
  },
  {
    code: 'afgewezen', omschrijving: 'Afgewezen', omschrijvingGeneriek: 'Afgewezen', toelichting: 'Het verzoek is afgewezen, met redenen; bezwaar of klacht is mogelijk.',
    archiefnominatie: 'vernietigen', archiefactietermijn: 'P5Y', doorIndiener: false,
  },
  {
    code: 'ingetrokken', omschrijving: 'Ingetrokken', omschrijvingGeneriek: 'Ingetrokken', toelichting: 'De burger heeft het verzoek ingetrokken.',
    archiefnominatie: 'vernietigen', archiefactietermijn: 'P1Y', doorIndiener: true,
  },
];

const REGISTRY_NAMES: Record<RegistryId, string> = {
  brp: 'BRP', bag: 'BAG', brk: 'BRK', woz: 'WOZ', rdw: 'kentekenregister', kvk: 'Handelsregister',
  bri: 'inkomensgegevens', uwv: 'polisadministratie', duo: 'diplomaregister',
};

function terms(registry: RegistryId, soort: VerzoekSoort): Pick<Zaaktype, 'doorlooptijd' | 'servicenorm' | 'grondslag'> {
  if (soort === 'uitleg') {
    // A question about the data is an access request (GDPR art. 12(3) and 15): one calendar month.
    return { doorlooptijd: 'P1M', servicenorm: 'P2W', grondslag: 'AVG art. 12(3) en 15' };
  }
  if (registry === 'brp') {
    // Wet BRP 2.58 (four weeks) and GDPR 12(3) (one month): four weeks is always the earlier one.
    return { doorlooptijd: 'P4W', servicenorm: 'P2W', grondslag: 'Wet BRP art. 2.58; AVG art. 12(3) en 16' };
  }
  return { doorlooptijd: 'P1M', servicenorm: 'P3W', grondslag: 'AVG art. 12(3) en 16' };
}

const zaaktypen = new Map<string, Zaaktype>();

function build(holder: Holder, registry: RegistryId, soort: VerzoekSoort): Zaaktype {
  const suffix = holder.gemeentecode ?? holder.id.toUpperCase();
  const identificatie = `${soort.toUpperCase()}-${registry.toUpperCase()}-${suffix}`;
  const uuid = stableUuid(`zaaktype:${identificatie}`);
  const child = (kind: string, name: string) => stableUuid(`${kind}:${identificatie}:${name}`);
  const omschrijving = soort === 'correctie'
    ? `Verzoek tot correctie ${REGISTRY_NAMES[registry]}`
    : `Verzoek om uitleg ${REGISTRY_NAMES[registry]}`;
  return {
    uuid, identificatie, omschrijving, registry, soort, holder, ...terms(registry, soort),
    // GDPR 12(3): two further months, told with reasons within the first month. For BRP the
    // municipality may name a new term (Awb 4:14(3)); the GDPR ceiling still applies.
    verlengingMogelijk: true,
    verlengingstermijn: 'P2M',
    statustypen: STATUSTYPEN.map((s) => ({ ...s, uuid: child('statustype', s.code), zaaktypeUuid: uuid, isEindstatus: s.volgnummer === HIGHEST_VOLGNUMMER })),
    eigenschappen: EIGENSCHAPPEN.map((e) => ({ ...e, uuid: child('eigenschap', e.naam), zaaktypeUuid: uuid })),
    resultaattypen: RESULTAATTYPEN.map((r) => ({ ...r, uuid: child('resultaattype', r.code), zaaktypeUuid: uuid })),
    roltype: { uuid: child('roltype', 'initiator'), zaaktypeUuid: uuid },
    zaakobjecttypeUuid: child('zaakobjecttype', 'registratiegegeven'),
  };
}

/** The zaaktype of a holder, registry and kind; registered on first use (municipalities are many). */
export function zaaktypeFor(holder: Holder, registry: RegistryId, soort: VerzoekSoort): Zaaktype {
  const z = build(holder, registry, soort);
  const existing = zaaktypen.get(z.uuid);
  if (existing) return existing;
  zaaktypen.set(z.uuid, z);
  return z;
}

// Registered up front: the national holders, RNI, and the municipalities of the seeded test
// persons, so the catalogue list is the same in every process. Other municipalities follow
// on first use (their URLs are stable anyway).
const NATIONAL: Array<[RegistryId, Holder]> = [...Object.entries(FIXED) as Array<[RegistryId, Holder]>, ['brp', RNI]];
for (const [registry, holder] of NATIONAL) for (const soort of verzoekSoorten) zaaktypeFor(holder, registry, soort);
for (const bsn of ['999993653', '999990482', '999970008']) {
  for (const registry of ['brp', 'bag', 'woz'] as const) {
    const holder = holderFor(registry, bsn);
    if (holder) for (const soort of verzoekSoorten) zaaktypeFor(holder, registry, soort);
  }
}

export function listZaaktypen(): Zaaktype[] {
  return [...zaaktypen.values()];
}
export function getZaaktype(uuid: string): Zaaktype | undefined {
  return zaaktypen.get(uuid);
}
export function findStatustype(uuid: string): Statustype | undefined {
  for (const z of zaaktypen.values()) {
    const s = z.statustypen.find((x) => x.uuid === uuid);
    if (s) return s;
  }
  return undefined;
}
export function findEigenschap(uuid: string): Eigenschap | undefined {
  for (const z of zaaktypen.values()) {
    const e = z.eigenschappen.find((x) => x.uuid === uuid);
    if (e) return e;
  }
  return undefined;
}
export function findResultaattype(uuid: string): Resultaattype | undefined {
  for (const z of zaaktypen.values()) {
    const r = z.resultaattypen.find((x) => x.uuid === uuid);
    if (r) return r;
  }
  return undefined;
}
export function findRoltype(uuid: string): Roltype | undefined {
  for (const z of zaaktypen.values()) if (z.roltype.uuid === uuid) return z.roltype;
  return undefined;
}

/** What the app needs to start a request: the holder and the zaaktype per kind. */
export type BronhouderBeschrijving = {
  registratie: RegistryId;
  bronhouder: Pick<Holder, 'id' | 'naam' | 'soort' | 'rsin'> & { gemeentecode?: string };
  zaaktypen: Record<VerzoekSoort, { uuid: string; identificatie: string; doorlooptijd: string; verlengingstermijn: string | null }>;
};

export function describeHolder(registry: RegistryId, bsn: string, options: HolderOptions = {}): BronhouderBeschrijving | undefined {
  const holder = holderFor(registry, bsn, options);
  if (!holder) return undefined;
  const entry = (soort: VerzoekSoort) => {
    const z = zaaktypeFor(holder, registry, soort);
    return { uuid: z.uuid, identificatie: z.identificatie, doorlooptijd: z.doorlooptijd, verlengingstermijn: z.verlengingstermijn };
  };
  return {
    registratie: registry,
    bronhouder: { id: holder.id, naam: holder.naam, soort: holder.soort, rsin: holder.rsin, ...(holder.gemeentecode ? { gemeentecode: holder.gemeentecode } : {}) },
    zaaktypen: { correctie: entry('correctie'), uitleg: entry('uitleg') },
  };
}
