import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { auditQueries } from '../api/audit';
import { formatDateTime, formatNumber } from '../model/format';

/** Who watches the watchers: every search, export and reveal by every auditor. */
export function TrailPage() {
  const { t, i18n } = useTranslation('audit');
  const trail = useQuery({ ...auditQueries.trail(), refetchOnMount: 'always' });
  const lang = i18n.language;
  return (
    <Page title={t('trail.title')} lead={t('trail.lead')}>
      {trail.data ? (
        trail.data.acties.length ? (
          <div className="mg-table-wrap">
            <table className="mg-table mg-table--stack">
              <caption className="mg-table__caption">{t('trail.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trail.tijd')}</th>
                  <th scope="col">{t('trail.auditor')}</th>
                  <th scope="col">{t('trail.actie')}</th>
                  <th scope="col">{t('trail.details')}</th>
                </tr>
              </thead>
              <tbody>
                {trail.data.acties.map((a) => {
                  const filters = Object.entries(a.filters).map(([k, v]) => `${k}=${v}`).join(', ');
                  return (
                    <tr key={a.id} data-actie={a.actie}>
                      <th scope="row">{formatDateTime(a.tijd, lang)}</th>
                      <td data-label={t('trail.auditor')}>{a.auditor.naam}</td>
                      <td data-label={t('trail.actie')}>{t(`trail.acties.${a.actie}`)}</td>
                      <td data-label={t('trail.details')} className="mg-audit-wrap">
                        {a.pseudoniem ? <div>{a.pseudoniem}</div> : null}
                        {a.reden ? <div>{t('trail.reden', { reden: a.reden })}</div> : null}
                        {a.actie !== 'onthullen' ? <div>{filters || t('trail.noFilters')}</div> : null}
                        {a.aantal !== undefined ? <div>{t('trail.aantal', { aantal: formatNumber(a.aantal, lang) })}</div> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="utrecht-paragraph">{t('trail.empty')}</p>
        )
      ) : trail.isError ? (
        <ErrorState error={trail.error} onRetry={() => void trail.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Page>
  );
}
