import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { auditQueries } from '../api/audit';
import { formatNumber } from '../model/format';

/** Every anomaly rule: how many records it flags, what it means in plain language, and a drill-down. */
export function AnomaliesPage() {
  const { t, i18n } = useTranslation('audit');
  const catalogus = useQuery(auditQueries.catalogus());
  const tellingen = useQuery(auditQueries.aggregates({ anomalie: 'alle' }));
  const lang = i18n.language;
  const error = catalogus.error ?? tellingen.error;

  return (
    <Page title={t('anomalies.title')} lead={t('anomalies.lead')}>
      {catalogus.data && tellingen.data ? (
        <ul className="mg-audit-anomalies">
          {catalogus.data.anomalieen.map((a) => {
            const aantal = tellingen.data.perAnomalie.find((p) => p.soort === a.soort)?.aantal ?? 0;
            return (
              <li key={a.soort} className="mg-audit-anomaly">
                <h2 className="utrecht-heading-3">{t(`afwijkingen.${a.soort}`)}</h2>
                <p className="utrecht-paragraph">
                  <strong>{t('anomalies.count', { aantal: formatNumber(aantal, lang) })}</strong>
                </p>
                <p className="utrecht-paragraph" lang={lang === 'en' ? 'en' : 'nl'}>
                  {lang === 'en' ? a.uitleg.en : a.uitleg.nl}
                </p>
                <p className="utrecht-paragraph">
                  <Link className="utrecht-link" to={`${paths.auditor}?anomalie=${a.soort}`}>
                    {t('anomalies.view', { soort: t(`afwijkingen.${a.soort}`) })}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void Promise.all([catalogus.refetch(), tellingen.refetch()])} />
      ) : (
        <LoadingState />
      )}
    </Page>
  );
}
