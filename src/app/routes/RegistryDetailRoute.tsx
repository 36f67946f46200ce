import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Page } from '@/components/Page';
import { RegistryDetail } from '@/components/registry/RegistryDetail';
import { RegistryDetailLoading, RegistryDetailTop } from '@/components/registry/RegistryDetailTop';
import { findRegistryBySlug, useRegistryState } from '@/app/registries';
import { WithCorrectieLinks } from './FieldActions';
import NotFoundPage from './NotFoundPage';

/** The detail page of one registry (the BRP has its own page): every field, holder, dates. */
export default function RegistryDetailRoute() {
  const { slug = '' } = useParams();
  const definition = findRegistryBySlug(slug);
  return definition ? <RegistryDetailPage definition={definition} /> : <NotFoundPage />;
}

function RegistryDetailPage({ definition }: { definition: NonNullable<ReturnType<typeof findRegistryBySlug>> }) {
  const { t } = useTranslation('common');
  const { t: tv } = useTranslation('views');
  // Only this registry and what it depends on (the BRP's address for BAG and WOZ) are asked.
  const state = useRegistryState(definition);

  const id = state.definition.id;
  const name = t(`registries.${id}.name`);
  let content;
  if (state.view)
    content = (
      <WithCorrectieLinks registry={id}>
        <RegistryDetail view={state.view} />
      </WithCorrectieLinks>
    );
  else if (state.status === 'error')
    content = (
      <ErrorState
        error={state.error}
        heading={tv('overview.failedTitle', { name })}
        onRetry={state.refetch}
        retrying={state.isFetching}
      />
    );
  else if (state.status === 'blocked') content = <p className="utrecht-paragraph">{tv('overview.needsAddress')}</p>;
  else content = <RegistryDetailLoading id={id} />;

  return (
    <Page title={name} lead={t(`registries.${id}.registry`)}>
      <RegistryDetailTop id={id} />
      {content}
    </Page>
  );
}
