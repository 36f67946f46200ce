// First: before any module creates a zod schema (see the file).
import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import '@/styles/theme.css';
import '@/styles/app.css';
import { setupI18n } from '@/lib/i18n';
import { holdRequestsUntil } from '@/lib/mock-gateway-start';
import { createQueryClient } from '@/lib/query-client';
import { App } from './App';
import { configurePreload, preloadRoute } from './preload';
import { createRouter } from './router';
import { shellPainted } from './shell-painted';

async function start() {
  // Mocks on: the registries run in a service worker in this browser. The import is dynamic
  // and behind a build-time constant (not env.mocks, which is only known at run time), so
  // with VITE_MOCKS=off the bundler drops the whole mock layer. It starts alongside the first
  // paint, not before it (issue 16): requests wait for it (src/lib/mock-gateway-start.ts).
  if (import.meta.env.VITE_MOCKS !== 'off') {
    holdRequestsUntil(import('@mocks/browser').then(({ startWorker }) => startWorker()));
  }
  // Testers can start with faults: ?storingen=rdw:500,bag:timeout,woz:none:4000
  // Written out (not a shared constant) so the bundler folds it and drops the code.
  if (import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on') {
    const url = new URL(window.location.href);
    const param = url.searchParams.get('storingen');
    if (param) {
      const { parseFaultParam, saveFaults } = await import('@/features/devtools/api');
      await saveFaults(parseFaultParam(param)).catch(() => undefined);
      url.searchParams.delete('storingen');
      window.history.replaceState(window.history.state, '', url);
    }
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in index.html');
  const queryClient = createQueryClient();
  const i18n = setupI18n();
  // The page being opened: its code, texts, the session check and its data start together,
  // before the router gets to them one after another (src/app/preload.ts, issue 16) — once
  // the shell is on screen (src/app/shell-painted.ts), so they do not hold its first paint.
  configurePreload({ queryClient, i18n });
  const opened = window.location.pathname + window.location.search;
  void shellPainted.then(() => preloadRoute(opened));
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} router={createRouter()} />
    </StrictMode>,
  );
}

// A page restored from the back/forward cache would show data from before a sign-out. Reload
// it instead: the session check then decides what may be shown.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

void start();
