import type { InvalidParam } from '../../gateway/problem';
import {
  describeVerantwoordelijke,
  findEigenschap,
  findResultaattype,
  findRoltype,
  findStatustype,
  getZaaktype,
  holderFor,
  type Eigenschap,
  type Resultaattype,
  type Statustype,
} from './catalogus';
import { DRC, uuidFromUrl, ZRC, ZTC } from './serialize';
import {
  isOwnZaak,
  nowDateTime,
  store,
  zaakByIdentificatie,
  zaaktypeOf,
  zakenToday,
  type DocumentRecord,
  type NewZaak,
  type ZaakRecord,
} from './store';
import { dagenTussen, isDatum } from './termijnen';
import { checkDate, checkIdentificatieUniek, checkText, isValidRsin } from './zgw-http';

/**
 * What a citizen may send to the Zaken API double, checked without HTTP: each function takes the
 * parsed JSON body (and the zaak it belongs to) and returns either the errors, in Open Zaak's
 * codes where Open Zaak checks, or what the handler stores. The handlers in
 * mocks/handlers/zaken.ts only add the session, the HTTP errors and the writing (issue 18: the
 * same split as mocks/data/zaken/zoek.ts and mocks/data/brp/query.ts).
 */

type Body = Record<string, unknown>;
type Checked<T> = { errors: InvalidParam[] } | T;

const HOLDER_ONLY = [
  'uiterlijkeEinddatumAfdoening',
  'einddatumGepland',
  'verlenging',
  'opschorting',
  'archiefnominatie',
  'archiefactiedatum',
  'archiefstatus',
  'startdatumBewaartermijn',
  'selectielijstklasse',
  'hoofdzaak',
  'publicatiedatum',
  'betalingsindicatie',
  'laatsteBetaaldatum',
  'zaakgeometrie',
  'productenOfDiensten',
  'opdrachtgevendeOrganisatie',
  'processobjectaard',
  'processobject',
  'registratiedatum',
  'communicatiekanaal',
  'vertrouwelijkheidaanduiding',
];
const CITIZEN_FIELDS = [
  'zaaktype',
  'bronorganisatie',
  'verantwoordelijkeOrganisatie',
  'startdatum',
  'omschrijving',
  'toelichting',
  'identificatie',
  'kenmerken',
  'relevanteAndereZaken',
];
/** Read-only in the spec: a client may send them back, the server ignores them. */
const READ_ONLY = [
  'url',
  'uuid',
  'einddatum',
  'betalingsindicatieWeergave',
  'deelzaken',
  'eigenschappen',
  'rollen',
  'status',
  'zaakinformatieobjecten',
  'zaakobjecten',
  'resultaat',
];

function relevanteAndereZaken(
  value: unknown,
  bsn: string,
  self: string | undefined,
  errors: InvalidParam[],
): ZaakRecord['relevanteAndereZaken'] {
  const out: ZaakRecord['relevanteAndereZaken'] = [];
  if (value === undefined) return out;
  if (!Array.isArray(value)) {
    errors.push({ name: 'relevanteAndereZaken', code: 'invalid', reason: 'Geen lijst.' });
    return out;
  }
  value.forEach((r: unknown, i: number) => {
    const rel = r as { url?: unknown; aardRelatie?: unknown } | null;
    const uuid = uuidFromUrl(rel?.url, ZRC, 'zaken');
    const other = uuid ? store.zaken.get(uuid) : undefined;
    const aard = rel?.aardRelatie;
    if (!other || !isOwnZaak(other, bsn) || other.uuid === self) {
      errors.push({ name: `relevanteAndereZaken.${i}.url`, code: 'bad-url', reason: 'Geen eigen, andere zaak.' });
    } else if (aard !== 'vervolg' && aard !== 'onderwerp' && aard !== 'bijdrage') {
      errors.push({
        name: `relevanteAndereZaken.${i}.aardRelatie`,
        code: 'invalid_choice',
        reason: 'Kies vervolg, onderwerp of bijdrage.',
      });
    } else {
      out.push({ zaakUuid: other.uuid, aardRelatie: aard });
    }
  });
  return out;
}

function kenmerken(value: unknown, errors: InvalidParam[]): ZaakRecord['kenmerken'] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20) {
    errors.push({ name: 'kenmerken', code: 'invalid', reason: 'Een lijst van { kenmerk, bron }.' });
    return [];
  }
  const out: ZaakRecord['kenmerken'] = [];
  value.forEach((k: unknown, i: number) => {
    const item = k as { kenmerk?: unknown; bron?: unknown } | null;
    const e1 = checkText(`kenmerken.${i}.kenmerk`, item?.kenmerk, 40, true);
    const e2 = checkText(`kenmerken.${i}.bron`, item?.bron, 40, true);
    if (e1) errors.push(e1);
    if (e2) errors.push(e2);
    if (!e1 && !e2) out.push({ kenmerk: item?.kenmerk as string, bron: item?.bron as string });
  });
  return out;
}

/** A new zaak (POST /zaken): holder-only fields are refused as a whole, the rest field by field. */
export function checkNewZaak(body: Body, bsn: string): Checked<{ zaak: NewZaak }> | { holderFields: string[] } {
  const sentHolderFields = HOLDER_ONLY.filter((k) => body[k] !== undefined && body[k] !== null);
  if (sentHolderFields.length) return { holderFields: sentHolderFields };
  const errors: InvalidParam[] = [];
  for (const k of Object.keys(body)) {
    if (!CITIZEN_FIELDS.includes(k) && !READ_ONLY.includes(k) && !HOLDER_ONLY.includes(k)) {
      errors.push({ name: k, code: 'unknown-field', reason: 'Dit veld bestaat niet in de Zaken API 1.5.1.' });
    }
  }
  const zaaktypeUuid = uuidFromUrl(body.zaaktype, ZTC, 'zaaktypen');
  const zaaktype = zaaktypeUuid ? getZaaktype(zaaktypeUuid) : undefined;
  if (!zaaktype)
    errors.push({
      name: 'zaaktype',
      code: body.zaaktype === undefined ? 'required' : 'bad-url',
      reason: 'Onbekend zaaktype.',
    });
  if (!isValidRsin(body.bronorganisatie))
    errors.push({ name: 'bronorganisatie', code: 'invalid', reason: 'Geen geldig RSIN (9 cijfers, elfproef).' });
  if (!isValidRsin(body.verantwoordelijkeOrganisatie)) {
    errors.push({
      name: 'verantwoordelijkeOrganisatie',
      code: 'invalid',
      reason: 'Geen geldig RSIN (9 cijfers, elfproef).',
    });
  }
  for (const e of [
    checkDate('startdatum', body.startdatum, true),
    checkText('omschrijving', body.omschrijving, 80),
    checkText('toelichting', body.toelichting, 1000),
    checkText('identificatie', body.identificatie, 40),
  ])
    if (e) errors.push(e);
  // The legal clock runs from receipt: the gateway takes only today's (or, just past midnight, yesterday's) date.
  if (isDatum(body.startdatum)) {
    const days = dagenTussen(body.startdatum, zakenToday());
    if (days < 0)
      errors.push({ name: 'startdatum', code: 'date-in-future', reason: 'Deze datum mag niet in de toekomst zijn' });
    else if (days > 1)
      errors.push({
        name: 'startdatum',
        code: 'startdatum-niet-ontvangstdatum',
        reason: 'Een verzoek start op de dag van ontvangst.',
      });
  }
  const links = relevanteAndereZaken(body.relevanteAndereZaken, bsn, undefined, errors);
  const marks = kenmerken(body.kenmerken, errors);
  const uniek = checkIdentificatieUniek(body, zaakByIdentificatie);
  if (uniek) errors.push(uniek);
  if (zaaktype && zaaktype.registry === null) {
    // A question about a processing goes to the organisation that did it: any controller may be asked (GDPR art. 15).
    if (isValidRsin(body.verantwoordelijkeOrganisatie) && body.verantwoordelijkeOrganisatie !== zaaktype.holder.rsin) {
      errors.push({
        name: 'verantwoordelijkeOrganisatie',
        code: 'bronhouder',
        reason: 'Dit is niet het RSIN van de organisatie van dit zaaktype.',
      });
    }
  } else if (zaaktype?.registry) {
    // Routing is the gateway's job: a citizen can only file with the holder of their own data.
    const expected = holderFor(
      zaaktype.registry,
      bsn,
      zaaktype.holder.gemeentecode && zaaktype.registry !== 'brp'
        ? { gemeente: { code: zaaktype.holder.gemeentecode, naam: zaaktype.holder.naam.replace(/^Gemeente /, '') } }
        : {},
    );
    if (!expected || expected.id !== zaaktype.holder.id) {
      errors.push({
        name: 'zaaktype',
        code: 'bronhouder',
        reason: 'Dit zaaktype hoort niet bij de bronhouder van uw gegevens.',
      });
    } else if (
      isValidRsin(body.verantwoordelijkeOrganisatie) &&
      body.verantwoordelijkeOrganisatie !== zaaktype.holder.rsin
    ) {
      errors.push({
        name: 'verantwoordelijkeOrganisatie',
        code: 'bronhouder',
        reason: 'Dit is niet het RSIN van de bronhouder van dit zaaktype.',
      });
    }
  }
  if (errors.length || !zaaktype) return { errors };
  return {
    zaak: {
      zaaktype,
      bronorganisatie: body.bronorganisatie as string,
      verantwoordelijkeOrganisatie: body.verantwoordelijkeOrganisatie as string,
      omschrijving: typeof body.omschrijving === 'string' ? body.omschrijving : zaaktype.omschrijving,
      toelichting: typeof body.toelichting === 'string' ? body.toelichting : '',
      startdatum: body.startdatum as string,
      creatorBsn: bsn,
      ...(typeof body.identificatie === 'string' && body.identificatie ? { identificatie: body.identificatie } : {}),
      kenmerken: marks,
      relevanteAndereZaken: links,
    },
  };
}

/** A value for one of the zaak's eigenschappen, while the request is being filed. */
export function checkZaakeigenschap(
  zaak: ZaakRecord,
  body: Body,
): Checked<{ eigenschap: Eigenschap; waarde: string }> | { holderOnly: string } {
  const errors: InvalidParam[] = [];
  if (body.zaak !== undefined && uuidFromUrl(body.zaak, ZRC, 'zaken') !== zaak.uuid) {
    errors.push({ name: 'zaak', code: 'bad-url', reason: 'De zaak in de body is niet de zaak in het pad.' });
  }
  const eigUuid = uuidFromUrl(body.eigenschap, ZTC, 'eigenschappen');
  const eigenschap = eigUuid ? findEigenschap(eigUuid) : undefined;
  if (eigenschap && eigenschap.zaaktypeUuid === zaak.zaaktypeUuid && !eigenschap.doorIndiener) {
    return { holderOnly: eigenschap.naam };
  }
  if (!eigenschap || eigenschap.zaaktypeUuid !== zaak.zaaktypeUuid) {
    errors.push({
      name: 'eigenschap',
      code: 'zaaktype-mismatch',
      reason: 'Geen eigenschap van het zaaktype van deze zaak.',
    });
  } else if (typeof body.waarde !== 'string') {
    errors.push({
      name: 'waarde',
      code: body.waarde === undefined ? 'required' : 'invalid',
      reason: 'Tekst verwacht.',
    });
  } else if (
    [...body.waarde].length > eigenschap.lengte ||
    (eigenschap.waardenverzameling.length > 0 && !eigenschap.waardenverzameling.includes(body.waarde))
  ) {
    // Open Zaak's ZaakEigenschapValueValidator: the value must fit the eigenschap's specificatie.
    errors.push({
      name: 'waarde',
      code: 'waarde-incorrect-format',
      reason: `The 'waarde' value doesn't match the related eigenschap.specificatie`,
    });
  } else {
    // The gateway's own text rule (no invisible control or direction characters), and kardinaliteit 1.
    const textError = checkText('waarde', body.waarde, eigenschap.lengte, eigenschap.naam !== 'huidigeWaarde');
    if (textError) errors.push(textError);
    else if (
      [...store.eigenschappen.values()].some((e) => e.zaakUuid === zaak.uuid && e.eigenschapUuid === eigenschap.uuid)
    ) {
      errors.push({
        name: 'eigenschap',
        code: 'unique',
        reason: 'Deze eigenschap heeft al een waarde bij deze zaak.',
      });
    }
  }
  if (errors.length || !eigenschap) return { errors };
  return { eigenschap, waarde: body.waarde as string };
}

/** The initiator rol of a zaak (the gateway checks separately that it is the signed-in person). */
export function checkInitiator(zaak: ZaakRecord, body: Body): Checked<{ roltypeUuid: string }> {
  const errors: InvalidParam[] = [];
  const roltypeUuid = uuidFromUrl(body.roltype, ZTC, 'roltypen');
  const roltype = roltypeUuid ? findRoltype(roltypeUuid) : undefined;
  // A citizen names the initiator only; the belanghebbende of a request on behalf is the gateway's.
  if (!roltype || roltype.zaaktypeUuid !== zaak.zaaktypeUuid || roltype.omschrijvingGeneriek !== 'initiator') {
    errors.push({
      name: 'roltype',
      code: 'zaaktype-mismatch',
      reason: 'Geen (initiator-)roltype van het zaaktype van deze zaak.',
    });
  } else if ([...store.rollen.values()].some((r) => r.zaakUuid === zaak.uuid)) {
    // Open Zaak's RolOccurenceValidator: one initiator per zaak.
    errors.push({ name: 'roltype', code: 'max-occurences', reason: 'There are already 1 `initiator` occurences' });
  }
  if (body.betrokkeneType !== 'natuurlijk_persoon') {
    errors.push({
      name: 'betrokkeneType',
      code: 'invalid_choice',
      reason: 'Een burger is initiator als natuurlijk_persoon.',
    });
  }
  const toelichting = checkText('roltoelichting', body.roltoelichting, 1000);
  if (toelichting) errors.push(toelichting);
  if (errors.length) return { errors };
  return { roltypeUuid: roltypeUuid ?? '' };
}

/** The citizen's name parts for the rol, the ones that are valid text (others are left out). */
export function naamIdentificatie(id: Record<string, unknown>): Record<string, string> {
  const identificatie: Record<string, string> = {};
  for (const k of ['geslachtsnaam', 'voorvoegselGeslachtsnaam', 'voorletters', 'voornamen'] as const) {
    const v = id[k];
    if (typeof v === 'string' && !checkText(k, v, 200)) identificatie[k] = v;
  }
  return identificatie;
}

/** What the request is about: a registry field (correction) or a log event (question to its controller). */
export function checkZaakobject(
  zaak: ZaakRecord,
  body: Body,
): Checked<{ soortObject: 'verwerking' | 'registratiegegeven'; overige: Record<string, unknown> }> {
  const errors: InvalidParam[] = [];
  const zaaktype = zaaktypeOf(zaak);
  // A correction names a registry field; a question to the organisation that processed names the log event.
  const soortObject = zaaktype.registry === null ? 'verwerking' : 'registratiegegeven';
  if (body.objectType !== 'overige')
    errors.push({ name: 'objectType', code: 'invalid_choice', reason: `Een ${soortObject} is objectType overige.` });
  if (body.objectTypeOverige !== soortObject) {
    errors.push({
      name: 'objectTypeOverige',
      code: 'invalid_choice',
      reason: `Gebruik objectTypeOverige "${soortObject}".`,
    });
  }
  const data = (body.objectIdentificatie as { overigeData?: unknown } | undefined)?.overigeData;
  const overige =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!overige) {
    errors.push({
      name: 'objectIdentificatie.overigeData',
      code: 'required',
      reason: soortObject === 'verwerking' ? 'Geef de verwerking op.' : 'Geef registratie en veld op.',
    });
  } else if (soortObject === 'verwerking') {
    if (typeof overige.traceId !== 'string' || !/^[0-9a-f-]{36}$/i.test(overige.traceId)) {
      errors.push({
        name: 'objectIdentificatie.overigeData.traceId',
        code: 'invalid',
        reason: 'De traceId van de verwerking (LDV).',
      });
    }
    if (typeof overige.spanId !== 'string' || !/^[0-9a-f]{16}$/i.test(overige.spanId)) {
      errors.push({
        name: 'objectIdentificatie.overigeData.spanId',
        code: 'invalid',
        reason: 'De spanId van de verwerking (LDV).',
      });
    }
    const verantwoordelijke =
      typeof overige.verwerkingsverantwoordelijke === 'string'
        ? describeVerantwoordelijke(overige.verwerkingsverantwoordelijke)
        : undefined;
    if (!verantwoordelijke || verantwoordelijke.organisatie.rsin !== zaaktype.holder.rsin) {
      errors.push({
        name: 'objectIdentificatie.overigeData.verwerkingsverantwoordelijke',
        code: 'invalid',
        reason: 'De organisatie (RvVA-entity) van dit zaaktype.',
      });
    }
    for (const k of Object.keys(overige)) {
      if (!['traceId', 'spanId', 'verwerkingsverantwoordelijke'].includes(k))
        errors.push({ name: `objectIdentificatie.overigeData.${k}`, code: 'unknown-field', reason: 'Onbekend.' });
    }
  } else {
    if (overige.registratie !== zaaktype.registry) {
      errors.push({
        name: 'objectIdentificatie.overigeData.registratie',
        code: 'invalid',
        reason: `Moet "${zaaktype.registry}" zijn (de registratie van het zaaktype).`,
      });
    }
    if (typeof overige.veld !== 'string' || !/^[A-Za-z0-9._[\]-]{1,200}$/.test(overige.veld)) {
      errors.push({
        name: 'objectIdentificatie.overigeData.veld',
        code: 'invalid',
        reason: 'Het pad van het veld, bijvoorbeeld verblijfplaats.',
      });
    }
    for (const [k, v] of Object.entries(overige)) {
      if (k === 'registratie' || k === 'veld') continue;
      const e =
        typeof v === 'string'
          ? checkText(`objectIdentificatie.overigeData.${k}`, v, 1000)
          : { name: `objectIdentificatie.overigeData.${k}`, code: 'invalid', reason: 'Alleen tekst.' };
      if (e) errors.push(e);
    }
    if (Object.keys(overige).length > 10)
      errors.push({ name: 'objectIdentificatie.overigeData', code: 'max_items', reason: 'Te veel gegevens.' });
  }
  const rel = checkText('relatieomschrijving', body.relatieomschrijving, 80);
  if (rel) errors.push(rel);
  if (errors.length || !overige) return { errors };
  return { soortObject, overige };
}

/** A status (POST /statussen): Open Zaak's checks, including what the end status needs. Who may set it is the gateway's. */
export function checkStatus(
  zaak: ZaakRecord,
  body: Body,
): Checked<{ statustype: Statustype; datumStatusGezet: string }> {
  const stUuid = uuidFromUrl(body.statustype, ZTC, 'statustypen');
  const statustype = stUuid ? findStatustype(stUuid) : undefined;
  const errors: InvalidParam[] = [];
  if (!statustype || statustype.zaaktypeUuid !== zaak.zaaktypeUuid) {
    errors.push({
      name: 'statustype',
      code: 'zaaktype-mismatch',
      reason: 'Geen statustype van het zaaktype van deze zaak.',
    });
  }
  const datum = body.datumStatusGezet;
  if (datum === undefined || datum === null)
    errors.push({ name: 'datumStatusGezet', code: 'required', reason: 'Dit veld is vereist.' });
  else if (typeof datum !== 'string' || Number.isNaN(Date.parse(datum)) || !/^\d{4}-\d{2}-\d{2}T/.test(datum)) {
    errors.push({ name: 'datumStatusGezet', code: 'invalid', reason: 'Een datum-tijd (ISO 8601).' });
  } else if (Date.parse(datum) > Date.parse(nowDateTime()) + 5_000) {
    errors.push({
      name: 'datumStatusGezet',
      code: 'date-in-future',
      reason: 'Deze datum mag niet in de toekomst zijn',
    });
  } else if (
    [...store.statussen.values()].some(
      (s) => s.zaakUuid === zaak.uuid && Date.parse(s.datumStatusGezet) === Date.parse(datum),
    )
  ) {
    errors.push({
      name: 'nonFieldErrors',
      code: 'unique',
      reason: 'De velden zaak, datumStatusGezet moeten een unieke set zijn.',
    });
  }
  const t = checkText('statustoelichting', body.statustoelichting, 1000);
  if (t) errors.push(t);
  if (errors.length || !statustype) return { errors };
  if (statustype.isEindstatus) {
    // Open Zaak: the end status needs a resultaat (archiving is derived from it) …
    if (!zaak.resultaatUuid) {
      return {
        errors: [{ name: 'nonFieldErrors', code: 'resultaat-does-not-exist', reason: 'Zaak heeft geen resultaat.' }],
      };
    }
    // … and every linked document must have indicatieGebruiksrecht set.
    const docs = [...store.zios.values()]
      .filter((x) => x.zaakUuid === zaak.uuid)
      .map((x) => store.documenten.get(x.informatieobjectUuid));
    if (docs.some((d) => d && d.indicatieGebruiksrecht === null)) {
      return {
        errors: [
          {
            name: 'nonFieldErrors',
            code: 'indicatiegebruiksrecht-unset',
            reason:
              'Er zijn gerelateerde informatieobjecten waarvoor `indicatieGebruiksrecht` nog niet gespecifieerd is.',
          },
        ],
      };
    }
  }
  return { statustype, datumStatusGezet: new Date(Date.parse(datum as string)).toISOString() };
}

/** A resultaat (POST /resultaten): one per zaak, of the zaak's own zaaktype. Who may set it is the gateway's. */
export function checkResultaat(zaak: ZaakRecord, body: Body): Checked<{ resultaattype: Resultaattype }> {
  const rtUuid = uuidFromUrl(body.resultaattype, ZTC, 'resultaattypen');
  const resultaattype = rtUuid ? findResultaattype(rtUuid) : undefined;
  const errors: InvalidParam[] = [];
  if (!resultaattype || resultaattype.zaaktypeUuid !== zaak.zaaktypeUuid) {
    errors.push({
      name: 'resultaattype',
      code: 'zaaktype-mismatch',
      reason: 'Geen resultaattype van het zaaktype van deze zaak.',
    });
  }
  if (zaak.resultaatUuid) errors.push({ name: 'zaak', code: 'unique', reason: 'Deze zaak heeft al een resultaat.' });
  const t = checkText('toelichting', body.toelichting, 1000);
  if (t) errors.push(t);
  if (errors.length || !resultaattype) return { errors };
  return { resultaattype };
}

/** Linking a document to a zaak: only one the citizen uploaded, once per zaak. */
export function checkZaakinformatieobject(zaak: ZaakRecord, body: Body, bsn: string): Checked<{ doc: DocumentRecord }> {
  const errors: InvalidParam[] = [];
  const docUuid = uuidFromUrl(body.informatieobject, DRC, 'enkelvoudiginformatieobjecten');
  const doc = docUuid ? store.documenten.get(docUuid) : undefined;
  if (!doc || doc.ownerBsn !== bsn) {
    errors.push({ name: 'informatieobject', code: 'bad-url', reason: 'Geen document dat u zelf heeft geüpload.' });
  } else if ([...store.zios.values()].some((x) => x.zaakUuid === zaak.uuid && x.informatieobjectUuid === doc.uuid)) {
    errors.push({
      name: 'nonFieldErrors',
      code: 'unique',
      reason: 'De velden zaak, informatieobject moeten een unieke set zijn.',
    });
  }
  for (const e of [checkText('titel', body.titel, 200), checkText('beschrijving', body.beschrijving, 1000)])
    if (e) errors.push(e);
  if (errors.length || !doc) return { errors };
  return { doc };
}
