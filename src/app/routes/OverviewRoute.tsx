import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Page } from '@/components/Page';
import { RegistryCard, type CardStatus } from '@/components/registry/RegistryCard';
import { registryPath } from '@/config/paths';
import { isSignedInAs } from '@/lib/session';
import type { PrefetchContext } from '@/app/preload';
import { prefetchRegistries, useRegistryStates } from '@/app/registries';
import type { RegistryId, RegistryView } from '@/lib/registry-view';
import { ExportPanel } from '@/features/export/ExportPanel';
import { useEndSession } from '@/features/session/hooks';

type CardModel = {
  id: RegistryId;
  status: CardStatus;
  view?: RegistryView;
  error?: unknown;
  retrying: boolean;
  retry: () => void;
};

/**
 * All nine registries at once, as soon as this code is there (src/app/preload.ts): the BSN-keyed
 * ones in parallel with the BRP, the address-keyed ones (BAG, WOZ) the moment the BRP answers.
 */
export async function prefetch({ queryClient }: PrefetchContext) {
  if (!(await isSignedInAs(queryClient, 'burger'))) return;
  await prefetchRegistries(queryClient);
}

/** "Overzicht van uw gegevens": every base registry at a glance, each loading and failing on its own. */
export default function OverviewRoute() {
  const { t } = useTranslation('common');
  const endSession = useEndSession();
  const cards: CardModel[] = useRegistryStates().map((state) => ({
    id: state.definition.id,
    status: state.status,
    ...(state.view ? { view: state.view } : {}),
    ...(state.error ? { error: state.error } : {}),
    retrying: state.isFetching,
    retry: state.refetch,
  }));

  const failed = cards.filter((card) => card.status === 'error' || card.status === 'blocked');
  const loaded = cards.filter((card) => card.status === 'success');
  const names = Object.fromEntries(cards.map((card) => [card.id, t(`registries.${card.id}.name`)])) as Record<
    RegistryId,
    string
  >;

  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      {failed.length > 0 ? (
        <Alert type="warning" heading={t('overview.partialTitle')} role="status">
          <p className="utrecht-paragraph">{t('overview.partialBody')}</p>
          <ul className="utrecht-unordered-list">
            {failed.map((card) => (
              <li key={card.id}>
                <a className="utrecht-link" href={`#kaart-${card.id}`}>
                  {names[card.id]} ({t(`registries.${card.id}.holder`)})
                </a>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">{t('overview.partialAction')}</p>
        </Alert>
      ) : null}
      <p className="mg-visually-hidden" role="status" aria-live="polite">
        {loaded.length === cards.length
          ? t('overview.allLoaded', { count: cards.length })
          : t('overview.stillLoading', { done: loaded.length, count: cards.length })}
      </p>
      <section aria-label={t('overview.cardsLabel')}>
        <ul className="mg-cards">
          {cards.map((card) => (
            <li key={card.id}>
              <RegistryCard
                id={card.id}
                status={card.status}
                view={card.view}
                error={card.error}
                retrying={card.retrying}
                onRetry={card.retry}
                detailHref={registryPath(card.id)}
                onSignInAgain={() => void endSession('expired')}
              />
            </li>
          ))}
        </ul>
      </section>
      <ExportPanel
        views={loaded.map((card) => card.view).filter((view): view is RegistryView => view !== undefined)}
        missing={cards.filter((card) => card.status !== 'success').map((card) => card.id)}
        names={names}
      />
    </Page>
  );
}
