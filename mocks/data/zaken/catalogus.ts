import { registryFacts, registryIds, type RegistryId } from '@/lib/registries';
import { getGbaPersoon } from '../brp/index';
import { rng } from '../seed';
import { findOrganisatie, organisatie as registerOrganisatie, type Organisatie } from '../verwerkingen/register';

/**
 * The mock Catalogi API 1.3.1 content: who holds which registry (the "bronhouder"), and per
 * holder, registry and kind of request one zaaktype with its statustypen, eigenschappen,
 * resultaattypen and initiator roltype. Everything is derived from names with stable UUIDs,
 * so a URL stays the same across resets, processes and the browser worker.
 */

export type VerzoekSoort = 'correctie' | 'uitleg';
export const verzoekSoorten: readonly VerzoekSoort[] = ['correctie', 'uitleg'];

export type HolderSoort = 'gemeente' | 'rni' | 'landelijk' | 'organisatie';

/**
 * Kinds of BRP data the holder handles under other terms. A correction of data on civil
 * status or nationality may be extended by eight weeks (Wet GBA art. 82, read as carried into
 * Wet BRP art. 2.58: docs/legal/termijnen.md); any other BRP correction has four weeks and no
 * extension. Each kind has its own zaaktype, as a catalogue says what a zaaktype allows.
 */
export const GEGEVENSSOORTEN = ['staat-nationaliteit'] as const;
export type Gegevenssoort = (typeof GEGEVENSSOORTEN)[number];
export const isGegevenssoort = (value: unknown): value is Gegevenssoort =>
  GEGEVENSSOORTEN.includes(value as Gegevenssoort);

/**
 * The holder's own reading of which BRP fields are civil status or nationality: the data that
 * comes from the civil-status deeds (name, birth, sex, parents, marriage or partnership,
 * children, death) and the nationalities. Written here, not taken from the app's rule table.
 */
export function gegevenssoortVanVeld(registry: RegistryId, veld: string): Gegevenssoort | null {
  if (registry !== 'brp') return null;
  return /^(naam|geboorte|geslacht|ouders|partners|kinderen|overlijden|nationaliteiten)([.[]|$)/.test(veld)
    ? 'staat-nationaliteit'
    : null;
}

/** JSON-able description of a holder; the app shows `naam`. */
export type Holder = {
  /** Stable key: `gemeente-0599`, `rvig-rni`, `kadaster` … */
  id: string;
  naam: string;
  soort: HolderSoort;
  /** Fictitious RSIN that passes the 11-check (the mock's `verantwoordelijkeOrganisatie`). */
  rsin: string;
  gemeentecode?: string;
  /**
   * A private organisation (a pension fund, an insurer, a notary's office) is no
   * bestuursorgaan: its answer is no besluit, so there is no bezwaar but the court (UAVG art.
   * 35). Absent means true (municipalities, RvIG, national bodies, police).
   */
  bestuursorgaan?: boolean;
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

/**
 * The national holders, from each registry's facts (src/lib/registry-facts/<id>.ts,
 * `bronhouder`): plain data the app shares, no app logic. The others are held by a municipality.
 */
const FIXED: ReadonlyMap<RegistryId, Holder> = new Map(
  registryIds.flatMap((id) => {
    const holder = registryFacts[id].bronhouder;
    return holder === 'gemeente' ? [] : [[id, landelijk(holder.id, holder.naam)] as const];
  }),
);
/** The registries a municipality holds: of the person's registration (BRP) or of the object's address. */
const MUNICIPAL: readonly RegistryId[] = registryIds.filter((id) => registryFacts[id].bronhouder === 'gemeente');

/** The registries this catalogue has holders for. */
export const REGISTRATIES: readonly RegistryId[] = [...MUNICIPAL, ...FIXED.keys()];
export const isRegistratie = (value: unknown): value is RegistryId => REGISTRATIES.includes(value as RegistryId);

/** Persons in the Registratie Niet-Ingezetenen: their BRP data is held by RvIG, not a municipality. */
const RNI_GEMEENTE = '1999';
const RNI: Holder = {
  id: 'rvig-rni',
  naam: 'Rijksdienst voor Identiteitsgegevens (RNI)',
  soort: 'rni',
  rsin: stableRsin('rvig-rni'),
};

export function gemeenteHolder(code: string, naam: string): Holder {
  return {
    id: `gemeente-${code}`,
    naam: `Gemeente ${naam}`,
    soort: 'gemeente',
    rsin: stableRsin(`gemeente-${code}`),
    gemeentecode: code,
  };
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
  const national = FIXED.get(registry);
  if (national) return national;
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
export type EigenschapNaam =
  | 'huidigeWaarde'
  | 'voorgesteldeWaarde'
  | 'toelichting'
  | 'beperkingGevraagd'
  | 'veld'
  | 'registratie'
  | 'beperking'
  | 'beperkingStopt'
  | 'antwoordGevraagdVoor';

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
  /** The citizen gives it while filing; otherwise only the holder sets it (the gateway refuses the citizen). */
  doorIndiener: boolean;
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
/** ZGW roltype; `belanghebbende` (issue 14): whom a request filed on behalf is about (the machtiginggever). */
export type Roltype = { uuid: string; zaaktypeUuid: string; omschrijvingGeneriek: 'initiator' | 'belanghebbende' };
export type Zaaktype = {
  uuid: string;
  identificatie: string;
  omschrijving: string;
  /** The registry the requests are about; null for a question to the organisation that processed (any registry). */
  registry: RegistryId | null;
  soort: VerzoekSoort;
  /** For BRP corrections: which kind of data (its own term); null otherwise. */
  gegevenssoort: Gegevenssoort | null;
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
  belanghebbende: Roltype;
  zaakobjecttypeUuid: string;
};

export const CATALOGUS_UUID = stableUuid('catalogus:mijn-gegevens');
export const INFORMATIEOBJECTTYPE_UUID = stableUuid('informatieobjecttype:bewijsstuk');

const STATUSTYPEN: ReadonlyArray<Omit<Statustype, 'uuid' | 'zaaktypeUuid' | 'isEindstatus'>> = [
  {
    code: 'ontvangen',
    omschrijving: 'Ontvangen',
    omschrijvingGeneriek: 'Ontvangen',
    statustekst: 'Uw verzoek is ontvangen.',
    volgnummer: 1,
  },
  {
    code: 'in_behandeling',
    omschrijving: 'In behandeling',
    omschrijvingGeneriek: 'In behandeling',
    statustekst: 'Uw verzoek wordt behandeld.',
    volgnummer: 2,
  },
  {
    code: 'aanvullende_informatie',
    omschrijving: 'Aanvullende informatie nodig',
    omschrijvingGeneriek: 'Aanvullende informatie nodig',
    statustekst: 'Wij hebben meer informatie van u nodig.',
    volgnummer: 3,
  },
  {
    code: 'afgehandeld',
    omschrijving: 'Afgehandeld',
    omschrijvingGeneriek: 'Afgehandeld',
    statustekst: 'Uw verzoek is afgehandeld.',
    volgnummer: 4,
  },
];
const HIGHEST_VOLGNUMMER = Math.max(...STATUSTYPEN.map((s) => s.volgnummer));

const EIGENSCHAPPEN: ReadonlyArray<Omit<Eigenschap, 'uuid' | 'zaaktypeUuid'>> = [
  {
    naam: 'registratie',
    definitie: 'De basisregistratie waarin het gegeven staat (brp, bag, brk …).',
    lengte: 10,
    waardenverzameling: [],
    doorIndiener: true,
  },
  {
    naam: 'veld',
    definitie: 'Het pad van het gegeven in de registratie, bijvoorbeeld verblijfplaats.',
    lengte: 200,
    waardenverzameling: [],
    doorIndiener: true,
  },
  {
    naam: 'huidigeWaarde',
    definitie: 'De waarde zoals die nu in de registratie staat.',
    lengte: 1000,
    waardenverzameling: [],
    doorIndiener: true,
  },
  {
    naam: 'voorgesteldeWaarde',
    definitie: 'De waarde die volgens de burger juist is.',
    lengte: 1000,
    waardenverzameling: [],
    doorIndiener: true,
  },
  {
    naam: 'toelichting',
    definitie: 'De verklaring van de burger in eigen woorden (AVG art. 16).',
    lengte: 4000,
    waardenverzameling: [],
    doorIndiener: true,
  },
  {
    naam: 'beperkingGevraagd',
    definitie: 'Of de burger vraagt het gebruik te beperken zolang de juistheid wordt onderzocht (AVG art. 18).',
    lengte: 3,
    waardenverzameling: ['ja', 'nee'],
    doorIndiener: true,
  },
  {
    naam: 'beperking',
    definitie:
      'De bronhouder heeft het gebruik beperkt zolang zij de juistheid onderzoekt (AVG art. 18 lid 1 onder a).',
    lengte: 20,
    waardenverzameling: ['van kracht'],
    doorIndiener: false,
  },
  {
    naam: 'beperkingStopt',
    definitie:
      'De dag waarop de bronhouder de beperking opheft; vooraf aan de burger gemeld (AVG art. 18 lid 3). JJJJ-MM-DD.',
    lengte: 10,
    waardenverzameling: [],
    doorIndiener: false,
  },
  {
    naam: 'antwoordGevraagdVoor',
    definitie:
      'De bronhouder vroeg de burger om meer informatie en wil het antwoord uiterlijk op deze dag. JJJJ-MM-DD.',
    lengte: 10,
    waardenverzameling: [],
    doorIndiener: false,
  },
];

/**
 * The outcomes of a request. A table, so a later outcome (say "Deels toegekend" or "Buiten
 * behandeling gesteld") is one more row. The archive terms are this mock holder's choice for
 * its selectielijst; a real holder takes them from its own selectielijst.
 */
const RESULTAATTYPEN: ReadonlyArray<Omit<Resultaattype, 'uuid' | 'zaaktypeUuid'>> = [
  {
    code: 'toegekend',
    omschrijving: 'Toegekend',
    omschrijvingGeneriek: 'Toegekend',
    toelichting: 'Het gegeven is gecorrigeerd of aangevuld.',
    archiefnominatie: 'vernietigen',
    archiefactietermijn: 'P5Y',
    doorIndiener: false,
  },
  {
    code: 'afgewezen',
    omschrijving: 'Afgewezen',
    omschrijvingGeneriek: 'Afgewezen',
    toelichting: 'Het verzoek is afgewezen, met redenen; bezwaar of klacht is mogelijk.',
    archiefnominatie: 'vernietigen',
    archiefactietermijn: 'P5Y',
    doorIndiener: false,
  },
  {
    code: 'ingetrokken',
    omschrijving: 'Ingetrokken',
    omschrijvingGeneriek: 'Ingetrokken',
    toelichting: 'De burger heeft het verzoek ingetrokken.',
    archiefnominatie: 'vernietigen',
    archiefactietermijn: 'P1Y',
    doorIndiener: true,
  },
];

type Termijnen = Pick<
  Zaaktype,
  'doorlooptijd' | 'servicenorm' | 'grondslag' | 'verlengingMogelijk' | 'verlengingstermijn'
>;

/**
 * The terms of each kind of zaaktype, as this mock holder's catalogue sets them (the law's
 * reading is in docs/legal/termijnen.md; the app has its own copy of the rules and shows what
 * the zaak says).
 */
function terms(registry: RegistryId | null, soort: VerzoekSoort, gegevenssoort: Gegevenssoort | null): Termijnen {
  if (soort === 'uitleg') {
    // A question about the data is an access request (GDPR art. 12(3) and 15): one calendar
    // month, two further months when complex, told with reasons within the first.
    return {
      doorlooptijd: 'P1M',
      servicenorm: 'P2W',
      grondslag: 'AVG art. 12(3) en 15',
      verlengingMogelijk: true,
      verlengingstermijn: 'P2M',
    };
  }
  if (registry === 'brp') {
    // Wet BRP 2.58 (four weeks) and GDPR 12(3) (one month): four weeks is always the earlier
    // one. Only civil status and nationality may be extended, by eight weeks (Wet GBA art.
    // 82): four plus eight weeks stays within the GDPR's three months. Other BRP data: none.
    return gegevenssoort === 'staat-nationaliteit'
      ? {
          doorlooptijd: 'P4W',
          servicenorm: 'P2W',
          grondslag: 'Wet BRP art. 2.58; Wet GBA art. 82; AVG art. 12(3) en 16',
          verlengingMogelijk: true,
          verlengingstermijn: 'P8W',
        }
      : {
          doorlooptijd: 'P4W',
          servicenorm: 'P2W',
          grondslag: 'Wet BRP art. 2.58; AVG art. 12(3) en 16',
          verlengingMogelijk: false,
          verlengingstermijn: null,
        };
  }
  return {
    doorlooptijd: 'P1M',
    servicenorm: 'P3W',
    grondslag: 'AVG art. 12(3) en 16',
    verlengingMogelijk: true,
    verlengingstermijn: 'P2M',
  };
}

const zaaktypen = new Map<string, Zaaktype>();

function build(
  holder: Holder,
  registry: RegistryId | null,
  soort: VerzoekSoort,
  gegevenssoort: Gegevenssoort | null,
): Zaaktype {
  const suffix = holder.gemeentecode ?? holder.id.toUpperCase();
  const identificatie = [soort.toUpperCase(), registry?.toUpperCase(), gegevenssoort ? 'STAAT' : undefined, suffix]
    .filter(Boolean)
    .join('-');
  const uuid = stableUuid(`zaaktype:${identificatie}`);
  const child = (kind: string, name: string) => stableUuid(`${kind}:${identificatie}:${name}`);
  const onderwerp = registry ? registryFacts[registry].subject : `verwerking door ${holder.naam}`;
  const omschrijving =
    soort === 'correctie'
      ? `Verzoek tot correctie ${onderwerp}${gegevenssoort ? ' (burgerlijke staat, nationaliteit)' : ''}`
      : `Verzoek om uitleg ${onderwerp}`;
  return {
    uuid,
    identificatie,
    omschrijving: omschrijving.slice(0, 80),
    registry,
    soort,
    gegevenssoort,
    holder,
    ...terms(registry, soort, gegevenssoort),
    statustypen: STATUSTYPEN.map((s) => ({
      ...s,
      uuid: child('statustype', s.code),
      zaaktypeUuid: uuid,
      isEindstatus: s.volgnummer === HIGHEST_VOLGNUMMER,
    })),
    eigenschappen: EIGENSCHAPPEN.map((e) => ({ ...e, uuid: child('eigenschap', e.naam), zaaktypeUuid: uuid })),
    resultaattypen: RESULTAATTYPEN.map((r) => ({ ...r, uuid: child('resultaattype', r.code), zaaktypeUuid: uuid })),
    roltype: { uuid: child('roltype', 'initiator'), zaaktypeUuid: uuid, omschrijvingGeneriek: 'initiator' },
    belanghebbende: {
      uuid: child('roltype', 'belanghebbende'),
      zaaktypeUuid: uuid,
      omschrijvingGeneriek: 'belanghebbende',
    },
    zaakobjecttypeUuid: child('zaakobjecttype', registry ? 'registratiegegeven' : 'verwerking'),
  };
}

/** The zaaktype of a holder, registry, kind of request (and of BRP data); registered on first use (municipalities are many). */
export function zaaktypeFor(
  holder: Holder,
  registry: RegistryId | null,
  soort: VerzoekSoort,
  gegevenssoort: Gegevenssoort | null = null,
): Zaaktype {
  const z = build(holder, registry, soort, registry === 'brp' && soort === 'correctie' ? gegevenssoort : null);
  const existing = zaaktypen.get(z.uuid);
  if (existing) return existing;
  zaaktypen.set(z.uuid, z);
  return z;
}

/**
 * The organisation that did a processing (the controller of a log event, GDPR art. 4(7) and
 * 15) as a holder of "uitleg" requests, by its RvVA entity id. A municipality or national
 * registry holder is the same holder as in `holderFor` (same id, same RSIN).
 */
export function holderVoorOrganisatie(entityId: string): Holder | undefined {
  const organisatie: Organisatie | undefined = findOrganisatie(entityId);
  if (!organisatie) return undefined;
  const gemeente = /^gemeente-(\d{4})$/.exec(organisatie.key)?.[1];
  if (gemeente)
    return { ...gemeenteHolder(gemeente, organisatie.naam.replace(/^Gemeente /, '')), naam: organisatie.naam };
  const vast = [...FIXED.values()].find((h) => h.id === organisatie.key);
  if (vast) return vast;
  const soort: HolderSoort =
    organisatie.soort === 'rijksoverheid' || organisatie.soort === 'uitvoeringsorganisatie'
      ? 'landelijk'
      : 'organisatie';
  const prive =
    organisatie.soort === 'pensioenfonds' || organisatie.soort === 'zorgverzekeraar' || organisatie.soort === 'notaris';
  return {
    id: organisatie.key,
    naam: organisatie.naam,
    soort,
    rsin: stableRsin(organisatie.key),
    ...(prive ? { bestuursorgaan: false } : {}),
  };
}

// Registered up front: the national holders, RNI, and the municipalities of the seeded test
// persons, so the catalogue list is the same in every process. Other municipalities follow
// on first use (their URLs are stable anyway).
const NATIONAL: Array<[RegistryId, Holder]> = [...FIXED.entries(), ['brp', RNI]];
function registerAll(holder: Holder, registry: RegistryId): void {
  for (const soort of verzoekSoorten) zaaktypeFor(holder, registry, soort);
  if (registry === 'brp') for (const g of GEGEVENSSOORTEN) zaaktypeFor(holder, registry, 'correctie', g);
}
for (const [registry, holder] of NATIONAL) registerAll(holder, registry);
for (const bsn of ['999993653', '999990482', '999970008']) {
  for (const registry of MUNICIPAL) {
    const holder = holderFor(registry, bsn);
    if (holder) registerAll(holder, registry);
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
  for (const z of zaaktypen.values()) {
    if (z.roltype.uuid === uuid) return z.roltype;
    if (z.belanghebbende.uuid === uuid) return z.belanghebbende;
  }
  return undefined;
}

/** What the app needs to start a request: the holder and the zaaktype per kind. */
export type ZaaktypeBeschrijving = {
  uuid: string;
  identificatie: string;
  doorlooptijd: string;
  verlengingstermijn: string | null;
};
export type BronhouderBeschrijving = {
  registratie: RegistryId;
  bronhouder: Pick<Holder, 'id' | 'naam' | 'soort' | 'rsin'> & { gemeentecode?: string; entityId?: string };
  zaaktypen: Record<VerzoekSoort, ZaaktypeBeschrijving>;
};

const beschrijfZaaktype = (z: Zaaktype): ZaaktypeBeschrijving => ({
  uuid: z.uuid,
  identificatie: z.identificatie,
  doorlooptijd: z.doorlooptijd,
  verlengingstermijn: z.verlengingMogelijk ? z.verlengingstermijn : null,
});

/** The holder's own entry in the processing-activities registers (RvIG keeps the RNI). */
const entityIdOf = (holder: Holder): string | undefined =>
  registerOrganisatie(holder.id === 'rvig-rni' ? 'rvig' : holder.id)?.id;

const beschrijfHolder = (holder: Holder): BronhouderBeschrijving['bronhouder'] => {
  const entityId = entityIdOf(holder);
  return {
    id: holder.id,
    naam: holder.naam,
    soort: holder.soort,
    rsin: holder.rsin,
    ...(holder.gemeentecode ? { gemeentecode: holder.gemeentecode } : {}),
    ...(entityId ? { entityId } : {}),
  };
};

/**
 * The holder of a registry's data about this person and its zaaktypen. `gegevenssoort` picks
 * the correction zaaktype for that kind of data (only BRP has kinds with their own term).
 */
export function describeHolder(
  registry: RegistryId,
  bsn: string,
  options: HolderOptions = {},
  gegevenssoort: Gegevenssoort | null = null,
): BronhouderBeschrijving | undefined {
  const holder = holderFor(registry, bsn, options);
  if (!holder) return undefined;
  return {
    registratie: registry,
    bronhouder: beschrijfHolder(holder),
    zaaktypen: {
      correctie: beschrijfZaaktype(zaaktypeFor(holder, registry, 'correctie', gegevenssoort)),
      uitleg: beschrijfZaaktype(zaaktypeFor(holder, registry, 'uitleg')),
    },
  };
}

export type VerantwoordelijkeBeschrijving = {
  organisatie: BronhouderBeschrijving['bronhouder'] & { entityId: string; bestuursorgaan: boolean };
  zaaktypen: { uitleg: ZaaktypeBeschrijving };
};

/** The organisation that processed, and its zaaktype for a question about that processing. */
export function describeVerantwoordelijke(entityId: string): VerantwoordelijkeBeschrijving | undefined {
  const holder = holderVoorOrganisatie(entityId);
  if (!holder) return undefined;
  return {
    organisatie: { ...beschrijfHolder(holder), entityId, bestuursorgaan: holder.bestuursorgaan !== false },
    zaaktypen: { uitleg: beschrijfZaaktype(zaaktypeFor(holder, null, 'uitleg')) },
  };
}
