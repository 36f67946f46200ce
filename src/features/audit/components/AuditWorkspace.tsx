import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { auditQueries } from '../api/audit';
import { RemitPanel } from './RemitPanel';
import '../audit.css';

/** The workspace frame: its own navigation, the remit that applies, and the generation progress until the records are ready. */
export function AuditWorkspace() {
  const { t, i18n } = useTranslation('audit');
  const status = useQuery(auditQueries.status());
  const nf = new Intl.NumberFormat(i18n.language);

  const nav = (
    <nav className="mg-nav mg-audit-nav" aria-label={t('nav.label')}>
      <ul className="mg-nav__list">
        <li>
          <NavLink className="mg-nav__link" to={paths.auditor} end>
            {t('nav.search')}
          </NavLink>
        </li>
        <li>
          <NavLink className="mg-nav__link" to={paths.auditorAnomalies}>
            {t('nav.anomalies')}
          </NavLink>
        </li>
        <li>
          <NavLink className="mg-nav__link" to={paths.auditorSla}>
            {t('nav.sla')}
          </NavLink>
        </li>
        <li>
          <NavLink className="mg-nav__link" to={paths.auditorTrail}>
            {t('nav.trail')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );

  if (status.data?.status === 'klaar') {
    return (
      <>
        {nav}
        <RemitPanel />
        <Outlet />
      </>
    );
  }
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <LoadingState />;
  const procent = Math.floor(status.data.voortgang * 100);
  return (
    <Page title={t('progress.title')} lead={t('progress.lead', { doel: nf.format(status.data.doel) })}>
      <label className="utrecht-form-label" htmlFor="audit-progress">
        {t('progress.label')}
      </label>
      <progress id="audit-progress" className="mg-progress" max={100} value={procent} aria-describedby="audit-progress-text" />
      <p id="audit-progress-text" className="utrecht-paragraph" role="status">
        {t('progress.status', { records: nf.format(status.data.records), doel: nf.format(status.data.doel), procent, fase: t(`progress.fase.${status.data.fase}`) })}
      </p>
    </Page>
  );
}
