import type { RegistryId } from '@/lib/registries';
import { amsterdamDay, gatewayNow, gatewayToday } from '../../gateway/clock';
import {
  findResultaattype,
  findStatustype,
  getZaaktype,
  type Archiefnominatie,
  type EigenschapNaam,
  type Resultaattype,
  type Statustype,
  type Zaaktype,
} from './catalogus';
import { bezwaarTot, datumInWoorden, opWerkdag, plusPeriode, verleng, type VerlengFout } from './termijnen';

/**
 * The stateful part of the mock Zaken and Documenten APIs and the berichtenbox: plain records
 * keyed by UUID, with references by UUID (the handlers turn them into absolute URLs of the
 * request's origin). `resetZakenStore()` returns to the seeded state.
 *
 * What the server (Open Zaak) derives, this store derives too, with its own arithmetic
 * (./termijnen.ts): `uiterlijkeEinddatumAfdoening` and `einddatumGepland` on creation,
 * `einddatum`, `archiefnominatie` and `archiefactiedatum` when the end status is set.
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
  /** ZGW `opschorting`: the holder waits for the citizen (status "aanvullende informatie"). */
  opschorting: { indicatie: boolean; reden: string };
  relevanteAndereZaken: Array<{ zaakUuid: string; aardRelatie: 'vervolg' | 'onderwerp' | 'bijdrage' }>;
  kenmerken: Array<{ kenmerk: string; bron: string }>;
  archiefnominatie: Archiefnominatie | null;
  archiefactiedatum: string | null;
  startdatumBewaartermijn: string | null;
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
  /** Issue 14: absent for the citizen's own request (the initiator). */
  omschrijvingGeneriek?: 'initiator' | 'belanghebbende';
  indicatieMachtiging?: 'gemachtigde' | 'machtiginggever';
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
export type ZaakEigenschapRecord = {
  uuid: string;
  zaakUuid: string;
  eigenschapUuid: string;
  naam: EigenschapNaam;
  waarde: string;
};
export type ZioRecord = {
  uuid: string;
  zaakUuid: string;
  informatieobjectUuid: string;
  titel: string;
  beschrijving: string;
  registratiedatum: string;
};
/** Documenten API `ObjectInformatieObject`: created by the Zaken API with each ZIO (as Open Zaak does), never by a client. */
export type OioRecord = { uuid: string; informatieobjectUuid: string; zaakUuid: string };
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
  indicatieGebruiksrecht: boolean | null;
  beginRegistratie: string;
  bytes: Uint8Array;
};
/**
 * `verwerking`: a new ad-hoc look-up of the citizen's data (issue 4's opt-in alert); it has no
 * zaak. `beperking`: the holder restricted the use of the data, or says when it lifts it.
 */
export type BerichtSoort =
  'ontvangen' | 'status' | 'verlenging' | 'besluit' | 'ingetrokken' | 'verwerking' | 'beperking';
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
  oios: Map<string, OioRecord>;
  resultaten: Map<string, ResultaatRecord>;
  documenten: Map<string, DocumentRecord>;
  berichten: Map<string, BerichtRecord>;
  sequence: number;
};

function emptyState(): State {
  return {
    zaken: new Map(),
    rollen: new Map(),
    statussen: new Map(),
    zaakobjecten: new Map(),
    eigenschappen: new Map(),
    zios: new Map(),
    oios: new Map(),
    resultaten: new Map(),
    documenten: new Map(),
    berichten: new Map(),
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
  get zaken() {
    return state.zaken;
  },
  get rollen() {
    return state.rollen;
  },
  get statussen() {
    return state.statussen;
  },
  get zaakobjecten() {
    return state.zaakobjecten;
  },
  get eigenschappen() {
    return state.eigenschappen;
  },
  get zios() {
    return state.zios;
  },
  get oios() {
    return state.oios;
  },
  get resultaten() {
    return state.resultaten;
  },
  get documenten() {
    return state.documenten;
  },
  get berichten() {
    return state.berichten;
  },
};

// ---------------------------------------------------------------------------------------
// Ownership

export function initiatorOf(zaakUuid: string): RolRecord | undefined {
  for (const r of state.rollen.values())
    if (r.zaakUuid === zaakUuid && r.omschrijvingGeneriek !== 'belanghebbende') return r;
  return undefined;
}

/**
 * Whom the zaak is about: the belanghebbende (machtiginggever) of a request filed on behalf
 * (issue 14), else the initiator. A parent's request for a child is the child's.
 */
export function onderwerpOf(zaakUuid: string): RolRecord | undefined {
  for (const r of state.rollen.values())
    if (r.zaakUuid === zaakUuid && r.omschrijvingGeneriek === 'belanghebbende') return r;
  return initiatorOf(zaakUuid);
}

/** The gateway's filter: a zaak is yours when it is about you (or you created it and no rol exists yet). */
export function isOwnZaak(zaak: ZaakRecord, bsn: string): boolean {
  const onderwerp = onderwerpOf(zaak.uuid);
  return onderwerp ? onderwerp.inpBsn === bsn : zaak.creatorBsn === bsn;
}

export function zakenOf(bsn: string): ZaakRecord[] {
  return [...state.zaken.values()].filter((z) => isOwnZaak(z, bsn));
}

/** Open Zaak's `UniekeIdentificatieValidator`: identificatie is unique per bronorganisatie. */
export function zaakByIdentificatie(bronorganisatie: string, identificatie: string): ZaakRecord | undefined {
  for (const z of state.zaken.values())
    if (z.bronorganisatie === bronorganisatie && z.identificatie === identificatie) return z;
  return undefined;
}
export function documentByIdentificatie(bronorganisatie: string, identificatie: string): DocumentRecord | undefined {
  for (const d of state.documenten.values())
    if (d.bronorganisatie === bronorganisatie && d.identificatie === identificatie) return d;
  return undefined;
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
  identificatie?: string;
  kenmerken?: ZaakRecord['kenmerken'];
  relevanteAndereZaken?: ZaakRecord['relevanteAndereZaken'];
  registratiedatum?: string;
  uuid?: string;
};

/** A zaak as the server creates it: dates derived from the zaaktype (startdatum + doorlooptijd / servicenorm, on a working day). */
export function createZaak(input: NewZaak): ZaakRecord {
  const registratiedatum = input.registratiedatum ?? zakenToday();
  const seq = nextSeq();
  const zaak: ZaakRecord = {
    uuid: input.uuid ?? crypto.randomUUID(),
    identificatie: input.identificatie ?? `MG-${registratiedatum.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
    zaaktypeUuid: input.zaaktype.uuid,
    bronorganisatie: input.bronorganisatie,
    verantwoordelijkeOrganisatie: input.verantwoordelijkeOrganisatie,
    omschrijving: input.omschrijving,
    toelichting: input.toelichting,
    registratiedatum,
    startdatum: input.startdatum,
    einddatum: null,
    einddatumGepland: plusPeriode(input.startdatum, input.zaaktype.servicenorm),
    // This holder follows the Algemene termijnenwet: a last day on a Saturday, Sunday or
    // feestdag moves to the next working day (Open Zaak itself would not; the app explains both).
    uiterlijkeEinddatumAfdoening: opWerkdag(plusPeriode(input.startdatum, input.zaaktype.doorlooptijd)),
    verlenging: null,
    opschorting: { indicatie: false, reden: '' },
    relevanteAndereZaken: input.relevanteAndereZaken ?? [],
    kenmerken: input.kenmerken ?? [],
    archiefnominatie: null,
    archiefactiedatum: null,
    startdatumBewaartermijn: null,
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

export function resultaattypeOf(zaak: ZaakRecord): Resultaattype | undefined {
  const r = zaak.resultaatUuid ? state.resultaten.get(zaak.resultaatUuid) : undefined;
  return r ? findResultaattype(r.resultaattypeUuid) : undefined;
}

export function isClosed(zaak: ZaakRecord): boolean {
  return zaak.einddatum !== null;
}

function bsnOf(zaak: ZaakRecord): string {
  // Messages go to the berichtenbox of the person the request is about.
  return onderwerpOf(zaak.uuid)?.inpBsn ?? zaak.creatorBsn;
}

function addBericht(
  zaak: ZaakRecord,
  soort: BerichtSoort,
  onderwerp: string,
  inhoud: string,
  verzonden: string,
): BerichtRecord {
  const seq = nextSeq();
  const bericht: BerichtRecord = {
    id: crypto.randomUUID(),
    bsn: bsnOf(zaak),
    zaakUuid: zaak.uuid,
    zaakIdentificatie: zaak.identificatie,
    soort,
    onderwerp,
    inhoud,
    afzender: zaaktypeOf(zaak).holder.naam,
    verzonden,
    gelezen: false,
    seq,
  };
  state.berichten.set(bericht.id, bericht);
  return bericht;
}

/** A message that belongs to no zaak: an alert about a new ad-hoc look-up (issue 4). */
export function addVerwerkingBericht(input: {
  bsn: string;
  onderwerp: string;
  inhoud: string;
  afzender: string;
  verwerking: { traceId: string; spanId: string };
}): BerichtRecord {
  const bericht: BerichtRecord = {
    id: crypto.randomUUID(),
    bsn: input.bsn,
    zaakUuid: '',
    zaakIdentificatie: '',
    soort: 'verwerking',
    onderwerp: input.onderwerp,
    inhoud: input.inhoud,
    afzender: input.afzender,
    verzonden: nowDateTime(),
    gelezen: false,
    seq: nextSeq(),
    verwerking: input.verwerking,
  };
  state.berichten.set(bericht.id, bericht);
  return bericht;
}

/** Posts the resultaat (one per zaak; the handlers check who may post which). */
export function setResultaat(zaak: ZaakRecord, resultaattype: Resultaattype, toelichting?: string): ResultaatRecord {
  const resultaat: ResultaatRecord = {
    uuid: crypto.randomUUID(),
    zaakUuid: zaak.uuid,
    resultaattypeUuid: resultaattype.uuid,
    toelichting: toelichting ?? resultaattype.toelichting,
  };
  state.resultaten.set(resultaat.uuid, resultaat);
  zaak.resultaatUuid = resultaat.uuid;
  return resultaat;
}

export type SetStatusInput = {
  zaak: ZaakRecord;
  statustype: Statustype;
  statustoelichting?: string;
  datumStatusGezet?: string;
};

/**
 * Sets a status and sends the bericht. The end status closes the zaak: the resultaat must be
 * there already (the handlers answer `resultaat-does-not-exist` otherwise), and, as Open Zaak
 * does, `einddatum` becomes the status date and the archive fields follow from the
 * resultaattype (brondatum = einddatum, afleidingswijze "afgehandeld").
 */
export function setStatus(input: SetStatusInput): StatusRecord {
  const { zaak, statustype } = input;
  const zaaktype = zaaktypeOf(zaak);
  const datum = input.datumStatusGezet ?? nowDateTime();
  const resultaattype = resultaattypeOf(zaak);
  if (statustype.isEindstatus) {
    if (!resultaattype) throw new Error(`zaak ${zaak.uuid}: an end status needs a resultaat first`);
    zaak.einddatum = datum.slice(0, 10);
    zaak.startdatumBewaartermijn = zaak.einddatum;
    zaak.archiefnominatie = resultaattype.archiefnominatie;
    zaak.archiefactiedatum = plusPeriode(zaak.einddatum, resultaattype.archiefactietermijn);
  }
  const status: StatusRecord = {
    uuid: crypto.randomUUID(),
    zaakUuid: zaak.uuid,
    statustypeUuid: statustype.uuid,
    datumStatusGezet: datum,
    statustoelichting: input.statustoelichting ?? statustype.statustekst,
  };
  state.statussen.set(status.uuid, status);
  zaak.statusUuid = status.uuid;

  const titel = `${zaaktype.omschrijving} (${zaak.identificatie})`;
  const dag = amsterdamDay(datum);
  if (statustype.code === 'ontvangen') {
    const tot = zaak.uiterlijkeEinddatumAfdoening ? datumInWoorden(zaak.uiterlijkeEinddatumAfdoening) : '';
    // No promise the law does not give: the term may be extended, and then only with reasons.
    const verlenging = zaaktype.verlengingMogelijk
      ? ' Soms is meer tijd nodig. Dan mogen wij de termijn verlengen, maar alleen als wij u dat vóór die datum laten weten, met de reden.'
      : '';
    addBericht(
      zaak,
      'ontvangen',
      `Ontvangen: ${titel}`,
      `${zaaktype.holder.naam} heeft uw verzoek ontvangen. Wij moeten uiterlijk ${tot} beslissen.${verlenging}`,
      datum,
    );
  } else if (statustype.isEindstatus && resultaattype?.code === 'ingetrokken') {
    const beperking = liftRestriction(zaak, dag);
    addBericht(
      zaak,
      'ingetrokken',
      `Ingetrokken: ${titel}`,
      `U heeft uw verzoek ingetrokken.${beperking ? ' De beperking van het gebruik van het gegeven stopt daarmee vandaag.' : ''}`,
      datum,
    );
  } else if (statustype.isEindstatus) {
    const resultaat = zaak.resultaatUuid ? state.resultaten.get(zaak.resultaatUuid) : undefined;
    addBericht(
      zaak,
      'besluit',
      `Besluit: ${titel}`,
      besluitTekst(zaaktype, resultaattype?.code, resultaat?.toelichting ?? '', dag),
      datum,
    );
    announceLift(
      zaak,
      resultaattype?.code === 'afgewezen' ? plusPeriode(bezwaarTot(dag), 'P1D') : plusPeriode(dag, 'P1D'),
      datum,
    );
  } else if (statustype.code === 'aanvullende_informatie') {
    // The holder asks a question and names the day it wants the answer (two weeks, on a working day).
    // It does not claim the decision term stops: whether Awb 4:15 suspends a GDPR term is not settled
    // (docs/legal/remedies.md); the page says only what follows from the holder's own request.
    const tot = opWerkdag(plusPeriode(dag, 'P2W'));
    setEigenschap(zaak, 'antwoordGevraagdVoor', tot);
    zaak.opschorting = { indicatie: true, reden: 'Wacht op aanvullende informatie van de aanvrager.' };
    addBericht(
      zaak,
      'status',
      `${statustype.omschrijving}: ${titel}`,
      `${status.statustoelichting} Stuur uw antwoord uiterlijk ${datumInWoorden(tot)} via Mijn verzoeken. ` +
        'Krijgen wij niets? Dan beslissen wij over uw verzoek met de informatie die wij al hebben.',
      datum,
    );
  } else {
    addBericht(zaak, 'status', `${statustype.omschrijving}: ${titel}`, status.statustoelichting, datum);
    // The holder starts checking: a requested restriction (GDPR art. 18(1)(a)) is now in force.
    if (statustype.code === 'in_behandeling') applyRestriction(zaak, datum);
  }
  return status;
}

/**
 * The decision letter. A decision of a bestuursorgaan on a GDPR request is a besluit (UAVG art.
 * 34): bezwaar within six weeks from the day after it was sent (Awb 6:7, 6:8), on a working
 * day (Atw), with the date written out. A private organisation's answer is no besluit: the
 * route is the court (UAVG art. 35) or the Autoriteit Persoonsgegevens.
 */
function besluitTekst(zaaktype: Zaaktype, uitkomst: string | undefined, toelichting: string, dag: string): string {
  const wat =
    zaaktype.soort === 'uitleg'
      ? `Ons antwoord op uw vraag: ${toelichting}`
      : uitkomst === 'toegekend'
        ? `Uw verzoek is toegekend. ${toelichting}`
        : `Uw verzoek is afgewezen. ${toelichting}`;
  const oneens =
    zaaktype.holder.bestuursorgaan === false
      ? 'Bent u het niet eens met dit antwoord? Dan kunt u binnen zes weken de rechter vragen erover te beslissen (Uitvoeringswet AVG artikel 35), of een klacht indienen bij de Autoriteit Persoonsgegevens.'
      : `Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Stuur uw bezwaar naar ${zaaktype.holder.naam}, via de website of per brief. ` +
        `Het moet uiterlijk ${datumInWoorden(bezwaarTot(dag))} binnen zijn. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.`;
  return `${wat} ${oneens}`;
}

// ---------------------------------------------------------------------------------------
// Restriction of use while accuracy is checked (GDPR art. 18)

function eigenschapWaarde(zaak: ZaakRecord, naam: EigenschapNaam): string | undefined {
  for (const e of state.eigenschappen.values()) if (e.zaakUuid === zaak.uuid && e.naam === naam) return e.waarde;
  return undefined;
}

/** The holder records an eigenschap (its own; a citizen cannot set these). */
function setEigenschap(zaak: ZaakRecord, naam: EigenschapNaam, waarde: string): void {
  const eigenschap = zaaktypeOf(zaak).eigenschappen.find((e) => e.naam === naam);
  if (!eigenschap) return;
  for (const e of state.eigenschappen.values()) {
    if (e.zaakUuid === zaak.uuid && e.naam === naam) {
      e.waarde = waarde;
      return;
    }
  }
  const uuid = crypto.randomUUID();
  state.eigenschappen.set(uuid, { uuid, zaakUuid: zaak.uuid, eigenschapUuid: eigenschap.uuid, naam, waarde });
}

export const restrictionInForce = (zaak: ZaakRecord): boolean => eigenschapWaarde(zaak, 'beperking') === 'van kracht';

function applyRestriction(zaak: ZaakRecord, datum: string): void {
  if (eigenschapWaarde(zaak, 'beperkingGevraagd') !== 'ja' || restrictionInForce(zaak)) return;
  setEigenschap(zaak, 'beperking', 'van kracht');
  addBericht(
    zaak,
    'beperking',
    `Gebruik beperkt: ${zaaktypeOf(zaak).omschrijving} (${zaak.identificatie})`,
    'Zoals u vroeg, gebruiken wij het gegeven alleen nog beperkt zolang wij onderzoeken of het klopt. Het blijft bewaard. ' +
      'Wij gebruiken het alleen nog met uw toestemming, voor een rechtszaak, om de rechten van een ander te beschermen, of om een ' +
      'gewichtige reden van algemeen belang (AVG artikel 18). Voordat wij de beperking opheffen, laten wij het u weten.',
    datum,
  );
}

/**
 * GDPR art. 18(3): the citizen is told before the restriction is lifted. On a decision the
 * holder names the day it stops: after a refusal the day after the bezwaar term ends (the
 * citizen may still contest), after a correction the next day (the data is then right).
 */
function announceLift(zaak: ZaakRecord, stopt: string, datum: string): void {
  if (!restrictionInForce(zaak) || eigenschapWaarde(zaak, 'beperkingStopt')) return;
  setEigenschap(zaak, 'beperkingStopt', stopt);
  addBericht(
    zaak,
    'beperking',
    `Beperking stopt: ${zaaktypeOf(zaak).omschrijving} (${zaak.identificatie})`,
    `De beperking van het gebruik van het gegeven stopt op ${datumInWoorden(stopt)}. Tot die dag blijft zij van kracht.`,
    datum,
  );
}

/** Withdrawn: the citizen no longer contests the data, so the restriction ends the same day. */
function liftRestriction(zaak: ZaakRecord, dag: string): boolean {
  if (!restrictionInForce(zaak)) return false;
  setEigenschap(zaak, 'beperkingStopt', dag);
  return true;
}

/** Links a document to a zaak; the Zaken API creates the matching ObjectInformatieObject in the Documenten API. */
export function linkDocument(zaak: ZaakRecord, doc: DocumentRecord, titel: string, beschrijving: string): ZioRecord {
  const zio: ZioRecord = {
    uuid: crypto.randomUUID(),
    zaakUuid: zaak.uuid,
    informatieobjectUuid: doc.uuid,
    titel,
    beschrijving,
    registratiedatum: nowDateTime(),
  };
  state.zios.set(zio.uuid, zio);
  const oio: OioRecord = { uuid: crypto.randomUUID(), informatieobjectUuid: doc.uuid, zaakUuid: zaak.uuid };
  state.oios.set(oio.uuid, oio);
  // The simulated holder: an answer while it waits for one resumes the handling.
  if (zaak.opschorting.indicatie && currentStatustype(zaak)?.code === 'aanvullende_informatie') {
    const verder = zaaktypeOf(zaak).statustypen.find((s) => s.code === 'in_behandeling');
    zaak.opschorting = { indicatie: false, reden: '' };
    if (verder)
      setStatus({
        zaak,
        statustype: verder,
        statustoelichting: 'Wij hebben uw aanvulling ontvangen en behandelen uw verzoek verder.',
      });
  }
  return zio;
}

export const isLinked = (doc: DocumentRecord): boolean =>
  [...state.oios.values()].some((o) => o.informatieobjectUuid === doc.uuid);

/**
 * Uploads nobody linked to a zaak: a submit abandoned halfway, or a tab closed before
 * "Versturen". The gateway removes them after a day (on the gateway clock), so evidence never
 * lingers without a request it belongs to.
 */
export const ORPHAN_AFTER_MS = 24 * 60 * 60 * 1000;
export function sweepOrphanDocuments(now = gatewayNow()): number {
  let removed = 0;
  for (const doc of [...state.documenten.values()]) {
    if (!isLinked(doc) && now - Date.parse(doc.beginRegistratie) > ORPHAN_AFTER_MS) {
      state.documenten.delete(doc.uuid);
      removed++;
    }
  }
  return removed;
}

// ---------------------------------------------------------------------------------------
// The holder's side (simulated by the mock controls; never a citizen's right)

/** The next step on the normal path (ontvangen → in behandeling → aanvullende informatie); the end status follows a decision. */
export function nextStatustype(zaak: ZaakRecord): Statustype | undefined {
  if (isClosed(zaak)) return undefined;
  const path = [...zaaktypeOf(zaak).statustypen].sort((a, b) => a.volgnummer - b.volgnummer);
  const current = currentStatustype(zaak);
  return current ? path.find((s) => s.volgnummer > current.volgnummer) : path[0];
}

/** The holder decides: resultaat (toegekend or afgewezen) first, then the end status. */
export function decide(
  zaak: ZaakRecord,
  code: 'toegekend' | 'afgewezen',
  toelichting: string | undefined,
  datumStatusGezet?: string,
): StatusRecord {
  const zaaktype = zaaktypeOf(zaak);
  const resultaattype = zaaktype.resultaattypen.find((r) => r.code === code);
  const eind = zaaktype.statustypen.find((s) => s.isEindstatus);
  if (!resultaattype || !eind) throw new Error(`zaaktype ${zaaktype.identificatie} cannot decide ${code}`);
  setResultaat(zaak, resultaattype, toelichting);
  return setStatus({ zaak, statustype: eind, ...(datumStatusGezet ? { datumStatusGezet } : {}) });
}

export type ExtendResult = { ok: true; zaak: ZaakRecord } | { ok: false; error: VerlengFout | 'closed' };

/**
 * The holder records an extension (GDPR 12(3)), moves the last day and tells the citizen.
 * `decidedOn` defaults to today; seeds pass earlier dates (and the bericht gets that date).
 */
export function extendZaak(zaak: ZaakRecord, reden: string, duur: string, decidedOn = zakenToday()): ExtendResult {
  if (isClosed(zaak)) return { ok: false, error: 'closed' };
  const zaaktype = zaaktypeOf(zaak);
  const nominaal = plusPeriode(zaak.startdatum, zaaktype.doorlooptijd);
  const result = verleng({
    eersteTermijnTot: nominaal,
    eersteTermijnWettelijk: zaak.uiterlijkeEinddatumAfdoening ?? opWerkdag(nominaal),
    besluitOp: decidedOn,
    duur,
    reden,
    verlengingMogelijk: zaaktype.verlengingMogelijk,
    verlengingstermijn: zaaktype.verlengingstermijn,
    alVerlengd: zaak.verlenging !== null,
  });
  if (!result.ok) return { ok: false, error: result.fout };
  zaak.verlenging = { reden, duur };
  zaak.uiterlijkeEinddatumAfdoening = result.tot;
  const verzonden = decidedOn === zakenToday() ? nowDateTime() : `${decidedOn}T09:00:00.000Z`;
  addBericht(
    zaak,
    'verlenging',
    `Verlengd: ${zaaktype.omschrijving} (${zaak.identificatie})`,
    `Wij hebben meer tijd nodig. Wij beslissen uiterlijk ${datumInWoorden(result.tot)}. Reden: ${reden}`,
    verzonden,
  );
  return { ok: true, zaak };
}

// ---------------------------------------------------------------------------------------
// While pending: "in onderzoek" in the BRP itself

export type OpenCorrection = { zaakUuid: string; registratie: RegistryId; veld: string; onderzoekSinds: string };

/**
 * Fields of this person under investigation by their holder: open correction zaken whose holder
 * has started the investigation (status "In behandeling"), with the date it did so. Filing a
 * request does not by itself mark anything: the holder decides to investigate, and the marker
 * carries the holder's own start date (see mocks/data/zaken/brp-overlay.ts).
 */
export function openCorrectionsFor(bsn: string, registratie?: RegistryId): OpenCorrection[] {
  const out: OpenCorrection[] = [];
  for (const zaak of zakenOf(bsn)) {
    if (isClosed(zaak)) continue;
    const zaaktype = zaaktypeOf(zaak);
    if (zaaktype.soort !== 'correctie' || !zaaktype.registry || (registratie && zaaktype.registry !== registratie))
      continue;
    const begonnen = [...state.statussen.values()]
      .filter((s) => s.zaakUuid === zaak.uuid && findStatustype(s.statustypeUuid)?.code === 'in_behandeling')
      .map((s) => amsterdamDay(s.datumStatusGezet))
      .sort()[0];
    if (!begonnen) continue;
    for (const o of state.zaakobjecten.values()) {
      if (o.zaakUuid !== zaak.uuid || typeof o.overigeData.veld !== 'string') continue;
      out.push({
        zaakUuid: zaak.uuid,
        registratie: zaaktype.registry,
        veld: o.overigeData.veld,
        onderzoekSinds: begonnen,
      });
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
