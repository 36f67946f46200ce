import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { auditQueries } from '../api/audit';
import { formatDate } from '@/lib/format';
import { formatNumber } from '../model/format';

/** Correction and explanation requests per data holder: open, overdue, decided, extended, median days. */
export function SlaPage() {
  const { t, i18n } = useTranslation('audit');
  const sla = useQuery(auditQueries.sla());
  const lang = i18n.language;
  return (
    <Page
      title={t('sla.title')}
      lead={sla.data ? t('sla.lead', { peildatum: formatDate(sla.data.peildatum, i18n.language) }) : undefined}
    >
      {sla.data ? (
        sla.data.houders.length ? (
          <div className="mg-table-wrap">
            <table className="mg-table mg-table--stack">
              <caption className="mg-table__caption">{t('sla.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sla.holder')}</th>
                  <th scope="col">{t('sla.open')}</th>
                  <th scope="col">{t('sla.overdue')}</th>
                  <th scope="col">{t('sla.decided')}</th>
                  <th scope="col">{t('sla.extended')}</th>
                  <th scope="col">{t('sla.median')}</th>
                </tr>
              </thead>
              <tbody>
                {sla.data.houders.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">{h.naam}</th>
                    <td data-label={t('sla.open')}>{h.open}</td>
                    <td data-label={t('sla.overdue')}>{h.overTijd}</td>
                    <td data-label={t('sla.decided')}>{h.afgehandeld}</td>
                    <td data-label={t('sla.extended')}>{h.verlengd}</td>
                    <td data-label={t('sla.median')}>
                      {h.mediaanDagen === null ? t('sla.none') : formatNumber(h.mediaanDagen, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="utrecht-paragraph">{t('sla.empty')}</p>
        )
      ) : sla.isError ? (
        <ErrorState error={sla.error} onRetry={() => void sla.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Page>
  );
}
