/**
 * Signing in for tests: one helper instead of a private copy per file (issue 18).
 *
 * - `signInAs(who)`: in-process, against the MSW gateway that the component and contract projects
 *   run (tests/setup/gateway.ts). msw/node keeps the session cookie for every later `fetch`.
 * - `signInOverHttp(gateway, who)`: against a real HTTP gateway process (`*.http.test.ts`); returns
 *   the `name=value` pair to send as a `Cookie` header, since Node's fetch keeps no cookie jar.
 *
 * Both fail the test with the gateway's answer when the sign-in is refused: a test that thinks it
 * is signed in but is not would otherwise fail later with a confusing 401.
 */
import type { components } from '@/generated/session';

export type Credentials = components['schemas']['BurgerLogin'] | components['schemas']['AuditorLogin'];
export type Session = components['schemas']['Sessie'];

const credentials = (who: string | Credentials): Credentials => (typeof who === 'string' ? { bsn: who } : who);

/** jsdom has a `location`; the Node contract project has none and the gateway answers on localhost. */
const inProcessOrigin = () => (typeof location === 'undefined' ? 'http://localhost' : location.origin);

async function postSession(url: string, who: string | Credentials): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials(who)),
  });
  if (response.status !== 201) {
    throw new Error(
      `sign-in as ${JSON.stringify(credentials(who))} failed: ${response.status} ${await response.text()}`,
    );
  }
  return response;
}

/** Sign in at the in-process mock gateway; a BSN string signs in a citizen. Returns the session. */
export async function signInAs(who: string | Credentials): Promise<Session> {
  const response = await postSession(new URL('/api/auth/session', inProcessOrigin()).href, who);
  return (await response.json()) as Session;
}

/** Sign in at a gateway over HTTP (its base URL, no `/api`); returns the cookie pair to send back. */
export async function signInOverHttp(gateway: string, who: string | Credentials): Promise<string> {
  const response = await postSession(`${gateway}/api/auth/session`, who);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}
