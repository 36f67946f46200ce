import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Page } from '@/components/Page';
import { RegistryCard, type CardStatus } from '@/components/registry/RegistryCard';
import { registryPath } from '@/config/paths';
import { isSignedInAs, NotSignedInError } from '@/lib/session';
import type { PrefetchContext } from '@/app/preload';
import { brpQueries } from '@/features/brp/api/brp';
import { addressDepsOf } from '@/features/brp/hooks';
import { registries } from '@/features/registries';
import type { RegistryId, RegistryView } from '@/lib/registry-view';
import { useBrpRegistry } from '@/features/brp/hooks';
import { ExportPanel } from '@/features/export/ExportPanel';
import { useRegistryStates } from '@/features/registries/hooks';
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
 * The same query options as the cards use, so the cards find them in the cache.
 */
export async function prefetch({ queryClient }: PrefetchContext) {
  if (!(await isSignedInAs(queryClient, 'burger'))) return;
  const persoon = queryClient.fetchQuery(brpQueries.persoon());
  for (const registry of registries) if (!registry.byAddress) void queryClient.prefetchQuery(registry.query({}));
  const found = await persoon;
  if (!found) return;
  const deps = addressDepsOf(found);
  for (const registry of registries) if (registry.byAddress) void queryClient.prefetchQuery(registry.query(deps));
}

/** "Mijn gegevens": every base registry at a glance, each loading and failing on its own. */
export default function OverviewRoute() {
  const { t } = useTranslation('common');
  const endSession = useEndSession();
  const brp = useBrpRegistry();

  const states = useRegistryStates(brp.address);

  const cards: CardModel[] = [
    {
      id: 'brp',
      status: brp.view ? 'success' : brp.query.isError ? 'error' : 'pending',
      ...(brp.view ? { view: brp.view } : {}),
      ...(brp.query.error && !(brp.query.error instanceof NotSignedInError) ? { error: brp.query.error } : {}),
      retrying: brp.query.isFetching,
      retry: () => void brp.query.refetch(),
    },
    ...states.map((state) => ({
      id: state.definition.id,
      status: state.status,
      ...(state.view ? { view: state.view } : {}),
      ...(state.error ? { error: state.error } : {}),
      retrying: state.isFetching,
      retry: state.refetch,
    })),
  ];

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
