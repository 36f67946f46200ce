import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { errorMessageKey } from '@/components/ErrorState';
import { DEFAULT_TIMEOUT_MS, isApiError } from '@/lib/api-client';
import { formatDate, midSentence } from '@/lib/format';
import { preloadOnIntent } from '@/lib/preload';
import type { RegistryId, RegistryView } from '@/lib/registry-view';

export type CardStatus = 'waiting' | 'pending' | 'error' | 'success' | 'blocked';

type RegistryCardProps = {
  id: RegistryId;
  status: CardStatus;
  view?: RegistryView;
  error?: unknown;
  retrying?: boolean;
  onRetry: () => void;
  detailHref: string;
  onSignInAgain: () => void;
};

/** Seconds since `active` became true; 0 while inactive. */
function useElapsedSeconds(active: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      window.clearInterval(timer);
      setElapsed(0);
    };
  }, [active]);
  return elapsed;
}

/** After this many seconds a request is "slow" and the card says so, with progress. */
const SLOW_AFTER_S = 2;

/**
 * One registry on the overview. Loads and fails on its own: loading (with visible progress
 * when slow), an error naming what happened with a retry, or the key facts with a link on.
 */
export function RegistryCard({
  id,
  status,
  view,
  error,
  retrying = false,
  onRetry,
  detailHref,
  onSignInAgain,
}: RegistryCardProps) {
  const { t, i18n } = useTranslation('common');
  const { t: tv } = useTranslation('views');
  const name = t(`registries.${id}.name`);
  const headingId = `kaart-${id}-titel`;
  const loading = status === 'pending' || status === 'waiting';
  const elapsed = useElapsedSeconds(status === 'pending' || (status === 'error' && retrying));
  const unauthorized = isApiError(error) && error.isUnauthorized;

  return (
    <article
      className={`mg-card mg-card--${status}`}
      aria-labelledby={headingId}
      aria-busy={loading || retrying ? true : undefined}
      id={`kaart-${id}`}
      data-registry={id}
      data-status={status}
    >
      <h2 id={headingId} className="utrecht-heading-3 mg-card__title">
        {view && status === 'success' ? (
          <Link className="utrecht-link mg-card__link" to={detailHref} {...preloadOnIntent(detailHref)}>
            {name}
          </Link>
        ) : (
          name
        )}
      </h2>
      <p className="mg-card__registry">{t(`registries.${id}.registry`)}</p>

      {status === 'success' && view ? (
        <>
          {view.inOnderzoek.count > 0 ? (
            <p className="mg-card__badge">
              <span className="utrecht-status-badge utrecht-status-badge--warning">
                {tv('overview.inOnderzoek', { count: view.inOnderzoek.count })}
              </span>
            </p>
          ) : null}
          {view.keyFacts.length > 0 ? (
            <dl className="mg-card__facts">
              {view.keyFacts.map((fact) => (
                <div key={fact.id}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="utrecht-paragraph mg-card__empty">{view.emptyText}</p>
          )}
          <dl className="mg-card__meta">
            <div>
              <dt>{tv('overview.holder')}</dt>
              <dd>{view.holder}</dd>
            </div>
            {view.lastChanged ? (
              <div>
                <dt>{tv('overview.lastChanged')}</dt>
                <dd>{formatDate(view.lastChanged, i18n.language)}</dd>
              </div>
            ) : null}
          </dl>
          <p className="mg-card__more">
            <Link className="utrecht-link" to={detailHref} {...preloadOnIntent(detailHref)}>
              {tv('overview.viewAll', { name: midSentence(name) })}
            </Link>
          </p>
        </>
      ) : null}

      {status === 'waiting' ? (
        <div role="status" className="mg-card__loading">
          <SkeletonFacts />
          <p className="utrecht-paragraph">{tv('overview.waitingForAddress')}</p>
        </div>
      ) : null}

      {status === 'pending' ? (
        <div role="status" className="mg-card__loading">
          <SkeletonFacts />
          <p className="utrecht-paragraph">{tv('overview.loading', { holder: t(`registries.${id}.holder`) })}</p>
          {elapsed >= SLOW_AFTER_S ? (
            <>
              <p className="utrecht-paragraph">{tv('overview.slow', { seconds: elapsed })}</p>
              <progress
                className="mg-progress"
                max={DEFAULT_TIMEOUT_MS / 1000}
                value={Math.min(elapsed, DEFAULT_TIMEOUT_MS / 1000)}
                aria-label={tv('overview.slowProgress')}
              />
            </>
          ) : null}
        </div>
      ) : null}

      {status === 'error' ? (
        <div className="mg-card__error" role="alert">
          <p className="utrecht-paragraph mg-card__error-title">{tv('overview.failedTitle', { name })}</p>
          <p className="utrecht-paragraph">{t(errorMessageKey(error))}</p>
          {unauthorized ? (
            <Button appearance="primary" onClick={onSignInAgain}>
              {tv('overview.signInAgain')}
            </Button>
          ) : (
            <Button onClick={onRetry} busy={retrying} disabled={retrying} aria-describedby={headingId}>
              {t('retry')}
            </Button>
          )}
        </div>
      ) : null}

      {status === 'blocked' ? <p className="utrecht-paragraph">{tv('overview.needsAddress')}</p> : null}
    </article>
  );
}

/**
 * The shape of a card's facts while they load: a short line for a label, a long one for its
 * value, three times (the loading card holds the loaded card's height, src/styles/app.css).
 */
function SkeletonFacts() {
  return (
    <span className="mg-card__skeleton-facts" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <span key={i} className="mg-card__skeleton-fact">
          <span className="mg-skeleton mg-skeleton--label" />
          <span className="mg-skeleton" />
        </span>
      ))}
    </span>
  );
}
