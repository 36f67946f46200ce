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
  // Asked together with the status: the panel above every page must not push the page down
  // when it arrives after it (issue 16: CLS 0.16 on the search page).
  const remit = useQuery(auditQueries.bevoegdheid());
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

  if (status.data?.status === 'klaar' && !remit.isPending) {
    return (
      <>
        {nav}
        <RemitPanel />
        <Outlet />
      </>
    );
  }
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  // Waiting and progress take the workspace's room (at least a screen), so the footer and the
  // page do not jump when the workspace replaces them.
  if (!status.data || status.data.status === 'klaar') {
    return (
      <div className="mg-audit-pending">
        <LoadingState />
      </div>
    );
  }
  const procent = Math.floor(status.data.voortgang * 100);
  return (
    <div className="mg-audit-pending">
      <Page title={t('progress.title')} lead={t('progress.lead', { doel: nf.format(status.data.doel) })}>
        <label className="utrecht-form-label" htmlFor="audit-progress">
          {t('progress.label')}
        </label>
        <progress
          id="audit-progress"
          className="mg-progress"
          max={100}
          value={procent}
          aria-describedby="audit-progress-text"
        />
        <p id="audit-progress-text" className="utrecht-paragraph" role="status">
          {t('progress.status', {
            records: nf.format(status.data.records),
            doel: nf.format(status.data.doel),
            procent,
            fase: t(`progress.fase.${status.data.fase}`),
          })}
        </p>
      </Page>
    </div>
  );
}
