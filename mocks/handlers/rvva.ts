import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { problem } from '../gateway/problem';
import { requireSession, type Session } from '../gateway/session';
import { findActivity, findOrganisatie, organisatie, VALID_FROM, type Verwerkingsactiviteit } from '../data/verwerkingen/register';

/**
 * The processing-activities register (RvVA v0.1,
 * mocks/specs/logging/logius-ldv-rvva-processing-activities-register-v0.1-openapi.json):
 * `GET /api/rvva/processing_activities/{id}`, `…/{id}/versions/{n}` and
 * `GET /api/rvva/entities/{id}`, for any signed-in session.
 *
 * Confidential activities (investigation, intelligence) answer 404 to citizens, exactly as
 * an unknown id does: a public register of them would itself reveal what the log withholds,
 * and a distinct status (403) would confirm that such an activity exists. Auditors (issue 6)
 * supervise that processing, so they get it.
 *
 * The spec's `ProcessingActivity` has only id/active/latestVersion; we add the latest
 * version's fields to it (the schema allows extra properties) so the app needs one call per
 * activity. Dutch fields the RvVA leaves open (grondslag as law text, bron,
 * verstrekkingswijze, vertrouwelijkheid…) follow the older VNG verwerkingenlogging model.
 */

const noStore = { 'Cache-Control': 'no-store' };
const notFound = () => problem(404, 'Niet gevonden', 'Deze verwerkingsactiviteit of organisatie staat niet in het register.', { code: 'notFound' });

function visibleActivity(id: string, session: Session): Verwerkingsactiviteit | undefined {
  const a = findActivity(id);
  // Look up by uuid only (findActivity also knows keys, which are not part of this API).
  if (!a || a.id !== id) return undefined;
  if (a.vertrouwelijk && session.role !== 'auditor') return undefined;
  return a;
}

const entityId = (key: string) => organisatie(key)?.id ?? '';

/** The RvVA `ProcessingActivityVersion` of an activity (version 1: the mock register has one version each). */
export function activityVersion(a: Verwerkingsactiviteit) {
  const ontvanger = a.ontvangers[0] ?? a.organisatie;
  return {
    version: 1,
    validFrom: VALID_FROM,
    name: a.naam,
    purpose: a.doel,
    legalBasis: a.legalBasis,
    dataSubjects: ['Citizen'],
    processingOptions: a.operations,
    personalData: { categories: a.categorieen, retentionPeriod: a.bewaartermijn },
    recipients: { legalRole: ontvanger === a.organisatie ? 'DataController' : 'ThirdParty', entityId: entityId(ontvanger) },
    measures: [
      { measureType: 'Organisational', measure: 'Elke verwerking wordt vastgelegd in het Logboek Dataverwerkingen.' },
      { measureType: 'Technical', measure: 'Gegevens gaan alleen over versleutelde verbindingen (Diginetwerk, TLS).' },
    ],
    // Extensions (Dutch, VNG verwerkingenlogging model):
    handeling: a.handeling,
    grondslag: a.grondslag,
    bewaartermijn: a.bewaartermijnToelichting,
    bron: a.bron,
    verstrekkingswijze: a.verstrekkingswijze,
    uitvoering: a.uitvoering,
    vertrouwelijkheid: a.vertrouwelijk ? 'vertrouwelijk' : 'normaal',
    verwerkingsverantwoordelijke: entityId(a.organisatie),
    ontvangers: a.ontvangers.map(entityId),
  };
}

export function activityResource(a: Verwerkingsactiviteit) {
  return { id: a.id, active: true, latestVersion: 1, ...activityVersion(a) };
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
  http.get('/rvva/processing_activities/:id', ({ params, cookies }) => {
    const session = requireSession(cookies);
    if (session instanceof Response) return session;
    const a = visibleActivity(String(params.id), session);
    return a ? HttpResponse.json(activityResource(a), { headers: noStore }) : notFound();
  }),
  http.get('/rvva/processing_activities/:id/versions/:version', ({ params, cookies }) => {
    const session = requireSession(cookies);
    if (session instanceof Response) return session;
    const a = visibleActivity(String(params.id), session);
    return a && params.version === '1' ? HttpResponse.json(activityVersion(a), { headers: noStore }) : notFound();
  }),
  http.get('/rvva/entities/:id', ({ params, cookies }) => {
    const session = requireSession(cookies);
    if (session instanceof Response) return session;
    const entity = entityResource(String(params.id));
    return entity ? HttpResponse.json(entity, { headers: noStore }) : notFound();
  }),
];
