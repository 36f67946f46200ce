import { memo, useCallback, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Page } from '@/components/Page';
import { RegistryCard, type CardStatus } from '@/components/registry/RegistryCard';
import { registryPath } from '@/config/paths';
import { isSignedInAs } from '@/lib/session';
import { useStableCallback } from '@/lib/use-stable-callback';
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
};

/**
 * One card, drawn again only when its own registry changed: the overview renders once per
 * answer (~15 on the way in), and drawing all nine cards each time was most of the main-thread
 * work after the first paint (issue 16). Its props are the answer's own (stable) values and
 * stable callbacks that take the id, so React's shallow comparison is enough.
 */
const OverviewCard = memo(function OverviewCard({
  onRetry,
  onSignInAgain,
  ...card
}: CardModel & { onRetry: (id: RegistryId) => void; onSignInAgain: () => void }) {
  const retry = useCallback(() => onRetry(card.id), [onRetry, card.id]);
  return <RegistryCard {...card} onRetry={retry} detailHref={registryPath(card.id)} onSignInAgain={onSignInAgain} />;
});

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
  const { t: tv } = useTranslation('views');
  const endSession = useEndSession();
  // Answers arrive one by one (~15); drawing them is a deferred (interruptible) render, so the
  // main thread stays free for input between them instead of one long task per answer.
  const states = useDeferredValue(useRegistryStates());
  const cards: CardModel[] = states.map((state) => ({
    id: state.definition.id,
    status: state.status,
    ...(state.view ? { view: state.view } : {}),
    ...(state.error ? { error: state.error } : {}),
    retrying: state.isFetching,
  }));
  // Stable callbacks for the memoised cards; they act on the latest answers.
  const retry = useStableCallback((id: RegistryId) => {
    states.find((state) => state.definition.id === id)?.refetch();
  });
  const signInAgain = useStableCallback(() => void endSession('expired'));

  const failed = cards.filter((card) => card.status === 'error' || card.status === 'blocked');
  const loaded = cards.filter((card) => card.status === 'success');
  const names = Object.fromEntries(cards.map((card) => [card.id, t(`registries.${card.id}.name`)])) as Record<
    RegistryId,
    string
  >;

  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      {failed.length > 0 ? (
        <Alert type="warning" heading={tv('overview.partialTitle')} role="status">
          <p className="utrecht-paragraph">{tv('overview.partialBody')}</p>
          <ul className="utrecht-unordered-list">
            {failed.map((card) => (
              <li key={card.id}>
                <a className="utrecht-link" href={`#kaart-${card.id}`}>
                  {names[card.id]} ({t(`registries.${card.id}.holder`)})
                </a>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">{tv('overview.partialAction')}</p>
        </Alert>
      ) : null}
      <p className="mg-visually-hidden" role="status" aria-live="polite">
        {loaded.length === cards.length
          ? tv('overview.allLoaded', { count: cards.length })
          : tv('overview.stillLoading', { done: loaded.length, count: cards.length })}
      </p>
      <section aria-label={tv('overview.cardsLabel')}>
        <ul className="mg-cards">
          {cards.map((card) => (
            <li key={card.id}>
              <OverviewCard {...card} onRetry={retry} onSignInAgain={signInAgain} />
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
