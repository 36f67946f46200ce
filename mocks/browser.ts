import { setupWorker } from 'msw/browser';
import { persistSessionsIn } from './gateway/session';
import { handlers, loadFullGateway, onFullGatewayLoaded } from './handlers';

// In the browser the auditor universe is built and queried in a Web Worker (decision 096). Its
// engine is installed when the registries' handlers have loaded, before any of them can ask for
// it, and not at the gateway's start: its module reaches the BRP test file (decision 097).
onFullGatewayLoaded((full) => full.installWorkerAuditEngine());

/**
 * The in-browser gateway's sessions survive a reload and a new tab, as a real gateway's do: its
 * session cookie is shared by every tab (MSW keeps mocked cookies in localStorage), so the sessions
 * it points at must be too (issue 19). localStorage is shared by the tabs of one browser; each tab
 * reads it before every session operation (gateway/session.ts), so a sign-out in one tab ends the
 * session in all. Nothing personal is left behind: the key is removed when the last session ends
 * or expires, sign-out and the idle time-out wipe localStorage (src/lib/privacy.ts), and expired
 * sessions of a browser closed without signing out are dropped on the next start
 * (tests/e2e/storage.e2e.ts).
 */
const SESSIONS_KEY = 'mg-mock-gateway:sessies';
function sharedSessionStore() {
  return {
    load: (): unknown => {
      try {
        return JSON.parse(localStorage.getItem(SESSIONS_KEY) ?? '[]');
      } catch {
        return [];
      }
    },
    save: (all: unknown[]) => {
      try {
        if (all.length) localStorage.setItem(SESSIONS_KEY, JSON.stringify(all));
        else localStorage.removeItem(SESSIONS_KEY);
      } catch {
        // storage full or unavailable: sessions then live in this page only
      }
    },
  };
}

export const worker = setupWorker(...handlers);

/**
 * The registries' handlers and data (handlers/full.ts, with the 2.2 MB BRP test file) are not
 * needed for the sign-in page, so the gateway starts without them (issue 16). They are fetched
 * once the gateway has given its first answer (the test persons, or a returning visitor's
 * session) and the page is idle: a sign-in then rarely waits for their download. A request
 * that comes first loads them itself (gateway/lazy.ts).
 */
function loadDataWhenIdle(): void {
  const onFirstAnswer = () => {
    worker.events.removeListener('response:mocked', onFirstAnswer);
    const load = () => void loadFullGateway().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 200);
  };
  worker.events.on('response:mocked', onFirstAnswer);
}

export async function startWorker(): Promise<void> {
  persistSessionsIn(sharedSessionStore());
  loadDataWhenIdle();
  await worker.start({
    // Anything that is not /api (the app's own files) goes to the network untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
