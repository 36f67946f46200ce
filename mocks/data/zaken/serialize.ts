import { API_BASE_PATH } from '../../gateway/base';
import {
  PORTAAL_RSIN,
  CATALOGUS_UUID,
  INFORMATIEOBJECTTYPE_UUID,
  listZaaktypen,
  type Eigenschap,
  type Resultaattype,
  type Roltype,
  type Statustype,
  type Zaaktype,
} from './catalogus';
import {
  currentStatustype,
  store,
  type BerichtRecord,
  type DocumentRecord,
  type OioRecord,
  type ResultaatRecord,
  type RolRecord,
  type StatusRecord,
  type ZaakEigenschapRecord,
  type ZaakObjectRecord,
  type ZaakRecord,
  type ZioRecord,
} from './store';

/**
 * ZGW resources refer to each other by absolute URL. The store keeps UUIDs; these functions
 * build the URLs from the request's origin (the browser's, Vitest's http://localhost or the
 * HTTP server's), so links work wherever the mock runs.
 */

/** Routes of the three ZGW APIs inside the gateway (what the handlers match). */
export const ZRC_ROUTE = '/zaken/api/v1';
export const ZTC_ROUTE = '/catalogi/api/v1';
export const DRC_ROUTE = '/documenten/api/v1';
/** Their paths as the world sees them (gateway base included): what `url` fields carry. */
export const ZRC = `${API_BASE_PATH}${ZRC_ROUTE}`;
export const ZTC = `${API_BASE_PATH}${ZTC_ROUTE}`;
export const DRC = `${API_BASE_PATH}${DRC_ROUTE}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The UUID in a resource URL such as `http://host/api/zaken/api/v1/zaken/<uuid>`. The origin
 * is not compared: the browser, the dev proxy and the HTTP server see different origins for
 * the same resource.
 */
export function uuidFromUrl(value: unknown, base: string, resource: string): string | undefined {
  if (typeof value !== 'string' || value.length > 1000) return undefined;
  let path: string;
  try {
    path = new URL(value).pathname;
  } catch {
    return undefined;
  }
  const prefix = `${base}/${resource}/`;
  if (!path.startsWith(prefix)) return undefined;
  const uuid = path.slice(prefix.length).replace(/\/$/, '');
  return isUuid(uuid) ? uuid : undefined;
}

export type Urls = ReturnType<typeof urls>;
export function urls(origin: string) {
  return {
    zaak: (u: string) => `${origin}${ZRC}/zaken/${u}`,
    rol: (u: string) => `${origin}${ZRC}/rollen/${u}`,
    status: (u: string) => `${origin}${ZRC}/statussen/${u}`,
    zaakobject: (u: string) => `${origin}${ZRC}/zaakobjecten/${u}`,
    zaakeigenschap: (zaak: string, u: string) => `${origin}${ZRC}/zaken/${zaak}/zaakeigenschappen/${u}`,
    zio: (u: string) => `${origin}${ZRC}/zaakinformatieobjecten/${u}`,
    resultaat: (u: string) => `${origin}${ZRC}/resultaten/${u}`,
    catalogus: (u: string) => `${origin}${ZTC}/catalogussen/${u}`,
    zaaktype: (u: string) => `${origin}${ZTC}/zaaktypen/${u}`,
    statustype: (u: string) => `${origin}${ZTC}/statustypen/${u}`,
    eigenschap: (u: string) => `${origin}${ZTC}/eigenschappen/${u}`,
    resultaattype: (u: string) => `${origin}${ZTC}/resultaattypen/${u}`,
    roltype: (u: string) => `${origin}${ZTC}/roltypen/${u}`,
    zaakobjecttype: (u: string) => `${origin}${ZTC}/zaakobjecttypen/${u}`,
    informatieobjecttype: (u: string) => `${origin}${ZTC}/informatieobjecttypen/${u}`,
    document: (u: string) => `${origin}${DRC}/enkelvoudiginformatieobjecten/${u}`,
    oio: (u: string) => `${origin}${DRC}/objectinformatieobjecten/${u}`,
  };
}

// ---------------------------------------------------------------------------------------
// Catalogi 1.3.1

const GELDIG_VANAF = '2026-01-01';

export function catalogusJson(u: Urls) {
  return {
    url: u.catalogus(CATALOGUS_UUID),
    domein: 'MGCOR',
    rsin: PORTAAL_RSIN,
    contactpersoonBeheerNaam: 'Beheer Mijn Gegevens',
    naam: 'Verzoeken over registratiegegevens (mock)',
    versie: '1',
    begindatumVersie: GELDIG_VANAF,
    zaaktypen: listZaaktypen().map((z) => u.zaaktype(z.uuid)),
    besluittypen: [],
    informatieobjecttypen: [u.informatieobjecttype(INFORMATIEOBJECTTYPE_UUID)],
  };
}

export function zaaktypeJson(z: Zaaktype, u: Urls) {
  return {
    url: u.zaaktype(z.uuid),
    identificatie: z.identificatie,
    omschrijving: z.omschrijving,
    omschrijvingGeneriek: z.soort === 'correctie' ? 'Verzoek tot correctie' : 'Verzoek om uitleg',
    vertrouwelijkheidaanduiding: 'vertrouwelijk',
    doel:
      z.soort === 'correctie'
        ? 'Onjuiste of onvolledige gegevens over de burger corrigeren of aanvullen.'
        : 'De burger uitleggen waarom een gegeven zo is geregistreerd.',
    aanleiding: 'Verzoek van de burger via Mijn Gegevens.',
    toelichting: `Bronhouder: ${z.holder.naam}. Grondslag: ${z.grondslag}.`,
    indicatieInternOfExtern: 'extern',
    handelingInitiator: 'Indienen',
    onderwerp: z.omschrijving,
    handelingBehandelaar: 'Behandelen',
    doorlooptijd: z.doorlooptijd,
    servicenorm: z.servicenorm,
    opschortingEnAanhoudingMogelijk: false,
    verlengingMogelijk: z.verlengingMogelijk,
    verlengingstermijn: z.verlengingstermijn,
    // Order-free "key:value" keywords (docs/decisions/022-zgw-catalogue-conventions.md): which registry and
    // which kind of request, for clients that show a list of zaken.
    // A question to the organisation that processed names no registry; a BRP kind with its own term says so.
    trefwoorden: [
      ...(z.registry ? [`registratie:${z.registry}`] : []),
      `verzoeksoort:${z.soort}`,
      ...(z.gegevenssoort ? [`gegevens:${z.gegevenssoort}`] : []),
    ],
    publicatieIndicatie: false,
    publicatietekst: '',
    verantwoordingsrelatie: [],
    productenOfDiensten: [],
    referentieproces: { naam: z.soort === 'correctie' ? 'Rectificatie persoonsgegevens' : 'Inzage en uitleg' },
    verantwoordelijke: z.holder.rsin,
    zaakobjecttypen: [u.zaakobjecttype(z.zaakobjecttypeUuid)],
    catalogus: u.catalogus(CATALOGUS_UUID),
    statustypen: z.statustypen.map((s) => u.statustype(s.uuid)),
    resultaattypen: z.resultaattypen.map((r) => u.resultaattype(r.uuid)),
    eigenschappen: z.eigenschappen.map((e) => u.eigenschap(e.uuid)),
    // Open Zaak returns a list here; the 1.3.1 OAS says string (see catalogi.contract.test.ts).
    informatieobjecttypen: [u.informatieobjecttype(INFORMATIEOBJECTTYPE_UUID)],
    roltypen: [u.roltype(z.roltype.uuid), u.roltype(z.belanghebbende.uuid)],
    besluittypen: [],
    deelzaaktypen: [],
    gerelateerdeZaaktypen: [],
    beginGeldigheid: GELDIG_VANAF,
    eindeGeldigheid: null,
    beginObject: GELDIG_VANAF,
    eindeObject: null,
    versiedatum: GELDIG_VANAF,
    concept: false,
  };
}

function zaaktypeOfChild(zaaktypeUuid: string): Zaaktype {
  const z = listZaaktypen().find((x) => x.uuid === zaaktypeUuid);
  if (!z) throw new Error(`unknown zaaktype ${zaaktypeUuid}`);
  return z;
}

export function statustypeJson(s: Statustype, u: Urls) {
  const z = zaaktypeOfChild(s.zaaktypeUuid);
  return {
    url: u.statustype(s.uuid),
    omschrijving: s.omschrijving,
    omschrijvingGeneriek: s.omschrijvingGeneriek,
    statustekst: s.statustekst,
    zaaktype: u.zaaktype(z.uuid),
    zaaktypeIdentificatie: z.identificatie,
    catalogus: u.catalogus(CATALOGUS_UUID),
    volgnummer: s.volgnummer,
    isEindstatus: s.isEindstatus,
    informeren: true,
    doorlooptijd: null,
    toelichting: null,
    checklistitemStatustype: [],
    eigenschappen: [],
    beginGeldigheid: GELDIG_VANAF,
    eindeGeldigheid: null,
    beginObject: GELDIG_VANAF,
    eindeObject: null,
    zaakobjecttype: u.zaakobjecttype(z.zaakobjecttypeUuid),
  };
}

export function eigenschapJson(e: Eigenschap, u: Urls) {
  const z = zaaktypeOfChild(e.zaaktypeUuid);
  return {
    url: u.eigenschap(e.uuid),
    naam: e.naam,
    definitie: e.definitie,
    specificatie: {
      groep: 'verzoek',
      formaat: 'tekst',
      lengte: String(e.lengte),
      kardinaliteit: '1',
      waardenverzameling: e.waardenverzameling,
    },
    toelichting: '',
    zaaktype: u.zaaktype(z.uuid),
    zaaktypeIdentificatie: z.identificatie,
    catalogus: u.catalogus(CATALOGUS_UUID),
    statustype: null,
    beginGeldigheid: GELDIG_VANAF,
    eindeGeldigheid: null,
    beginObject: GELDIG_VANAF,
    eindeObject: null,
  };
}

export function resultaattypeJson(r: Resultaattype, u: Urls) {
  const z = zaaktypeOfChild(r.zaaktypeUuid);
  return {
    url: u.resultaattype(r.uuid),
    zaaktype: u.zaaktype(z.uuid),
    zaaktypeIdentificatie: z.identificatie,
    omschrijving: r.omschrijving,
    // VNG Referentielijsten: the generic result descriptions and the Selectielijst class.
    resultaattypeomschrijving: `https://referentielijsten-api.vng.cloud/api/v1/resultaattypeomschrijvingen/${r.code}`,
    omschrijvingGeneriek: r.omschrijvingGeneriek,
    selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/mock-verzoek-correctie',
    toelichting: r.toelichting,
    archiefnominatie: r.archiefnominatie,
    archiefactietermijn: r.archiefactietermijn,
    // The archive term runs from the day the zaak ends (Open Zaak's BrondatumCalculator).
    brondatumArchiefprocedure: {
      afleidingswijze: 'afgehandeld',
      datumkenmerk: '',
      einddatumBekend: false,
      objecttype: '',
      registratie: '',
      procestermijn: null,
    },
    procesobjectaard: null,
    catalogus: u.catalogus(CATALOGUS_UUID),
    beginGeldigheid: GELDIG_VANAF,
    eindeGeldigheid: null,
    beginObject: GELDIG_VANAF,
    eindeObject: null,
    indicatieSpecifiek: null,
    procestermijn: null,
    besluittypen: [],
    besluittypeOmschrijving: [],
    informatieobjecttypen: [],
    informatieobjecttypeOmschrijving: [],
    zaakobjecttypen: [],
  };
}

export function roltypeJson(r: Roltype, u: Urls) {
  const z = zaaktypeOfChild(r.zaaktypeUuid);
  return {
    url: u.roltype(r.uuid),
    zaaktype: u.zaaktype(z.uuid),
    zaaktypeIdentificatie: z.identificatie,
    omschrijving: r.omschrijvingGeneriek === 'initiator' ? 'Indiener' : 'Belanghebbende',
    omschrijvingGeneriek: r.omschrijvingGeneriek,
    catalogus: u.catalogus(CATALOGUS_UUID),
    beginGeldigheid: GELDIG_VANAF,
    eindeGeldigheid: null,
    beginObject: GELDIG_VANAF,
    eindeObject: null,
  };
}

export function informatieobjecttypeJson(u: Urls) {
  return {
    url: u.informatieobjecttype(INFORMATIEOBJECTTYPE_UUID),
    catalogus: u.catalogus(CATALOGUS_UUID),
    omschrijving: 'Bewijsstuk',
    vertrouwelijkheidaanduiding: 'vertrouwelijk',
    informatieobjectcategorie: 'Bewijsstuk bij verzoek',
    beginGeldigheid: GELDIG_VANAF,
    concept: false,
    zaaktypen: listZaaktypen().map((z) => u.zaaktype(z.uuid)),
    besluittypen: [],
  };
}

// ---------------------------------------------------------------------------------------
// Zaken 1.5.1

export function zaakJson(z: ZaakRecord, u: Urls) {
  const children = <T extends { zaakUuid: string; uuid: string }>(m: Map<string, T>) =>
    [...m.values()].filter((x) => x.zaakUuid === z.uuid);
  return {
    url: u.zaak(z.uuid),
    uuid: z.uuid,
    identificatie: z.identificatie,
    bronorganisatie: z.bronorganisatie,
    omschrijving: z.omschrijving,
    toelichting: z.toelichting,
    zaaktype: u.zaaktype(z.zaaktypeUuid),
    registratiedatum: z.registratiedatum,
    verantwoordelijkeOrganisatie: z.verantwoordelijkeOrganisatie,
    startdatum: z.startdatum,
    einddatum: z.einddatum,
    einddatumGepland: z.einddatumGepland,
    uiterlijkeEinddatumAfdoening: z.uiterlijkeEinddatumAfdoening,
    publicatiedatum: null,
    productenOfDiensten: [],
    vertrouwelijkheidaanduiding: 'vertrouwelijk',
    betalingsindicatie: 'nvt',
    betalingsindicatieWeergave: 'Er is geen sprake van te betalen, met de zaak gemoeide, kosten.',
    laatsteBetaaldatum: null,
    zaakgeometrie: null,
    verlenging: z.verlenging,
    opschorting: { indicatie: z.opschorting.indicatie, reden: z.opschorting.reden },
    hoofdzaak: null,
    deelzaken: [],
    relevanteAndereZaken: z.relevanteAndereZaken.map((r) => ({ url: u.zaak(r.zaakUuid), aardRelatie: r.aardRelatie })),
    eigenschappen: children(store.eigenschappen).map((e) => u.zaakeigenschap(z.uuid, e.uuid)),
    rollen: children(store.rollen).map((r) => u.rol(r.uuid)),
    status: z.statusUuid ? u.status(z.statusUuid) : null,
    zaakinformatieobjecten: children(store.zios).map((x) => u.zio(x.uuid)),
    zaakobjecten: children(store.zaakobjecten).map((o) => u.zaakobject(o.uuid)),
    kenmerken: z.kenmerken,
    archiefnominatie: z.archiefnominatie,
    archiefstatus: 'nog_te_archiveren',
    archiefactiedatum: z.archiefactiedatum,
    resultaat: z.resultaatUuid ? u.resultaat(z.resultaatUuid) : null,
    processobjectaard: null,
    startdatumBewaartermijn: z.startdatumBewaartermijn,
    processobject: null,
  };
}

export function rolJson(r: RolRecord, u: Urls) {
  return {
    url: u.rol(r.uuid),
    uuid: r.uuid,
    zaak: u.zaak(r.zaakUuid),
    betrokkeneType: 'natuurlijk_persoon',
    roltype: u.roltype(r.roltypeUuid),
    omschrijving: r.omschrijvingGeneriek === 'belanghebbende' ? 'Belanghebbende' : 'Indiener',
    omschrijvingGeneriek: r.omschrijvingGeneriek ?? 'initiator',
    roltoelichting: r.roltoelichting,
    registratiedatum: r.registratiedatum,
    // Issue 14: on behalf, the initiator is the gemachtigde and the belanghebbende the machtiginggever.
    indicatieMachtiging: r.indicatieMachtiging ?? '',
    statussen: [],
    betrokkeneIdentificatie: { ...r.identificatie, inpBsn: r.inpBsn },
  };
}

export function statusJson(s: StatusRecord, u: Urls) {
  const zaak = store.zaken.get(s.zaakUuid);
  return {
    url: u.status(s.uuid),
    uuid: s.uuid,
    zaak: u.zaak(s.zaakUuid),
    statustype: u.statustype(s.statustypeUuid),
    datumStatusGezet: s.datumStatusGezet,
    statustoelichting: s.statustoelichting,
    indicatieLaatstGezetteStatus: zaak?.statusUuid === s.uuid,
    zaakinformatieobjecten: [],
  };
}

export function zaakobjectJson(o: ZaakObjectRecord, u: Urls) {
  return {
    url: u.zaakobject(o.uuid),
    uuid: o.uuid,
    zaak: u.zaak(o.zaakUuid),
    objectType: 'overige',
    objectTypeOverige: o.objectTypeOverige,
    relatieomschrijving: o.relatieomschrijving,
    objectIdentificatie: { overigeData: o.overigeData },
  };
}

export function zaakeigenschapJson(e: ZaakEigenschapRecord, u: Urls) {
  return {
    url: u.zaakeigenschap(e.zaakUuid, e.uuid),
    uuid: e.uuid,
    zaak: u.zaak(e.zaakUuid),
    eigenschap: u.eigenschap(e.eigenschapUuid),
    naam: e.naam,
    waarde: e.waarde,
  };
}

export function zioJson(x: ZioRecord, u: Urls) {
  return {
    url: u.zio(x.uuid),
    uuid: x.uuid,
    informatieobject: u.document(x.informatieobjectUuid),
    zaak: u.zaak(x.zaakUuid),
    aardRelatieWeergave: 'Hoort bij, omgekeerd: kent',
    titel: x.titel,
    beschrijving: x.beschrijving,
    registratiedatum: x.registratiedatum,
    vernietigingsdatum: null,
    status: null,
  };
}

export function resultaatJson(r: ResultaatRecord, u: Urls) {
  return {
    url: u.resultaat(r.uuid),
    uuid: r.uuid,
    zaak: u.zaak(r.zaakUuid),
    resultaattype: u.resultaattype(r.resultaattypeUuid),
    toelichting: r.toelichting,
  };
}

// ---------------------------------------------------------------------------------------
// Documenten 1.4.3

export function documentJson(d: DocumentRecord, u: Urls) {
  return {
    url: u.document(d.uuid),
    identificatie: d.identificatie,
    bronorganisatie: d.bronorganisatie,
    creatiedatum: d.creatiedatum,
    titel: d.titel,
    vertrouwelijkheidaanduiding: d.vertrouwelijkheidaanduiding,
    auteur: d.auteur,
    status: 'definitief',
    formaat: d.formaat,
    taal: d.taal,
    versie: 1,
    beginRegistratie: d.beginRegistratie,
    bestandsnaam: d.bestandsnaam,
    inhoud: `${u.document(d.uuid)}/download?versie=1`,
    bestandsomvang: d.bestandsomvang,
    beschrijving: d.beschrijving,
    ontvangstdatum: null,
    verzenddatum: null,
    indicatieGebruiksrecht: d.indicatieGebruiksrecht,
    verschijningsvorm: '',
    ondertekening: null,
    integriteit: null,
    informatieobjecttype: d.informatieobjecttype,
    locked: false,
    bestandsdelen: [],
    trefwoorden: [],
  };
}

export function oioJson(o: OioRecord, u: Urls) {
  return {
    url: u.oio(o.uuid),
    informatieobject: u.document(o.informatieobjectUuid),
    object: u.zaak(o.zaakUuid),
    objectType: 'zaak',
  };
}

// ---------------------------------------------------------------------------------------
// Berichtenbox (our contract, mocks/contracts/berichten.yaml)

export function berichtJson(b: BerichtRecord, u: Urls) {
  const zaak = store.zaken.get(b.zaakUuid);
  return {
    id: b.id,
    soort: b.soort,
    onderwerp: b.onderwerp,
    inhoud: b.inhoud,
    afzender: b.afzender,
    verzonden: b.verzonden,
    gelezen: b.gelezen,
    zaak: b.zaakUuid ? { uuid: b.zaakUuid, url: u.zaak(b.zaakUuid), identificatie: b.zaakIdentificatie } : null,
    ...(b.verwerking ? { verwerking: b.verwerking } : {}),
    ...(zaak ? { status: currentStatustype(zaak)?.omschrijving ?? null } : {}),
  };
}
