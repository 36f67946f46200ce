import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '@/components/Button';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { NotFound } from '@/components/NotFound';

/**
 * The error page of every route (issue 11): never React Router's developer page, never a stack
 * trace.
 *
 * A page's code that fails to load (a new deployment while someone is signed in — the old
 * chunk names are gone — or a flaky connection) is reloaded once, automatically: that fetches
 * the new index.html and its chunks. If it fails again, the person gets "Probeer opnieuw" and a
 * way home. Any other error gets a calm message with a short reference, which is all that goes
 * to the console (no message text: it could hold personal data).
 */

const RELOAD_KEY = 'mg.chunkReload';
/**
 * A second failure of the same path within this time after the automatic reload is not
 * reloaded again (no loop); after it, a new failure may be reloaded once more.
 */
const RELOAD_WINDOW_MS = 60_000;

/** Chromium, Firefox and Safari word a failed `import()` differently; Vite's preload too. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|ChunkLoadError|Loading chunk \S+ failed/i.test(
      error.message,
    ) || error.name === 'ChunkLoadError'
  );
}

type ReloadMark = { path: string; at: number };

function readMark(): ReloadMark | undefined {
  try {
    const raw = sessionStorage.getItem(RELOAD_KEY);
    return raw ? (JSON.parse(raw) as ReloadMark) : undefined;
  } catch {
    return undefined;
  }
}

/** True when this path was not reloaded for a failed chunk just now: then it may be, once. */
function mayReloadOnce(path: string): boolean {
  const mark = readMark();
  return !(mark && mark.path === path && Date.now() - mark.at < RELOAD_WINDOW_MS);
}

function reloadOnce(path: string): void {
  try {
    // Only a path and a time: nothing personal.
    sessionStorage.setItem(RELOAD_KEY, JSON.stringify({ path, at: Date.now() } satisfies ReloadMark));
  } catch {
    return; // no storage: do not risk a reload loop
  }
  window.location.reload();
}

const newReference = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
};

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation('common');
  const chunk = isChunkLoadError(error);
  const path = window.location.pathname;
  const [reloading] = useState(() => chunk && mayReloadOnce(path));
  const [reference] = useState(newReference);

  useEffect(() => {
    if (reloading) {
      reloadOnce(path);
      return;
    }
    const kind = chunk
      ? 'chunk-load'
      : isRouteErrorResponse(error)
        ? `status-${error.status}`
        : error instanceof Error
          ? error.name
          : typeof error;
    console.error(`[mijn-gegevens] page error ${reference} (${kind})`);
  }, [reloading, path, chunk, error, reference]);

  if (reloading) {
    return (
      <p className="utrecht-paragraph" role="status">
        {t('routeError.reloading')}
      </p>
    );
  }

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  return (
    <Page title={chunk ? t('routeError.chunkTitle') : t('routeError.title')}>
      <div role="alert">
        <p className="utrecht-paragraph">{chunk ? t('routeError.chunkBody') : t('routeError.body')}</p>
        {chunk ? null : <p className="utrecht-paragraph">{t('routeError.reference', { reference })}</p>}
      </div>
      <div className="mg-actions">
        <Button appearance="primary" onClick={() => window.location.reload()}>
          {t('routeError.retry')}
        </Button>
        {/* A full page load on purpose: after a failed chunk, the router's own navigation may fail again. */}
        <a className="utrecht-link" href={paths.home}>
          {t('routeError.home')}
        </a>
      </div>
    </Page>
  );
}
