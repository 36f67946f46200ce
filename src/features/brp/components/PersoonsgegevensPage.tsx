import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/Alert';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { NotSignedInError, sessionQuery } from '@/lib/session';
import { brpQueries } from '../api/brp';
import { toViewModel } from '../model/to-view-model';
import { PersoonView } from './PersoonView';
import { toLanguage } from './text';
import { BackToOverview } from '@/components/BackToOverview';
import { persoonsgegevensIntro } from './intro';

/** Without a citizen session there is no own BSN: the only way on is signing in. */
function BsnOntbreekt() {
  const { t } = useTranslation('brp');
  return (
    <Alert type="warning" heading={t('bsnOntbreekt.titel')} role="status">
      <p className="utrecht-paragraph">{t('bsnOntbreekt.tekst')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.signIn} state={{ reason: 'expired' }}>
          {t('bsnOntbreekt.inloggen')}
        </Link>
      </p>
    </Alert>
  );
}

export function PersoonsgegevensPage() {
  const { t, i18n } = useTranslation('brp');
  const { t: tCommon } = useTranslation('common');
  const persoon = useQuery(brpQueries.persoon());
  // Acting for someone else (issue 14): the page is about them, not "about you".
  const namens = useQuery(sessionQuery()).data?.namens;
  const locale = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const viewModel = useMemo(
    () => (persoon.data ? toViewModel(persoon.data, locale) : undefined),
    [persoon.data, locale],
  );

  let content;
  // Data first: a failed background refetch must not hide data that is already on screen.
  if (viewModel) {
    content = <PersoonView viewModel={viewModel} />;
  } else if (persoon.data === null) {
    content = (
      <Alert type="warning" role="status">
        <p className="utrecht-paragraph">{t('pagina.nietGevonden')}</p>
      </Alert>
    );
  } else if (persoon.error instanceof NotSignedInError) {
    content = <BsnOntbreekt />;
  } else if (persoon.isError) {
    content = (
      <ErrorState
        error={persoon.error}
        heading={t('pagina.foutTitel')}
        onRetry={() => void persoon.refetch()}
        retrying={persoon.isFetching}
      />
    );
  } else {
    content = <LoadingState label={t('pagina.laden')} lines={6} />;
  }

  return (
    <Page title={t('pagina.titel')} lead={persoonsgegevensIntro(t, namens)}>
      <BackToOverview label={tCommon('detail.back')} />
      {content}
    </Page>
  );
}
