/** Mijn verzoeken: every request, newest first, with its status and deadline. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { verzoekPath } from '@/config/paths';
import { formatDate } from '@/lib/format';

import { Clock, requestTitle, StatusBadge, useT, useVerzoeken } from './shared';

export function MijnVerzoekenPage() {
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const { query, verzoeken } = useVerzoeken();
  let content;
  if (verzoeken) {
    content = verzoeken.length ? (
      <ul className="mg-verzoeken">
        {verzoeken.map((v) => (
          <li key={v.id} className="mg-verzoek-card">
            <h2 className="utrecht-heading-3">
              <Link className="utrecht-link" to={verzoekPath(v.id)}>
                {v.zaken[0]
                  ? requestTitle(v.zaken[0], t, (id) => tCommon(`registries.${id as 'brp'}.name`), i18n.language).node
                  : v.id}
              </Link>
            </h2>
            <p className="utrecht-paragraph">
              {t('verzoeken.ontvangenOp', { datum: formatDate(v.ontvangen, i18n.language) })}
            </p>
            {v.zaken.map((z) => (
              <div key={z.uuid}>
                <p className="utrecht-paragraph">
                  {t('verzoeken.referentie')} {z.identificatie} · <StatusBadge zaak={z} />
                </p>
                <Clock zaak={z} />
              </div>
            ))}
          </li>
        ))}
      </ul>
    ) : (
      <p className="utrecht-paragraph">{t('verzoeken.leeg')}</p>
    );
  } else if (query.isError) {
    content = (
      <ErrorState
        error={query.error}
        heading={t('verzoeken.fout')}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    content = <LoadingState label={t('verzoeken.laden')} lines={4} />;
  }
  return (
    <Page title={t('verzoeken.titel')} lead={t('verzoeken.intro')}>
      {content}
    </Page>
  );
}
