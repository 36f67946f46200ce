import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { z } from 'zod';
import { bsnFault } from '../gateway/bsn';
import { SUBJECT_ID_TYPE, subjectIdFor } from '../data/verwerkingen/betrokkene';
import { auditors, findAuditor } from '../data/auditors';
import { testpersonen } from '../data/testpersonen';
import { getPersoonByBsn } from '../data/brp';
import { problem } from '../gateway/problem';
import {
  SESSION_COOKIE,
  clearedSessionCookie,
  createSession,
  endSession,
  findSession,
  isSecureRequest,
  sessionCookie,
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

function publicSession(session: Session) {
  return {
    role: session.role,
    naam: session.naam,
    // The citizen's own BSN, so the app can fill the Haal Centraal body. It lives only in the
    // app's memory (query cache), never in a URL or browser storage.
    ...(session.bsn ? { bsn: session.bsn } : {}),
    // How the Logboeken know this citizen (encrypted, never the plain BSN): the app asks for
    // its processing log by it (mocks/contracts/ldv-gateway.yaml).
    ...(session.bsn ? { logboekBetrokkene: { id: subjectIdFor(session.bsn), type: SUBJECT_ID_TYPE } } : {}),
    expiresAt: session.expiresAt,
  };
}

const noStore = { 'Cache-Control': 'no-store' };

export const sessionHandlers = [
  // Test environments only: who can sign in. A real gateway redirects to DigiD instead
  // and answers 404 here, and the sign-in page then shows no list.
  http.get('/auth/testpersonen', () =>
    HttpResponse.json(
      {
        personen: testpersonen.map((p) => ({
          burgerservicenummer: p.burgerservicenummer,
          naam: getPersoonByBsn(p.burgerservicenummer)?.naam?.volledigeNaam ?? '',
          situatie: p.situatie,
        })),
        auditors: auditors.map(({ id, naam, organisatie }) => ({ id, naam, organisatie })),
      },
      { headers: noStore },
    ),
  ),

  http.post('/auth/session', async ({ request, cookies }) => {
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      return problem(400, 'Ongeldig verzoek', 'De inhoud is geen geldige JSON.', { code: 'paramsValidation' });
    }
    const parsed = signInBody.safeParse(raw);
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
          invalidParams: [{ name: 'bsn', code: bsnProblem === 'elfproef' ? 'elfproef' : 'pattern', reason: bsnReasons[bsnProblem] }],
        });
      }
      const persoon = getPersoonByBsn(bsn);
      if (!persoon) {
        return problem(404, 'Onbekende testpersoon', 'Er is geen testpersoon met dit burgerservicenummer.', {
          code: 'unknownPerson',
          invalidParams: [{ name: 'bsn', code: 'unknown', reason: 'Er is geen testpersoon met dit burgerservicenummer.' }],
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

/** Last in line: any other /api call is 401 without a session and 404 with one. */
export const fallbackHandlers = [
  http.all('/*', ({ cookies }) => {
    if (!findSession(cookies)) {
      return problem(401, 'Niet ingelogd', 'U bent niet (meer) ingelogd. Log opnieuw in met DigiD.', { code: 'unauthorized' });
    }
    return problem(404, 'Niet gevonden', 'Deze gegevens bestaan niet.', { code: 'notFound' });
  }),
];
