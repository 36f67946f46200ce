import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { problem } from '../gateway/problem';
import { requireSession, type Session } from '../gateway/session';
import {
  findActivity,
  findOrganisatie,
  organisatie,
  versionsOf,
  type Verwerkingsactiviteit,
  type Versie,
} from '../data/verwerkingen/register';

/**
 * The organisations' registers of processing activities (RvVA v0.1,
 * mocks/specs/logging/logius-ldv-rvva-processing-activities-register-v0.1-openapi.json), one
 * register per organisation as the gateway serves them (mocks/contracts/ldv-gateway.yaml):
 *
 *   GET /api/rvva/{register}/processing_activities/{id}
 *   GET /api/rvva/{register}/processing_activities/{id}/versions/{n}
 *   GET /api/rvva/{register}/entities/{id}
 *
 * `{register}` is the organisation's entity id: a register describes the activities of that
 * controller only, so an activity asked for in another organisation's register is a 404.
 *
 * Confidential activities (investigation, intelligence) answer 404 to citizens, exactly as
 * an unknown id does: a public register of them would itself reveal what the log withholds,
 * and a distinct status (403) would confirm that such an activity exists. Auditors (issue 6)
 * supervise that processing, so they get it.
 *
 * The spec's `ProcessingActivity` has only id/active/latestVersion; the latest version's
 * fields come with it (the schema allows extra properties). A version carries the RvVA/DPV
 * fields, and the register's documented Dutch extensions (`grondslag` as law text,
 * `bewaartermijn` in words, `bron`, `verstrekkingswijze`, `uitvoering`, `handeling`;
 * mocks/contracts/ldv-gateway.yaml), which the app uses when present and does without.
 */

const noStore = { 'Cache-Control': 'no-store' };
const notFound = () =>
  problem(404, 'Niet gevonden', 'Deze verwerkingsactiviteit of organisatie staat niet in dit register.', {
    code: 'notFound',
  });

function visibleActivity(registerId: string, id: string, session: Session): Verwerkingsactiviteit | undefined {
  const a = findActivity(id);
  // By uuid only (findActivity also knows keys, which are not part of this API), in its own register.
  if (!a || a.id !== id || organisatie(a.organisatie)?.id !== registerId) return undefined;
  if (a.vertrouwelijk && session.role !== 'auditor') return undefined;
  return a;
}

const entityId = (key: string) => organisatie(key)?.id ?? '';

/** An RvVA `ProcessingActivityVersion`. */
export function versionJson(a: Verwerkingsactiviteit, v: Versie) {
  const ontvanger = a.ontvangers[0] ?? a.organisatie;
  return {
    version: v.version,
    validFrom: v.validFrom,
    name: v.naam,
    purpose: v.doel,
    legalBasis: v.legalBasis,
    dataSubjects: ['Citizen'],
    processingOptions: a.operations,
    personalData: { categories: a.categorieen, retentionPeriod: v.bewaartermijn },
    recipients: {
      legalRole: ontvanger === a.organisatie ? 'DataController' : 'ThirdParty',
      entityId: entityId(ontvanger),
    },
    measures: [
      { measureType: 'Organisational', measure: 'Elke verwerking wordt vastgelegd in het Logboek Dataverwerkingen.' },
      { measureType: 'Technical', measure: 'Gegevens gaan alleen over versleutelde verbindingen (Diginetwerk, TLS).' },
    ],
    // Extensions (Dutch, after the VNG verwerkingenlogging model):
    handeling: a.handeling,
    grondslag: v.grondslag,
    bewaartermijn: v.bewaartermijnToelichting,
    bron: a.bron,
    verstrekkingswijze: a.verstrekkingswijze,
    uitvoering: a.uitvoering,
    vertrouwelijkheid: a.vertrouwelijk ? 'vertrouwelijk' : 'normaal',
    ontvangers: a.ontvangers.map(entityId),
  };
}

export function activityResource(a: Verwerkingsactiviteit) {
  const versions = versionsOf(a);
  const latest = versions[versions.length - 1]!;
  return { id: a.id, active: true, latestVersion: latest.version, ...versionJson(a, latest) };
}

export function entityResource(id: string) {
  const o = findOrganisatie(id);
  if (!o) return undefined;
  return {
    id: o.id,
    type: 'Organisation' as const,
    name: o.naam,
    ...(o.adres ? { address: o.adres } : {}),
    ...(o.postcode ? { postalCode: o.postcode } : {}),
    ...(o.plaats ? { city: o.plaats } : {}),
    country: 'NL',
    ...(o.telefoon ? { phonenumber: o.telefoon } : {}),
    // Extensions: the kind of organisation and where to reach it.
    soort: o.soort,
    website: o.website,
  };
}

export const rvvaHandlers = [
  http.get('/rvva/:register/processing_activities/:id', ({ params, cookies }) => {
    const session = requireSession(cookies);
    if (session instanceof Response) return session;
    const a = visibleActivity(String(params.register), String(params.id), session);
    return a ? HttpResponse.json(activityResource(a), { headers: noStore }) : notFound();
  }),
  http.get('/rvva/:register/processing_activities/:id/versions/:version', ({ params, cookies }) => {
    const session = requireSession(cookies);
    if (session instanceof Response) return session;
    const a = visibleActivity(String(params.register), String(params.id), session);
    const v = a ? versionsOf(a).find((x) => String(x.version) === params.version) : undefined;
    return a && v ? HttpResponse.json(versionJson(a, v), { headers: noStore }) : notFound();
  }),
  http.get('/rvva/:register/entities/:id', ({ params, cookies }) => {
    const session = requireSession(cookies);
    if (session instanceof Response) return session;
    // Every register knows the organisations it refers to; the gateway serves them all.
    const entity = findOrganisatie(String(params.register)) ? entityResource(String(params.id)) : undefined;
    return entity ? HttpResponse.json(entity, { headers: noStore }) : notFound();
  }),
];
