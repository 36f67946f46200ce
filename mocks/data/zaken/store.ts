import { addDuration, extendTerm, stricterDueDate, type ExtensionError } from '@/lib/deadlines';
import type { RegistryId } from '@/lib/registry-view';
import { gatewayNow, gatewayToday } from '../../gateway/clock';
import {
  findStatustype, getZaaktype, type EigenschapNaam, type ResultaattypeCode, type Statustype, type Zaaktype,
} from './catalogus';

/**
 * The stateful part of the mock Zaken and Documenten APIs and the berichtenbox: plain records
 * keyed by UUID, with references by UUID (the handlers turn them into absolute URLs of the
 * request's origin). `resetZakenStore()` returns to the seeded state.
 */

export type ZaakRecord = {
  uuid: string;
  identificatie: string;
  zaaktypeUuid: string;
  bronorganisatie: string;
  verantwoordelijkeOrganisatie: string;
  omschrijving: string;
  toelichting: string;
  registratiedatum: string;
  startdatum: string;
  einddatum: string | null;
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string | null;
  verlenging: { reden: string; duur: string } | null;
  relevanteAndereZaken: Array<{ zaakUuid: string; aardRelatie: 'vervolg' | 'onderwerp' | 'bijdrage' }>;
  /** Who created it; owns it until an initiator rol exists (then the rol's inpBsn decides). */
  creatorBsn: string;
  statusUuid: string | null;
  resultaatUuid: string | null;
};
export type RolRecord = {
  uuid: string;
  zaakUuid: string;
  roltypeUuid: string;
  inpBsn: string;
  identificatie: Record<string, string>;
  roltoelichting: string;
  registratiedatum: string;
};
export type StatusRecord = {
  uuid: string;
  zaakUuid: string;
  statustypeUuid: string;
  datumStatusGezet: string;
  statustoelichting: string;
};
export type ZaakObjectRecord = {
  uuid: string;
  zaakUuid: string;
  objectTypeOverige: string;
  overigeData: Record<string, unknown>;
  relatieomschrijving: string;
};
export type ZaakEigenschapRecord = { uuid: string; zaakUuid: string; eigenschapUuid: string; naam: EigenschapNaam; waarde: string };
export type ZioRecord = {
  uuid: string;
  zaakUuid: string;
  informatieobjectUuid: string;
  titel: string;
  beschrijving: string;
  registratiedatum: string;
};
export type ResultaatRecord = { uuid: string; zaakUuid: string; resultaattypeUuid: string; toelichting: string };
export type DocumentRecord = {
  uuid: string;
  ownerBsn: string;
  identificatie: string;
  bronorganisatie: string;
  creatiedatum: string;
  titel: string;
  auteur: string;
  taal: string;
  formaat: string;
  bestandsnaam: string;
  bestandsomvang: number;
  beschrijving: string;
  informatieobjecttype: string;
  vertrouwelijkheidaanduiding: string;
  beginRegistratie: string;
  bytes: Uint8Array;
};
/** `verwerking`: a new ad-hoc look-up of the citizen's data (issue 4's opt-in alert); it has no zaak. */
export type BerichtSoort = 'ontvangen' | 'status' | 'verlenging' | 'besluit' | 'ingetrokken' | 'verwerking';
export type BerichtRecord = {
  id: string;
  bsn: string;
  /** '' for a message without a zaak (soort `verwerking`). */
  zaakUuid: string;
  zaakIdentificatie: string;
  soort: BerichtSoort;
  onderwerp: string;
  inhoud: string;
  afzender: string;
  verzonden: string;
  gelezen: boolean;
  seq: number;
  /** Soort `verwerking`: the log event it is about. */
  verwerking?: { traceId: string; spanId: string };
};

type State = {
  zaken: Map<string, ZaakRecord>;
  rollen: Map<string, RolRecord>;
  statussen: Map<string, StatusRecord>;
  zaakobjecten: Map<string, ZaakObjectRecord>;
  eigenschappen: Map<string, ZaakEigenschapRecord>;
  zios: Map<string, ZioRecord>;
  resultaten: Map<string, ResultaatRecord>;
  documenten: Map<string, DocumentRecord>;
  berichten: Map<string, BerichtRecord>;
  idempotency: Map<string, { fingerprint: string; uuid: string }>;
  sequence: number;
};

function emptyState(): State {
  return {
    zaken: new Map(), rollen: new Map(), statussen: new Map(), zaakobjecten: new Map(), eigenschappen: new Map(),
    zios: new Map(), resultaten: new Map(), documenten: new Map(), berichten: new Map(), idempotency: new Map(),
    sequence: 0,
  };
}

let state = emptyState();
/** The store's "today": the gateway clock's date in the Netherlands (gateway/clock.ts). */
export function zakenToday(): string {
  return gatewayToday();
}

/** Timestamps on the gateway clock, strictly increasing (two writes in one millisecond stay ordered). */
let lastStamp = '';
export function nowDateTime(): string {
  let stamp = new Date(gatewayNow()).toISOString();
  if (stamp <= lastStamp) stamp = new Date(Date.parse(lastStamp) + 1).toISOString();
  lastStamp = stamp;
  return stamp;
}

function nextSeq(): number {
  state.sequence += 1;
  return state.sequence;
}

export const store = {
  get zaken() { return state.zaken; },
  get rollen() { return state.rollen; },
  get statussen() { return state.statussen; },
  get zaakobjecten() { return state.zaakobjecten; },
  get eigenschappen() { return state.eigenschappen; },
  get zios() { return state.zios; },
  get resultaten() { return state.resultaten; },
  get documenten() { return state.documenten; },
  get berichten() { return state.berichten; },
};

// ---------------------------------------------------------------------------------------
// Ownership

export function initiatorOf(zaakUuid: string): RolRecord | undefined {
  for (const r of state.rollen.values()) if (r.zaakUuid === zaakUuid) return r;
  return undefined;
}

/** The gateway's filter: a zaak is yours when you are its initiator (or created it and no initiator exists yet). */
export function isOwnZaak(zaak: ZaakRecord, bsn: string): boolean {
  const initiator = initiatorOf(zaak.uuid);
  return initiator ? initiator.inpBsn === bsn : zaak.creatorBsn === bsn;
}

export function zakenOf(bsn: string): ZaakRecord[] {
  return [...state.zaken.values()].filter((z) => isOwnZaak(z, bsn));
}

// ---------------------------------------------------------------------------------------
// Idempotency (IETF draft "The Idempotency-Key HTTP Header Field")

export type IdempotencyOutcome = { kind: 'new' } | { kind: 'replay'; uuid: string } | { kind: 'conflict' };

/**
 * Looks a key up for one person and one operation. The check and the later `remember` run
 * in the same synchronous turn as the creation, so two concurrent submits cannot both pass.
 */
export function checkIdempotency(scope: string, bsn: string, key: string, fingerprint: string): IdempotencyOutcome {
  const found = state.idempotency.get(`${scope}|${bsn}|${key}`);
  if (!found) return { kind: 'new' };
  return found.fingerprint === fingerprint ? { kind: 'replay', uuid: found.uuid } : { kind: 'conflict' };
}
export function rememberIdempotency(scope: string, bsn: string, key: string, fingerprint: string, uuid: string): void {
  state.idempotency.set(`${scope}|${bsn}|${key}`, { fingerprint, uuid });
}

/** Key order does not change a JSON body's meaning, so the fingerprint sorts keys. */
export function fingerprint(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sort(x)]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

// ---------------------------------------------------------------------------------------
// Zaken

export type NewZaak = {
  zaaktype: Zaaktype;
  bronorganisatie: string;
  verantwoordelijkeOrganisatie: string;
  omschrijving: string;
  toelichting: string;
  startdatum: string;
  creatorBsn: string;
  registratiedatum?: string;
  uuid?: string;
};

export function createZaak(input: NewZaak): ZaakRecord {
  const registratiedatum = input.registratiedatum ?? zakenToday();
  const seq = nextSeq();
  const zaak: ZaakRecord = {
    uuid: input.uuid ?? crypto.randomUUID(),
    identificatie: `MG-${registratiedatum.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
    zaaktypeUuid: input.zaaktype.uuid,
    bronorganisatie: input.bronorganisatie,
    verantwoordelijkeOrganisatie: input.verantwoordelijkeOrganisatie,
    omschrijving: input.omschrijving,
    toelichting: input.toelichting,
    registratiedatum,
    startdatum: input.startdatum,
    einddatum: null,
    // The clock runs from receipt (registratiedatum), whatever start date the client sent.
    einddatumGepland: addDuration(registratiedatum, input.zaaktype.servicenorm),
    uiterlijkeEinddatumAfdoening: stricterDueDate(registratiedatum, input.zaaktype.wettelijkeTermijnen),
    verlenging: null,
    relevanteAndereZaken: [],
    creatorBsn: input.creatorBsn,
    statusUuid: null,
    resultaatUuid: null,
  };
  state.zaken.set(zaak.uuid, zaak);
  return zaak;
}

export function zaaktypeOf(zaak: ZaakRecord): Zaaktype {
  const z = getZaaktype(zaak.zaaktypeUuid);
  if (!z) throw new Error(`zaak ${zaak.uuid} has an unknown zaaktype`);
  return z;
}

export function currentStatustype(zaak: ZaakRecord): Statustype | undefined {
  const status = zaak.statusUuid ? state.statussen.get(zaak.statusUuid) : undefined;
  return status ? findStatustype(status.statustypeUuid) : undefined;
}

export function isClosed(zaak: ZaakRecord): boolean {
  return zaak.einddatum !== null;
}

function bsnOf(zaak: ZaakRecord): string {
  return initiatorOf(zaak.uuid)?.inpBsn ?? zaak.creatorBsn;
}

function addBericht(zaak: ZaakRecord, soort: BerichtSoort, onderwerp: string, inhoud: string, verzonden: string): BerichtRecord {
  const seq = nextSeq();
  const bericht: BerichtRecord = {
    id: crypto.randomUUID(), bsn: bsnOf(zaak), zaakUuid: zaak.uuid, zaakIdentificatie: zaak.identificatie, soort,
    onderwerp, inhoud, afzender: zaaktypeOf(zaak).holder.naam, verzonden, gelezen: false, seq,
  };
  state.berichten.set(bericht.id, bericht);
  return bericht;
}

/** A message that belongs to no zaak: an alert about a new ad-hoc look-up (issue 4). */
export function addVerwerkingBericht(input: { bsn: string; onderwerp: string; inhoud: string; afzender: string; verwerking: { traceId: string; spanId: string } }): BerichtRecord {
  const bericht: BerichtRecord = {
    id: crypto.randomUUID(), bsn: input.bsn, zaakUuid: '', zaakIdentificatie: '', soort: 'verwerking',
    onderwerp: input.onderwerp, inhoud: input.inhoud, afzender: input.afzender, verzonden: nowDateTime(), gelezen: false, seq: nextSeq(),
    verwerking: input.verwerking,
  };
  state.berichten.set(bericht.id, bericht);
  return bericht;
}

export type SetStatusInput = {
  zaak: ZaakRecord;
  statustype: Statustype;
  statustoelichting?: string;
  datumStatusGezet?: string;
  /** Required when the statustype ends the zaak (ZGW: a resultaat before the eindstatus). */
  resultaat?: { code: ResultaattypeCode; toelichting: string };
};

/** Sets a status, ends the zaak on an eindstatus (with its resultaat) and sends the bericht. */
export function setStatus(input: SetStatusInput): StatusRecord {
  const { zaak, statustype } = input;
  const zaaktype = zaaktypeOf(zaak);
  const datum = input.datumStatusGezet ?? nowDateTime();
  if (statustype.isEindstatus) {
    const code: ResultaattypeCode = statustype.code === 'ingetrokken' ? 'ingetrokken' : (input.resultaat?.code ?? 'toegekend');
    const resultaattype = zaaktype.resultaattypen.find((r) => r.code === code);
    if (!resultaattype) throw new Error(`no resultaattype ${code}`);
    const resultaat: ResultaatRecord = {
      uuid: crypto.randomUUID(), zaakUuid: zaak.uuid, resultaattypeUuid: resultaattype.uuid,
      toelichting: input.resultaat?.toelichting ?? resultaattype.toelichting,
    };
    state.resultaten.set(resultaat.uuid, resultaat);
    zaak.resultaatUuid = resultaat.uuid;
    zaak.einddatum = datum.slice(0, 10);
  }
  const status: StatusRecord = {
    uuid: crypto.randomUUID(), zaakUuid: zaak.uuid, statustypeUuid: statustype.uuid, datumStatusGezet: datum,
    statustoelichting: input.statustoelichting ?? statustype.statustekst,
  };
  state.statussen.set(status.uuid, status);
  zaak.statusUuid = status.uuid;

  const titel = `${zaaktype.omschrijving} (${zaak.identificatie})`;
  if (statustype.code === 'ontvangen') {
    addBericht(zaak, 'ontvangen', `Ontvangen: ${titel}`,
      `${zaaktype.holder.naam} heeft uw verzoek ontvangen. U krijgt uiterlijk ${zaak.uiterlijkeEinddatumAfdoening ?? ''} een besluit.`, datum);
  } else if (statustype.code === 'besloten') {
    const resultaat = zaak.resultaatUuid ? state.resultaten.get(zaak.resultaatUuid) : undefined;
    const toegekend = zaaktype.resultaattypen.find((r) => r.uuid === resultaat?.resultaattypeUuid)?.code === 'toegekend';
    addBericht(zaak, 'besluit', `Besluit: ${titel}`,
      toegekend
        ? 'Uw verzoek is toegekend. Het gegeven is aangepast.'
        : `Uw verzoek is afgewezen. ${resultaat?.toelichting ?? ''} U kunt bezwaar maken of een klacht indienen bij de Autoriteit Persoonsgegevens.`,
      datum);
  } else if (statustype.code === 'ingetrokken') {
    addBericht(zaak, 'ingetrokken', `Ingetrokken: ${titel}`, 'U heeft uw verzoek ingetrokken.', datum);
  } else {
    addBericht(zaak, 'status', `${statustype.omschrijving}: ${titel}`, status.statustoelichting, datum);
  }
  return status;
}

/** The next step on the normal path (ontvangen → in behandeling → aanvullende informatie → besloten). */
export function nextStatustype(zaak: ZaakRecord): Statustype | undefined {
  if (isClosed(zaak)) return undefined;
  const path = zaaktypeOf(zaak).statustypen.filter((s) => s.code !== 'ingetrokken').sort((a, b) => a.volgnummer - b.volgnummer);
  const current = currentStatustype(zaak);
  return current ? path.find((s) => s.volgnummer > current.volgnummer) : path[0];
}

export type ExtendResult = { ok: true; zaak: ZaakRecord } | { ok: false; error: ExtensionError | 'already-extended' | 'closed' };

/**
 * Records an extension (GDPR 12(3)) and moves the due date; the rules live in src/lib/deadlines.
 * `decidedOn` defaults to today; seeds pass earlier dates (and the bericht gets that date).
 */
export function extendZaak(zaak: ZaakRecord, reden: string, duur: string, decidedOn = zakenToday()): ExtendResult {
  if (isClosed(zaak)) return { ok: false, error: 'closed' };
  if (zaak.verlenging) return { ok: false, error: 'already-extended' };
  const zaaktype = zaaktypeOf(zaak);
  const result = extendTerm(
    { doorlooptijd: zaaktype.doorlooptijd, verlengingMogelijk: zaaktype.verlengingMogelijk, verlengingstermijn: zaaktype.verlengingstermijn },
    { start: zaak.registratiedatum, duur, decidedOn, reden },
  );
  if (!result.ok) return { ok: false, error: result.error };
  zaak.verlenging = { reden, duur };
  zaak.uiterlijkeEinddatumAfdoening = result.dueDate;
  const verzonden = decidedOn === zakenToday() ? nowDateTime() : `${decidedOn}T09:00:00.000Z`;
  addBericht(zaak, 'verlenging', `Verlengd: ${zaaktype.omschrijving} (${zaak.identificatie})`,
    `De behandeltermijn is verlengd tot ${result.dueDate}. Reden: ${reden}`, verzonden);
  return { ok: true, zaak };
}

// ---------------------------------------------------------------------------------------
// While pending: "in onderzoek" in the BRP itself

export type OpenCorrection = { zaakUuid: string; registratie: RegistryId; veld: string; registratiedatum: string };

/**
 * Open correction zaken (not ended) of this person about a registry field, from the
 * zaakobject's `overigeData`. The BRP mock marks those fields `inOnderzoek` from the zaak's
 * registration date (see mocks/data/zaken/brp-overlay.ts).
 */
export function openCorrectionsFor(bsn: string, registratie?: RegistryId): OpenCorrection[] {
  const out: OpenCorrection[] = [];
  for (const zaak of zakenOf(bsn)) {
    if (isClosed(zaak)) continue;
    const zaaktype = zaaktypeOf(zaak);
    if (zaaktype.soort !== 'correctie' || (registratie && zaaktype.registry !== registratie)) continue;
    for (const o of state.zaakobjecten.values()) {
      if (o.zaakUuid !== zaak.uuid || typeof o.overigeData.veld !== 'string') continue;
      out.push({ zaakUuid: zaak.uuid, registratie: zaaktype.registry, veld: o.overigeData.veld, registratiedatum: zaak.registratiedatum });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reset and seed

/** Empty state and the real mock clock; mocks/data/zaken/index.ts re-seeds after this. */
export function resetZakenStore(): void {
  state = emptyState();
  lastStamp = '';
}
