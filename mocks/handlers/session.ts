import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { z } from 'zod';
import { bsnFault } from '../gateway/bsn';
import { SUBJECT_ID_TYPE, subjectIdFor } from '../data/verwerkingen/betrokkene';
import { findAuditor } from '../data/auditors';
import { startAuditBuildForSignIn } from '../data/audit/index';
import { getPersoonByBsn } from '../data/brp';
import { problem } from '../gateway/problem';
import { gatewayToday } from '../gateway/clock';
import { relatiesVan } from '../data/vertegenwoordiging/relaties';
import type { Relatie } from '../data/vertegenwoordiging/types';
import {
  SESSION_COOKIE,
  clearedSessionCookie,
  createSession,
  endSession,
  findSession,
  isSecureRequest,
  sessionCookie,
  setSubject,
  type Session,
} from '../gateway/session';

const signInBody = z.union([
  z.object({ bsn: z.string() }).strict(),
  z.object({ auditor: z.string().max(200) }).strict(),
]);

const bsnReasons = {
  empty: 'Vul een burgerservicenummer in.',
  notDigits: 'Een burgerservicenummer bestaat alleen uit cijfers.',
  length: 'Een burgerservicenummer heeft precies 9 cijfers.',
  elfproef: 'Dit is geen geldig burgerservicenummer (de elfproef klopt niet).',
} as const;

const naamVan = (bsn: string) => getPersoonByBsn(bsn)?.naam?.volledigeNaam ?? '';

/**
 * Issue 14: a relation as the actor sees it. The BSN only where they may act (the switch needs
 * it); a refusal gives the name and the reason, nothing else of that person.
 */
function relatieJson(r: Relatie) {
  return {
    ...(r.toegestaan ? { bsn: r.subjectBsn } : {}),
    naam: naamVan(r.subjectBsn),
    rol: r.rol,
    bron: r.bron,
    toegestaan: r.toegestaan,
    ...(r.reden ? { reden: r.reden } : {}),
    ...(r.tot ? { tot: r.tot } : {}),
    diensten: [...r.bevoegdheid.diensten],
    registers: [...r.bevoegdheid.registers],
  };
}

/**
 * The current relation of a session acting for someone else, decided again now; a relation
 * that has ended (turned 18, revoked, lifted) sends the session back to the actor themselves.
 */
function currentRelatie(session: Session, relaties: Relatie[]): Relatie | undefined {
  if (!session.subjectBsn) return undefined;
  const r = relaties.find((x) => x.subjectBsn === session.subjectBsn && x.toegestaan);
  if (!r) setSubject(session, undefined);
  return r;
}

function publicSession(session: Session) {
  const relaties = session.role === 'burger' && session.bsn ? relatiesVan(session.bsn, gatewayToday()) : [];
  const namens = currentRelatie(session, relaties);
  // Whose data this session serves: the subject while acting for someone, else the citizen.
  const subject = namens?.subjectBsn ?? session.bsn;
  return {
    role: session.role,
    naam: session.naam,
    // The BSN whose data the app asks for, so it can fill the Haal Centraal body. It lives only
    // in the app's memory (query cache), never in a URL or browser storage.
    ...(subject ? { bsn: subject } : {}),
    // How the Logboeken know that person (encrypted, never the plain BSN): the app asks for
    // the processing log by it (mocks/contracts/ldv-gateway.yaml).
    ...(subject ? { logboekBetrokkene: { id: subjectIdFor(subject), type: SUBJECT_ID_TYPE } } : {}),
    ...(namens ? { namens: relatieJson(namens) } : {}),
    ...(session.role === 'burger' ? { vertegenwoordiging: relaties.map(relatieJson) } : {}),
    expiresAt: session.expiresAt,
  };
}

const namensBody = z.object({ bsn: z.string().regex(/^[0-9]{9}$/) }).strict();

const noStore = { 'Cache-Control': 'no-store' };

/** The JSON body of a sign-in or acting-for request, or the 400 both give for one that is not JSON. */
async function jsonBody(request: Request): Promise<{ body: unknown } | Response> {
  try {
    return { body: await request.json() };
  } catch {
    return problem(400, 'Ongeldig verzoek', 'De inhoud is geen geldige JSON.', { code: 'paramsValidation' });
  }
}

export const sessionHandlers = [
  http.post('/auth/session', async ({ request, cookies }) => {
    const read = await jsonBody(request);
    if (read instanceof Response) return read;
    const parsed = signInBody.safeParse(read.body);
    if (!parsed.success) {
      return problem(400, 'Ongeldig verzoek', 'Stuur een bsn of een auditor-id.', {
        code: 'paramsValidation',
        invalidParams: [{ name: 'bsn', code: 'required', reason: 'Geef "bsn" of "auditor" op.' }],
      });
    }
    let session: Session;
    if ('bsn' in parsed.data) {
      const bsn = parsed.data.bsn;
      const bsnProblem = bsnFault(bsn);
      if (bsnProblem) {
        return problem(400, 'Ongeldig burgerservicenummer', bsnReasons[bsnProblem], {
          code: 'paramsValidation',
          invalidParams: [
            { name: 'bsn', code: bsnProblem === 'elfproef' ? 'elfproef' : 'pattern', reason: bsnReasons[bsnProblem] },
          ],
        });
      }
      const persoon = getPersoonByBsn(bsn);
      if (!persoon) {
        return problem(404, 'Onbekende testpersoon', 'Er is geen testpersoon met dit burgerservicenummer.', {
          code: 'unknownPerson',
          invalidParams: [
            { name: 'bsn', code: 'unknown', reason: 'Er is geen testpersoon met dit burgerservicenummer.' },
          ],
        });
      }
      session = createSession({ role: 'burger', bsn, naam: persoon.naam?.volledigeNaam ?? '' });
    } else {
      const auditor = findAuditor(parsed.data.auditor);
      if (!auditor) {
        return problem(404, 'Onbekende auditor', 'Er is geen auditor met deze id.', {
          code: 'unknownAuditor',
          invalidParams: [{ name: 'auditor', code: 'unknown', reason: 'Er is geen auditor met deze id.' }],
        });
      }
      session = createSession({ role: 'auditor', auditorId: auditor.id, naam: auditor.naam });
      startAuditBuildForSignIn(); // issue 16: the audit universe starts building now, not at the workspace's first poll
    }
    // A new sign-in ends the session this browser had (OWASP ASVS 3.2.1/3.3.1): the old id
    // must not stay usable, e.g. by whoever used this computer before, or copied the cookie.
    endSession(cookies[SESSION_COOKIE]);
    return HttpResponse.json(publicSession(session), {
      status: 201,
      headers: { 'Set-Cookie': sessionCookie(session.id, isSecureRequest(request)), ...noStore },
    });
  }),

  http.get('/auth/session', ({ cookies }) => {
    // No cookie at all: an anonymous visitor, which is an answer, not an error (204). A cookie
    // whose session is gone (expired, ended elsewhere) is worth a 401: the page must react.
    if (!cookies[SESSION_COOKIE]) return new HttpResponse(null, { status: 204, headers: noStore });
    const session = findSession(cookies);
    if (!session) return problem(401, 'Niet ingelogd', 'Er is geen actieve sessie.', { code: 'unauthorized' });
    return HttpResponse.json(publicSession(session), { headers: noStore });
  }),

  http.delete('/auth/session', ({ request, cookies }) => {
    endSession(cookies[SESSION_COOKIE]);
    return new HttpResponse(null, {
      status: 204,
      headers: { 'Set-Cookie': clearedSessionCookie(isSecureRequest(request)), ...noStore },
    });
  }),
];

/**
 * Issue 14: choosing whom to act for is an explicit request (never a parameter on data
 * requests): POST sets the subject when the actor may act for them today, DELETE goes back to
 * oneself. A refusal is 403 with the reason as `reden`, the same for "no relation at all", so
 * the endpoint cannot be used to learn who is related to whom.
 */
export const namensHandlers = [
  http.post('/auth/session/namens', async ({ request, cookies }) => {
    const session = findSession(cookies);
    if (!session)
      return problem(401, 'Niet ingelogd', 'U bent niet (meer) ingelogd. Log opnieuw in met DigiD.', {
        code: 'unauthorized',
      });
    if (session.role !== 'burger' || !session.bsn)
      return problem(403, 'Geen toegang', 'Alleen een burger kan namens iemand handelen.', { code: 'forbidden' });
    const read = await jsonBody(request);
    if (read instanceof Response) return read;
    const parsed = namensBody.safeParse(read.body);
    if (!parsed.success) {
      return problem(400, 'Ongeldig verzoek', 'Stuur het burgerservicenummer van de persoon.', {
        code: 'paramsValidation',
        invalidParams: [{ name: 'bsn', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.' }],
      });
    }
    const bsn = parsed.data.bsn;
    if (bsn !== session.bsn) {
      const relatie = relatiesVan(session.bsn, gatewayToday()).find((r) => r.subjectBsn === bsn);
      if (!relatie?.toegestaan) {
        return problem(403, 'Geen toegang', 'U kunt niet namens deze persoon handelen.', {
          code: 'vertegenwoordigingGeweigerd',
          reden: relatie?.reden ?? 'geenRelatie',
        });
      }
    }
    setSubject(session, bsn);
    return HttpResponse.json(publicSession(session), { headers: noStore });
  }),
  http.delete('/auth/session/namens', ({ cookies }) => {
    const session = findSession(cookies);
    if (!session)
      return problem(401, 'Niet ingelogd', 'U bent niet (meer) ingelogd. Log opnieuw in met DigiD.', {
        code: 'unauthorized',
      });
    setSubject(session, undefined);
    return HttpResponse.json(publicSession(session), { headers: noStore });
  }),
];

/** Last in line: any other /api call is 401 without a session and 404 with one. */
export const fallbackHandlers = [
  http.all('/*', ({ cookies }) => {
    if (!findSession(cookies)) {
      return problem(401, 'Niet ingelogd', 'U bent niet (meer) ingelogd. Log opnieuw in met DigiD.', {
        code: 'unauthorized',
      });
    }
    return problem(404, 'Niet gevonden', 'Deze gegevens bestaan niet.', { code: 'notFound' });
  }),
];
