import { HttpResponse } from 'msw';
import { auditors } from '../data/auditors';
import { testpersonen } from '../data/testpersonen';
import { http } from '../gateway/http';
import { SESSION_COOKIE } from '../gateway/session';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * What the sign-in page asks before anyone has signed in, answered without the registries'
 * data (issue 16): the mock gateway's first paint needs only these. Everything else is in
 * handlers/full.ts, imported on the first request that needs it.
 */
export const anonymousHandlers = [
  // Test environments only: who can sign in. A real gateway redirects to DigiD instead
  // and answers 404 here, and the sign-in page then shows no list.
  http.get('/auth/testpersonen', () =>
    HttpResponse.json(
      {
        personen: testpersonen.map(({ burgerservicenummer, naam, situatie }) => ({
          burgerservicenummer,
          naam,
          situatie,
        })),
        auditors: auditors.map(({ id, naam, organisatie }) => ({ id, naam, organisatie })),
      },
      { headers: noStore },
    ),
  ),
  // No cookie at all: an anonymous visitor, which is an answer, not an error (204). With a
  // cookie, handlers/session.ts decides (it reads the person's data).
  http.get('/auth/session', ({ cookies }) =>
    cookies[SESSION_COOKIE] ? undefined : new HttpResponse(null, { status: 204, headers: noStore }),
  ),
];
