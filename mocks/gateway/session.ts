import { gatewayNow } from './clock';
import { problem } from './problem';
import type { Dienst, Relatie } from '../data/vertegenwoordiging/types';
import type { RegistryId } from '@/lib/registries';

/**
 * The mock gateway's session store: what a real gateway derives from the DigiD (or, for
 * auditors, eHerkenning/organisation) login. The browser only ever holds an opaque session
 * id in a cookie; the BSN stays on the server side.
 */
export type Role = 'burger' | 'auditor';
export type Session = {
  id: string;
  role: Role;
  /** role=burger: the signed-in person's own BSN (the actor). */
  bsn?: string;
  /**
   * role=burger, issue 14: the person whose data this session serves when the actor acts for
   * someone else (chosen with POST /auth/session/namens); absent while acting for themselves.
   */
  subjectBsn?: string;
  auditorId?: string;
  naam: string;
  expiresAt: string;
};

/**
 * What a citizen endpoint serves, as handlers see it: `bsn` is the **subject** (whose data),
 * `actorBsn` the signed-in person, `relatie` set when they differ. Handlers keep reading
 * `session.bsn`, so every one of them serves the chosen subject and nobody else.
 */
export type CitizenSession = Session & { bsn: string; actorBsn: string; relatie?: Relatie };

/** What an endpoint needs of a representative: a service of the portal, and for data the registry. */
export type Scope = { dienst: Dienst; register?: RegistryId; handeling?: string };

export const SESSION_COOKIE = 'mg_session';
/**
 * Over https the cookie is `__Host-mg_session`: the prefix makes the browser accept it only
 * with `Secure`, `Path=/` and no `Domain`, so a sibling subdomain or a plain-http page cannot
 * plant or overwrite it (RFC 6265bis §4.1.3.2). Handlers keep reading `SESSION_COOKIE`:
 * gateway/http.ts maps the prefixed cookie onto it for https requests (sessionCookies below).
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
/** DigiD-connected services end a session after 15 minutes of inactivity (LEGAL.md). */
export const SESSION_IDLE_MS = 15 * 60 * 1000;

const sessions = new Map<string, Session>();
// Expiry runs on the gateway's clock: tests move it to prove expiry without waiting.
const now = gatewayNow;

/**
 * Where sessions live between page loads. A real gateway keeps its sessions on the server, so a
 * reload, F5 or a new tab keeps the citizen signed in; the in-browser gateway (mocks-on builds)
 * runs in each tab's memory and would sign everyone out on every full load and in every new tab
 * (issue 19). mocks/browser.ts therefore hands it storage that all tabs of the browser share; the
 * Node gateway keeps them in memory only.
 *
 * With a store, the store is the truth: every tab runs its own copy of this module, so each
 * operation first reads what the other tabs wrote (a sign-out in one tab ends the session in all,
 * as on a real server), then writes its change back.
 */
export type SessionStore = { load(): unknown; save(all: Session[]): void };
let store: SessionStore | undefined;
const persist = () => store?.save([...sessions.values()]);
function sync(): void {
  if (!store) return;
  const loaded = store.load();
  sessions.clear();
  for (const s of Array.isArray(loaded) ? loaded : [])
    if (isSession(s) && Date.parse(s.expiresAt) > now()) sessions.set(s.id, s);
}

const isSession = (v: unknown): v is Session => {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    (s.role === 'burger' || s.role === 'auditor') &&
    typeof s.naam === 'string' &&
    typeof s.expiresAt === 'string'
  );
};

/** Restores the live sessions from `target` and keeps it up to date from now on. */
export function persistSessionsIn(target: SessionStore): void {
  store = target;
  sync();
  persist();
}

export function createSession(input: Omit<Session, 'id' | 'expiresAt'>): Session {
  const session: Session = {
    ...input,
    id: crypto.randomUUID(),
    expiresAt: new Date(now() + SESSION_IDLE_MS).toISOString(),
  };
  sync();
  sessions.set(session.id, session);
  persist();
  return session;
}

export function endSession(id: string | undefined): void {
  sync();
  if (id) sessions.delete(id);
  persist();
}

/** The live session for a cookie, sliding its expiry on use; expired sessions are removed. */
export function findSession(cookies: Record<string, string>): Session | undefined {
  const id = cookies[SESSION_COOKIE];
  if (!id) return undefined;
  sync();
  const session = sessions.get(id);
  if (!session) return undefined;
  if (Date.parse(session.expiresAt) <= now()) {
    sessions.delete(id);
    persist();
    return undefined;
  }
  session.expiresAt = new Date(now() + SESSION_IDLE_MS).toISOString();
  persist();
  return session;
}

export function requireSession(cookies: Record<string, string>): Session | Response {
  return (
    findSession(cookies) ??
    problem(401, 'Niet ingelogd', 'U bent niet (meer) ingelogd. Log opnieuw in met DigiD.', {
      code: 'unauthorized',
    })
  );
}

/** Issue 14: act for `subjectBsn` from now on (the caller has checked the relation), or for oneself again. */
export function setSubject(session: Session, subjectBsn: string | undefined): void {
  if (subjectBsn && subjectBsn !== session.bsn) session.subjectBsn = subjectBsn;
  else delete session.subjectBsn;
  persist();
}

/**
 * Did the browser reach us over https? Directly (the request URL), or through the serving
 * layer, which says so in `X-Forwarded-Proto` (deploy/nginx sets it from `$scheme` and
 * overwrites whatever a client sent).
 */
export function isSecureRequest(request: Request): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * The cookies a handler sees: over https only the `__Host-` session cookie counts (a plain
 * `mg_session` there may have been planted by a sibling subdomain), presented under the
 * plain name so handlers need not know the scheme.
 */
export function sessionCookies(request: Request, cookies: Record<string, string>): Record<string, string> {
  if (!isSecureRequest(request)) return cookies;
  const { [SECURE_SESSION_COOKIE]: secure, ...rest } = cookies;
  delete rest[SESSION_COOKIE];
  return secure === undefined ? rest : { ...rest, [SESSION_COOKIE]: secure };
}

export function sessionCookie(id: string, secure = false): string {
  // The mock also runs on plain http://127.0.0.1, where a Secure cookie would not be stored.
  return secure
    ? `${SECURE_SESSION_COOKIE}=${id}; Path=/; Secure; HttpOnly; SameSite=Strict`
    : `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`;
}

export function clearedSessionCookie(secure = false): string {
  return secure
    ? `${SECURE_SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`
    : `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

export function resetSessions(): void {
  sessions.clear();
  persist();
}
export { problem } from './problem';

/** For auditor endpoints (issue 6): an auditor session, or a 401/403 problem Response. A citizen gets 403. */
export function requireAuditor(cookies: Record<string, string>): Session | Response {
  const session = requireSession(cookies);
  if (session instanceof Response) return session;
  if (session.role !== 'auditor' || !session.auditorId) {
    return problem(
      403,
      'Geen toegang',
      'Deze gegevens zijn alleen voor auditors (toezichthouders en functionarissen gegevensbescherming).',
      {
        code: 'forbidden',
      },
    );
  }
  return session;
}
