import { setupWorker } from 'msw/browser';
import { persistSessionsIn } from './gateway/session';
import { handlers } from './handlers';

/**
 * The in-browser gateway's sessions survive a reload in this tab, as a real gateway's do (issue 19).
 * sessionStorage: gone when the tab closes; the key is removed at sign-out and when the last session
 * expires, so nothing personal is left behind (tests/e2e/privacy).
 */
const SESSIONS_KEY = 'mg-mock-gateway:sessies';
function tabSessionStore() {
  return {
    load: (): unknown => {
      try {
        return JSON.parse(sessionStorage.getItem(SESSIONS_KEY) ?? '[]');
      } catch {
        return [];
      }
    },
    save: (all: unknown[]) => {
      if (all.length) sessionStorage.setItem(SESSIONS_KEY, JSON.stringify(all));
      else sessionStorage.removeItem(SESSIONS_KEY);
    },
  };
}

export const worker = setupWorker(...handlers);

export async function startWorker(): Promise<void> {
  persistSessionsIn(tabSessionStore());
  await worker.start({
    // Anything that is not /api (the app's own files) goes to the network untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
